// The one slide renderer: draws a slide of a deck, in slide units, as it looks at a given reveal step.
import { Group, Rect } from './reactKonva';
import type { Deck, PhotoItem, Slide } from '../model/deck';
import type { ItemId } from '../model/ids';
import { isAnswerStep, isQuestionStep, revealedCount, visibleItemIds } from '../model/revealSteps';
import type { PhotoImages } from './photoImages';
import { PhotoFrame, type ClueCaption } from './PhotoFrame';
import { AnswerBackdrop, AnswerCard, QuestionCard, QuestionStrip } from './RevealCards';
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
  /** The player leaves out the item it is animating in on a layer of its own. */
  readonly hiddenItemId?: ItemId;
  /** The player draws the answer's card on a layer of its own while it comes in. */
  readonly showAnswerCard?: boolean;
  /** The editor shows a quiz slide's question bar where the room will see it, so nothing is placed under it. */
  readonly showQuestionBar?: boolean;
};

export function SlideContent({
  deck,
  slide,
  step,
  images,
  showAllItems = false,
  showRevealCards = true,
  draggableItems = false,
  hiddenItemId,
  showAnswerCard = true,
  showQuestionBar = false,
}: SlideContentProps) {
  const visible = showAllItems ? null : visibleItemIds(slide, step);
  const reveal = slide.reveal;
  const onAnswer = isAnswerStep(slide, step);
  const answerPhotos = new Set<string>(reveal?.answer.photoIds ?? []);
  // Texts that come with the answer stand above its veil with the highlighted photos: they are part of it.
  const withAnswer =
    reveal && showRevealCards && onAnswer && visible
      ? textsArrivingAt(slide, step, visible)
      : new Set<ItemId>();
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
          if (item.id === hiddenItemId || (visible && !visible.has(item.id)) || withAnswer.has(item.id)) {
            return null;
          }
          return item.kind === 'photo' ? (
            <PhotoFrame
              key={item.id}
              item={item}
              image={images.get(item.photoId)}
              draggable={draggableItems}
              clue={onAnswer ? undefined : clueCaption(deck, item)}
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
      {reveal && !showRevealCards && showQuestionBar && (
        <QuestionStrip deck={deck} reveal={reveal} slideId={slide.id} revealed={reveal.order.length} />
      )}
      {reveal && showRevealCards && isQuestionStep(slide, step) && (
        <QuestionCard deck={deck} reveal={reveal} />
      )}
      {reveal && showRevealCards && !isQuestionStep(slide, step) && !onAnswer && (
        <QuestionStrip deck={deck} reveal={reveal} slideId={slide.id} revealed={revealedCount(slide, step)} />
      )}
      {reveal && showRevealCards && onAnswer && (
        <AnswerBackdrop
          deck={deck}
          highlights={slide.items.map((item) => {
            if (item.kind === 'text') {
              return withAnswer.has(item.id) ? (
                <TextBox key={item.id} item={item} fontFamily={deck.theme.fontFamily} />
              ) : null;
            }
            return answerPhotos.has(item.photoId) && visible?.has(item.id) !== false ? (
              <PhotoFrame
                key={item.id}
                item={item}
                image={images.get(item.photoId)}
                outline={answerOutline(deck)}
              />
            ) : null;
          })}
        />
      )}
      {reveal && showRevealCards && onAnswer && showAnswerCard && <AnswerCard deck={deck} reveal={reveal} />}
    </>
  );
}

/** The texts shown at `step` that the step before did not show. */
function textsArrivingAt(slide: Slide, step: number, visible: ReadonlySet<ItemId>): Set<ItemId> {
  const before = step > 0 ? visibleItemIds(slide, step - 1) : new Set<ItemId>();
  return new Set(
    slide.items
      .filter((item) => item.kind === 'text' && visible.has(item.id) && !before.has(item.id))
      .map((item) => item.id),
  );
}

/** A photo's clue as a caption, sized to read across a room; none when the photo has no clue. */
export function clueCaption(deck: Deck, item: PhotoItem): ClueCaption | undefined {
  const text = item.clue?.trim();
  if (!text) return undefined;
  return { text, fontSize: Math.round(deck.size.height * 0.034), fontFamily: deck.theme.fontFamily };
}

function answerOutline(deck: Deck) {
  return { color: deck.theme.accentColor, width: Math.max(4, Math.round(deck.size.height * 0.008)) };
}
