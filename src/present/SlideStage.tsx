// The player's stage: the slide at the show's position, at the screen's size.
import type { Deck } from '../model/deck';
import type { Position } from '../model/navigation';
import type { PhotoImages } from '../slide/photoImages';
import { SlideView } from '../slide/SlideView';

export type Motion = 'full' | 'reduced';

type SlideStageProps = {
  readonly deck: Deck;
  readonly position: Position;
  readonly images: PhotoImages;
  /** Width in CSS pixels; the height follows the deck's aspect ratio. */
  readonly width: number;
  readonly pixelRatio: number;
  /** 'reduced' when the viewer's system asks for reduced motion: no animation, no confetti. */
  readonly motion: Motion;
};

export function SlideStage({ deck, position, images, width, pixelRatio }: SlideStageProps) {
  const slide = deck.slides[position.slide];
  if (!slide) return null;
  return (
    <SlideView
      deck={deck}
      slide={slide}
      step={position.step}
      images={images}
      width={width}
      pixelRatio={pixelRatio}
    />
  );
}
