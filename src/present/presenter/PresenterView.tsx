// The presenter view: the current step, the next one, the slide's notes, a timer and the clock, with the show's controls.
import { useEffect, useMemo, useRef } from 'react';
import type { Deck } from '../../model/deck';
import type { PhotoId } from '../../model/ids';
import { nextPosition, statusText, type Position } from '../../model/navigation';
import { SlideView } from '../../slide/SlideView';
import { usePhotoImages, type PhotoUrlRequest } from '../../slide/usePhotoImages';
import type { PhotoImages } from '../../slide/photoImages';
import { toggleFullScreen } from '../fullScreen';
import { playerActionForKey } from '../playerKeys';
import { useDevicePixelRatio } from '../useDevicePixelRatio';
import { useFittedSize } from '../useFittedSize';
import type { ShowAction } from '../usePresentation';
import { formatClock, formatElapsed, nextStepText } from './presenterText';
import { presenterStyles as styles } from './presenterStyles';
import type { LinkedShow } from './useShowLink';
import { useClock } from './useClock';
import { useTimer } from './useTimer';

type PresenterViewProps = {
  readonly show: LinkedShow;
  /** Why the view no longer follows the show (it ended, its window closed), or null while it does. */
  readonly notice: string | null;
  readonly onAction: (action: ShowAction) => void;
};

export function PresenterView({ show, notice, onAction }: PresenterViewProps) {
  const { deck, photoUrls, position, blank } = show;
  const slide = deck.slides[position.slide];
  const next = nextPosition(deck, position);
  const timer = useTimer();
  const clock = useClock();
  usePresenterKeys(onAction);

  const nextSlide = next?.slide;
  const wanted = useMemo(
    () => photoRequests(deck, photoUrls, [position.slide, ...(nextSlide === undefined ? [] : [nextSlide])]),
    [deck, photoUrls, position.slide, nextSlide],
  );
  const images = usePhotoImages(wanted);
  const notes = slide?.notes.trim() ?? '';

  return (
    <div
      style={styles.root}
      data-presenter=""
      data-slide={slide ? position.slide + 1 : 0}
      data-step={position.step}
      data-blank={blank ?? undefined}
    >
      <header style={styles.topBar}>
        <p role="status" style={styles.status}>
          {statusText(deck, position)}
        </p>
        {blank && <span style={styles.blankBadge}>Screen is {blank}</span>}
        <span role="timer" aria-label="Elapsed time" style={styles.timer}>
          {formatElapsed(timer.elapsedMs)}
        </span>
        <button type="button" style={styles.smallButton} onClick={timer.toggle}>
          {timer.running ? 'Pause' : 'Resume'}
        </button>
        <button type="button" style={styles.smallButton} onClick={timer.reset}>
          Reset
        </button>
        <time aria-label="Clock" style={styles.clock}>
          {formatClock(clock)}
        </time>
      </header>
      <div>
        {notice && (
          <p role="alert" style={styles.notice}>
            {notice}
          </p>
        )}
      </div>
      <div style={styles.main}>
        <section aria-label="Current step" style={styles.current}>
          <h2 style={styles.heading}>Now</h2>
          <FittedSlide deck={deck} position={position} images={images} blank={blank} />
        </section>
        <div style={styles.side}>
          <section aria-label="Next step" style={styles.next}>
            <h2 style={styles.heading}>Next</h2>
            {next ? (
              <FittedSlide deck={deck} position={next} images={images} blank={null} />
            ) : (
              // Inside the preview's own box: the notes, timer and buttons stay in view and in reach.
              <div style={styles.slideBox} data-end-of-show="">
                <div style={{ ...styles.slideFit, ...styles.endOfShow }}>End of the show</div>
              </div>
            )}
            <p style={styles.nextText}>{nextStepText(deck, position)}</p>
          </section>
          <section aria-label="Notes" style={styles.notes}>
            <h2 style={styles.heading}>Notes</h2>
            <div style={styles.notesText} tabIndex={0}>
              {notes ? notes : <span style={styles.noNotes}>No notes for this slide</span>}
            </div>
          </section>
        </div>
      </div>
      <footer style={styles.controls}>
        <button type="button" style={styles.button} onClick={() => onAction({ type: 'previous' })}>
          Previous
        </button>
        <button
          type="button"
          style={blank === 'black' ? { ...styles.button, ...styles.pressed } : styles.button}
          aria-pressed={blank === 'black'}
          onClick={() => onAction({ type: 'black' })}
        >
          Black screen
        </button>
        <button
          type="button"
          style={blank === 'white' ? { ...styles.button, ...styles.pressed } : styles.button}
          aria-pressed={blank === 'white'}
          onClick={() => onAction({ type: 'white' })}
        >
          White screen
        </button>
        <button type="button" style={styles.button} onClick={() => onAction({ type: 'next' })}>
          Next
        </button>
      </footer>
    </div>
  );
}

type FittedSlideProps = {
  readonly deck: Deck;
  readonly position: Position;
  readonly images: PhotoImages;
  readonly blank: LinkedShow['blank'];
};

/** One step of the deck, as large as its box allows, with the blanked screen shown over it. */
function FittedSlide({ deck, position, images, blank }: FittedSlideProps) {
  const box = useRef<HTMLDivElement>(null);
  const fitted = useFittedSize(box, deck.size.width / deck.size.height);
  const pixelRatio = useDevicePixelRatio();
  const slide = deck.slides[position.slide];
  return (
    <div style={styles.slideBox}>
      <div style={styles.slideFit} ref={box}>
        {slide && fitted.width > 0 && (
          <SlideView
            deck={deck}
            slide={slide}
            step={position.step}
            images={images}
            width={fitted.width}
            pixelRatio={pixelRatio}
          />
        )}
      </div>
      {blank && (
        <div
          style={{
            ...styles.blankCover,
            background: blank === 'black' ? 'rgba(0, 0, 0, 0.8)' : 'rgba(255, 255, 255, 0.8)',
            color: blank === 'black' ? '#fff' : '#000',
          }}
        >
          The audience sees a {blank} screen
        </div>
      )}
    </div>
  );
}

/** The player's keys drive the show from this window too; F puts this window in full screen. */
function usePresenterKeys(onAction: (action: ShowAction) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Enter and Space on a focused button press that button, as anywhere else.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement) return;
      const action = playerActionForKey(event);
      if (!action) return;
      if (action === 'fullscreen') void toggleFullScreen();
      else if (action === 'next' || action === 'previous' || action === 'first' || action === 'last')
        onAction({ type: action });
      else if (action === 'black' || action === 'white') onAction({ type: action });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onAction]);
}

function photoRequests(
  deck: Deck,
  photoUrls: Readonly<Record<string, string>>,
  slideIndexes: readonly number[],
): PhotoUrlRequest[] {
  const requests = new Map<PhotoId, PhotoUrlRequest>();
  for (const index of slideIndexes) {
    for (const item of deck.slides[index]?.items ?? []) {
      const url = item.kind === 'photo' ? photoUrls[item.photoId] : undefined;
      if (item.kind === 'photo' && url) requests.set(item.photoId, { id: item.photoId, url });
    }
  }
  return [...requests.values()];
}
