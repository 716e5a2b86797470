// The slide list: a thumbnail of every slide, drawn by the one slide renderer; clicking one selects it.
import { memo, useMemo } from 'react';
import { useStore } from 'zustand';
import type { Deck, Slide } from '../model/deck';
import type { PhotoId } from '../model/ids';
import { stepCount } from '../model/revealSteps';
import { SlideView } from '../slide/SlideView';
import { usePhotoImages } from '../slide/usePhotoImages';
import { commands } from '../store/commands';
import { useDeck } from '../store/deckStore';
import { useEditorServices } from './editorServices';
import { usePhotoUrls } from './usePhotoUrls';

const THUMBNAIL_WIDTH = 176;

export function SlideSorter() {
  const { deckStore, session } = useEditorServices();
  const deck = useDeck(deckStore, (state) => state.deck);
  const selectedSlideId = useStore(session, (state) => state.selectedSlideId);
  const urls = usePhotoUrls('thumbnail');

  return (
    <section className="panel sorter" aria-labelledby="sorter-heading">
      <div className="panel-head">
        <h2 id="sorter-heading">Slides</h2>
      </div>
      {deck.slides.length === 0 ? (
        <p className="empty">Select photos and press “New slide”.</p>
      ) : (
        <ol aria-label="Slides" className="slide-list">
          {deck.slides.map((slide, index) => (
            <li key={slide.id} aria-label={`Slide ${index + 1}`}>
              <button
                type="button"
                className={slide.id === selectedSlideId ? 'slide-button selected' : 'slide-button'}
                aria-current={slide.id === selectedSlideId ? 'true' : undefined}
                onClick={() => {
                  session.getState().selectSlide(slide.id);
                  session.getState().selectItems([]);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Delete')
                    deckStore.getState().dispatch(commands.deleteSlide, { slideId: slide.id });
                }}
              >
                <span className="slide-number" aria-hidden="true">
                  {index + 1}
                </span>
                <SlideThumbnail deck={deck} slide={slide} urls={urls} />
                {slide.reveal && <span className="badge">Quiz</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

type SlideThumbnailProps = { deck: Deck; slide: Slide; urls: ReadonlyMap<PhotoId, string> };

// Typing a question changes the deck but not the other slides: only a slide that changed is redrawn.
const SlideThumbnail = memo(
  SlideThumbnailView,
  (before, after) =>
    before.slide === after.slide &&
    before.urls === after.urls &&
    before.deck.size === after.deck.size &&
    before.deck.theme === after.deck.theme,
);

function SlideThumbnailView({ deck, slide, urls }: SlideThumbnailProps) {
  const wanted = useMemo(
    () =>
      slide.items.flatMap((item) => {
        const url = item.kind === 'photo' ? urls.get(item.photoId) : undefined;
        return item.kind === 'photo' && url ? [{ id: item.photoId, url }] : [];
      }),
    [slide.items, urls],
  );
  const images = usePhotoImages(wanted);
  // A quiz slide is shown with all its photos in, before the answer: the collage itself.
  const step = slide.reveal ? stepCount(slide) - 2 : 0;
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
