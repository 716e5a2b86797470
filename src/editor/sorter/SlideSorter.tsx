// The slide list: a thumbnail of every slide from the one slide renderer; click to select, drag (or keys) to reorder.
import { DndContext } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useMemo, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { Deck, Slide } from '../../model/deck';
import type { PhotoId, SlideId } from '../../model/ids';
import { lastStepBeforeAnswer } from '../../model/revealSteps';
import { SlideView } from '../../slide/SlideView';
import { commands } from '../../store/commands';
import { useDeck } from '../../store/deckStore';
import { useSortableList } from '../../ui/useSortableList';
import { useEditorServices } from '../editorServices';
import { SlideMenu } from './SlideMenu';
import { useInView } from './useInView';
import { usePhotoUrls } from '../library/usePhotoUrls';
import { useSlideImages } from '../library/useSlideImages';

const THUMBNAIL_WIDTH = 176;

const INSTRUCTIONS =
  'To move this slide, press Space. While moving it, use the arrow keys, then press Space to drop it, or Escape to cancel.';

export function SlideSorter() {
  const { deckStore, session } = useEditorServices();
  const deck = useDeck(deckStore, (state) => state.deck);
  const selectedSlideId = useStore(session, (state) => state.selectedSlideId);
  const urls = usePhotoUrls('thumbnail');
  const slideIds = useMemo(() => deck.slides.map((slide) => slide.id), [deck.slides]);

  const nameOf = useCallback(
    (id: SlideId, atStart: boolean) => `${atStart ? 'Slide' : 'slide'} ${slideIds.indexOf(id) + 1}`,
    [slideIds],
  );
  const sortable = useSortableList({
    ids: slideIds,
    nameOf,
    instructions: INSTRUCTIONS,
    // A small distance before a drag starts, so a click on a thumbnail still just selects it.
    dragDistance: 6,
    onMove: (slideId, _from, toIndex) =>
      deckStore.getState().dispatch(commands.moveSlide, { slideId, toIndex }),
  });

  return (
    <section className="panel sorter" aria-labelledby="sorter-heading">
      <div className="panel-head">
        <h2 id="sorter-heading">Slides</h2>
      </div>
      {deck.slides.length === 0 ? (
        <p className="empty">Press “New slide”: it takes the selected photos, or those not yet on a slide.</p>
      ) : (
        <DndContext {...sortable}>
          <SortableContext items={slideIds} strategy={verticalListSortingStrategy}>
            <ol aria-label="Slides" className="slide-list">
              {deck.slides.map((slide, index) => (
                <SortableSlide
                  key={slide.id}
                  deck={deck}
                  slide={slide}
                  index={index}
                  selected={slide.id === selectedSlideId}
                  urls={urls}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
    </section>
  );
}

type SortableSlideProps = {
  deck: Deck;
  slide: Slide;
  index: number;
  selected: boolean;
  urls: ReadonlyMap<PhotoId, string>;
};

function SortableSlide({ deck, slide, index, selected, urls }: SortableSlideProps) {
  const { deckStore, session } = useEditorServices();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: slide.id });
  const name = `Slide ${index + 1}`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Delete') {
      deckStore.getState().dispatch(commands.deleteSlide, { slideId: slide.id });
      return;
    }
    listeners?.onKeyDown?.(event);
  };

  return (
    <li
      ref={setNodeRef}
      aria-label={name}
      className={isDragging ? 'slide-item dragging' : 'slide-item'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={name}
        aria-roledescription="sortable slide"
        className={selected ? 'slide-button selected' : 'slide-button'}
        aria-current={selected ? 'true' : undefined}
        onKeyDown={onKeyDown}
        onClick={() => {
          session.getState().selectSlide(slide.id);
          session.getState().selectItems([]);
        }}
      >
        <span className="slide-number" aria-hidden="true">
          {index + 1}
        </span>
        <ThumbnailInView deck={deck} slide={slide} urls={urls} />
        {slide.reveal && <span className="badge">Quiz</span>}
      </button>
      {selected && <SlideMenu slideId={slide.id} name={name} />}
    </li>
  );
}

type SlideThumbnailProps = { deck: Deck; slide: Slide; urls: ReadonlyMap<PhotoId, string> };

/**
 * The thumbnail while the slide is on screen (or near it), and an empty box of its size otherwise: each
 * thumbnail is a canvas, and a long deck must not build one per slide.
 */
function ThumbnailInView(props: SlideThumbnailProps) {
  const [box, inView] = useInView<HTMLSpanElement>();
  const { width, height } = props.deck.size;
  return (
    <span
      ref={box}
      className="slide-thumbnail-box"
      style={{ width: THUMBNAIL_WIDTH, height: Math.round((THUMBNAIL_WIDTH * height) / width) }}
    >
      {inView && <SlideThumbnail {...props} />}
    </span>
  );
}

// Typing a question changes the deck but not the other slides: only a slide that changed is redrawn.
const SlideThumbnail = memo(
  SlideThumbnailView,
  (before, after) =>
    before.slide === after.slide &&
    // Photos arriving in the library make a new URL map; only this slide's own photos matter here.
    after.slide.items.every(
      (item) => item.kind !== 'photo' || before.urls.get(item.photoId) === after.urls.get(item.photoId),
    ) &&
    before.deck.size === after.deck.size &&
    before.deck.theme === after.deck.theme,
);

function SlideThumbnailView({ deck, slide, urls }: SlideThumbnailProps) {
  const images = useSlideImages(slide, urls);
  // A quiz slide is shown with all its photos in, before the answer: the collage itself, the secret kept.
  const step = lastStepBeforeAnswer(slide);
  return (
    <SlideView
      deck={deck}
      slide={slide}
      step={step}
      images={images}
      width={THUMBNAIL_WIDTH}
      pixelRatio={window.devicePixelRatio || 1}
    />
  );
}
