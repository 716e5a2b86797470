// A slide drawn on its own Konva stage at a given pixel size (thumbnails, player, exported bundle).
import type Konva from 'konva';
import { useRef, type Ref } from 'react';
import { Group, Layer, Stage } from './reactKonva';
import type { Deck, Slide } from '../model/deck';
import type { PhotoImages } from './photoImages';
import { SlideContent } from './SlideContent';
import { useLayerPixelRatio } from './useLayerPixelRatio';

type SlideViewProps = {
  readonly deck: Deck;
  readonly slide: Slide;
  readonly step: number;
  readonly images: PhotoImages;
  /** Width in CSS pixels; the height follows the deck's aspect ratio. */
  readonly width: number;
  /** Canvas pixels per CSS pixel: the screen's devicePixelRatio for the player, less for small thumbnails. */
  readonly pixelRatio: number;
  readonly className?: string;
  /** The Konva stage, for a view drawn to a picture (the bundle's first-slide picture). */
  readonly stageRef?: Ref<Konva.Stage>;
};

export function SlideView({
  deck,
  slide,
  step,
  images,
  width,
  pixelRatio,
  className,
  stageRef,
}: SlideViewProps) {
  const scale = width / deck.size.width;
  const height = Math.round(deck.size.height * scale);
  const layer = useRef<Konva.Layer>(null);
  useLayerPixelRatio(layer, pixelRatio, `${width}x${height}`);
  return (
    <Stage ref={stageRef} width={Math.round(width)} height={height} listening={false} className={className}>
      <Layer ref={layer} listening={false}>
        <Group scaleX={scale} scaleY={scale}>
          <SlideContent deck={deck} slide={slide} step={step} images={images} />
        </Group>
      </Layer>
    </Stage>
  );
}
