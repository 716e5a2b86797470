// The slide list: a thumbnail of every slide from the one slide renderer; click to select, drag (or keys) to reorder.
import { memo, useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { Deck, Slide } from '../../model/deck';
import type { PhotoId, SlideId } from '../../model/ids';
import { lastStepBeforeAnswer } from '../../model/revealSteps';
import { SlideView } from '../../slide/SlideView';
import { commands } from '../../store/commands';
import { useDeck } from '../../store/deckStore';
import type { SortableKit, SortableRowParts } from '../../ui/useSortableKit';
import { useSortableKit } from '../../ui/useSortableKit';
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
  const section = useRef<HTMLElement>(null);
  const kit = useSortableKit(section);

  const rows = deck.slides.map((slide, index) => ({
    deck,
    slide,
    index,
    selected: slide.id === selectedSlideId,
    urls,
  }));
  return (
    <section ref={section} className="panel sorter" aria-labelledby="sorter-heading">
      <div className="panel-head">
        <h2 id="sorter-heading">Slides</h2>
      </div>
      {deck.slides.length === 0 ? (
        <p className="empty">Press “New slide”: it takes the selected photos, or those not yet on a slide.</p>
      ) : kit ? (
        <SortableSlideList kit={kit} slides={deck.slides} rows={rows} />
      ) : (
        // Drag comes with the kit, a moment after the editor opens; selecting and the slide menu work already.
        <ol aria-label="Slides" className="slide-list">
          {rows.map((row) => (
            <SlideRow key={row.slide.id} {...row} />
          ))}
        </ol>
      )}
    </section>
  );
}

type SlideRowProps = {
  deck: Deck;
  slide: Slide;
  index: number;
  selected: boolean;
  urls: ReadonlyMap<PhotoId, string>;
};

type SortableSlideListProps = {
  readonly kit: SortableKit;
  readonly slides: readonly Slide[];
  readonly rows: readonly SlideRowProps[];
};

function SortableSlideList({ kit, slides, rows }: SortableSlideListProps) {
  const { deckStore } = useEditorServices();
  const slideIds = useMemo(() => slides.map((slide) => slide.id), [slides]);
  const nameOf = useCallback(
    (id: SlideId, atStart: boolean) => `${atStart ? 'Slide' : 'slide'} ${slideIds.indexOf(id) + 1}`,
    [slideIds],
  );
  const sortable = kit.useSortableList({
    ids: slideIds,
    nameOf,
    instructions: INSTRUCTIONS,
    // A small distance before a drag starts, so a click on a thumbnail still just selects it.
    dragDistance: 6,
    onMove: (slideId, _from, toIndex) =>
      deckStore.getState().dispatch(commands.moveSlide, { slideId, toIndex }),
  });
  return (
    <kit.DndContext {...sortable}>
      <kit.SortableContext items={slideIds} strategy={kit.verticalListSortingStrategy}>
        <ol aria-label="Slides" className="slide-list">
          {rows.map((row) => (
            <SortableSlideRow key={row.slide.id} kit={kit} {...row} />
          ))}
        </ol>
      </kit.SortableContext>
    </kit.DndContext>
  );
}

function SortableSlideRow({ kit, ...row }: SlideRowProps & { kit: SortableKit }) {
  return <SlideRow {...row} {...kit.useSortableRow(row.slide.id)} />;
}

type SlideRowLayoutProps = SlideRowProps & Partial<SortableRowParts>;

function SlideRow({
  deck,
  slide,
  index,
  selected,
  urls,
  rowRef,
  dragging,
  style,
  handleRef,
  handle,
}: SlideRowLayoutProps) {
  const { deckStore, session } = useEditorServices();
  const name = `Slide ${index + 1}`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Delete') {
      deckStore.getState().dispatch(commands.deleteSlide, { slideId: slide.id });
      return;
    }
    handle?.onKeyDown?.(event);
  };

  return (
    <li
      ref={rowRef}
      aria-label={name}
      className={dragging ? 'slide-item dragging' : 'slide-item'}
      style={style}
    >
      <button
        type="button"
        ref={handleRef}
        {...handle}
        data-focus-key={slide.id}
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
