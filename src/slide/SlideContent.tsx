// The one slide renderer: draws a slide of a deck, in slide units, as it looks at a given reveal step.
import { Group, Rect } from 'react-konva';
import type { Deck, Slide } from '../model/deck';
import { isAnswerStep, isQuestionStep, revealedCount, visibleItemIds } from '../model/revealSteps';
import type { PhotoImages } from './photoImages';
import { PhotoFrame } from './PhotoFrame';
import { AnswerCard, QuestionCard, QuestionStrip } from './RevealCards';
import { TextBox } from './TextBox';

type SlideContentProps = {
  readonly deck: Deck;
  readonly slide: Slide;
  readonly step: number;
  readonly images: PhotoImages;
  /** The editor shows every item while editing, whatever the step. */
  readonly showAllItems?: boolean;
  /** The editor hides the reveal overlays while arranging photos. */
  readonly showRevealCards?: boolean;
  /** The editor lets items be dragged; everywhere else the slide is a picture. */
  readonly draggableItems?: boolean;
};

export function SlideContent({
  deck,
  slide,
  step,
  images,
  showAllItems = false,
  showRevealCards = true,
  draggableItems = false,
}: SlideContentProps) {
  const visible = showAllItems ? null : visibleItemIds(slide, step);
  const reveal = slide.reveal;
  return (
    <>
      <Rect
        name="background"
        width={deck.size.width}
        height={deck.size.height}
        fill={slide.background ?? deck.theme.background}
        listening={false}
      />
      <Group name="items">
        {slide.items.map((item) => {
          if (visible && !visible.has(item.id)) return null;
          return item.kind === 'photo' ? (
            <PhotoFrame
              key={item.id}
              item={item}
              image={images.get(item.photoId)}
              draggable={draggableItems}
            />
          ) : (
            <TextBox
              key={item.id}
              item={item}
              fontFamily={deck.theme.fontFamily}
              draggable={draggableItems}
            />
          );
        })}
      </Group>
      {reveal && showRevealCards && isQuestionStep(slide, step) && (
        <QuestionCard deck={deck} reveal={reveal} />
      )}
      {reveal && showRevealCards && !isQuestionStep(slide, step) && !isAnswerStep(slide, step) && (
        <QuestionStrip deck={deck} reveal={reveal} revealed={revealedCount(slide, step)} />
      )}
      {reveal && showRevealCards && isAnswerStep(slide, step) && <AnswerCard deck={deck} reveal={reveal} />}
    </>
  );
}
