// The overview: every slide of the show as a thumbnail in a grid, to pick where to go next (O in the player).
import { memo, useEffect, useRef, useState } from 'react';
import type { Deck, Slide } from '../model/deck';
import type { PhotoImages } from '../slide/photoImages';
import { SlideView } from '../slide/SlideView';
import { firstSlideAfterNextAnswer } from '../model/revealChain';
import { neighbourInGrid, type GridDirection } from './overviewGrid';
import { overviewStyles } from './playerStyles';

/** A thumbnail's width in CSS pixels. */
export const OVERVIEW_THUMBNAIL_WIDTH = 224;

type PlayerOverviewProps = {
  readonly deck: Deck;
  /** 0-based index of the slide the show is on. */
  readonly currentSlide: number;
  readonly images: PhotoImages;
  /** Called with the 0-based index of the slide picked. */
  readonly onPick: (slideIndex: number) => void;
  readonly onClose: () => void;
};

const directions: Readonly<Record<string, GridDirection>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function PlayerOverview({ deck, currentSlide, images, onPick, onClose }: PlayerOverviewProps) {
  const [focused, setFocused] = useState(currentSlide);
  // The room sees the overview too: slides after an answer still to come are not drawn, only numbered.
  const firstSecret = firstSlideAfterNextAnswer(deck, currentSlide);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    const button = buttons.current[focused];
    button?.focus();
    button?.scrollIntoView?.({ block: 'nearest' });
  }, [focused]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const direction = directions[event.key];
      const last = deck.slides.length - 1;
      if (direction) {
        const boxes = buttons.current.map((button) => button?.getBoundingClientRect() ?? new DOMRect());
        setFocused((from) => neighbourInGrid(boxes, from, direction));
      } else if (event.key === 'Home') setFocused(0);
      else if (event.key === 'End') setFocused(Math.max(0, last));
      else if (event.key === 'Enter' || event.key === ' ') {
        const index = buttons.current.findIndex((button) => button === document.activeElement);
        onPick(index >= 0 ? index : focused);
      } else if (event.key === 'Escape' || event.key === 'o' || event.key === 'O') onClose();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [deck.slides.length, focused, onClose, onPick]);

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label="Slide overview"
      style={overviewStyles.dialog}
      // The grid is not the show: a click or a touch here must not move it on.
      onClick={(event) => event.stopPropagation()}
      onPointerDown={(event) => event.stopPropagation()}
      onPointerUp={(event) => event.stopPropagation()}
    >
      <div style={overviewStyles.grid}>
        {deck.slides.map((slide, index) => (
          <button
            key={slide.id}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            type="button"
            aria-label={`Slide ${index + 1}`}
            aria-current={index === currentSlide ? 'true' : undefined}
            style={index === currentSlide ? overviewStyles.currentThumbnail : overviewStyles.thumbnail}
            onFocus={() => setFocused(index)}
            onClick={() => onPick(index)}
          >
            {index < firstSecret ? (
              <OverviewThumbnail deck={deck} slide={slide} images={images} />
            ) : (
              <span
                data-after-answer=""
                title="After an answer still to come"
                style={{
                  ...overviewStyles.covered,
                  width: OVERVIEW_THUMBNAIL_WIDTH,
                  height: (OVERVIEW_THUMBNAIL_WIDTH * deck.size.height) / deck.size.width,
                }}
              >
                After the answer
              </span>
            )}
            <span style={overviewStyles.number} aria-hidden="true">
              {index + 1}
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}

/** A slide at step 0 (the question of a quiz: no photo of it is given away), drawn small. */
const OverviewThumbnail = memo(function OverviewThumbnail({
  deck,
  slide,
  images,
}: {
  readonly deck: Deck;
  readonly slide: Slide;
  readonly images: PhotoImages;
}) {
  return (
    <SlideView
      deck={deck}
      slide={slide}
      step={0}
      images={images}
      width={OVERVIEW_THUMBNAIL_WIDTH}
      pixelRatio={1}
    />
  );
});
