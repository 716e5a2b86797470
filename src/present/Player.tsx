// The player: shows a deck one step at a time, full screen, driven by keys, clicks, swipes and clickers.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Deck, PhotoMeta } from '../model/deck';
import type { PhotoId } from '../model/ids';
import { slideStart, statusText, stepDescription } from '../model/navigation';
import type { PhotoImage } from '../slide/photoImages';
import { usePhotoLoading } from '../slide/usePhotoImages';
import { photosAround, slidePhotos } from './photosAround';
import { hasConfetti, loadConfetti } from './confetti';
import { toggleFullScreen } from './fullScreen';
import { playerActionForKey, type PlayerAction } from './playerKeys';
import { PlayerOverview } from './PlayerOverview';
import { digitOfKey } from './slideNumberEntry';
import { useCursorHiding } from './useCursorHiding';
import { useDevicePixelRatio } from './useDevicePixelRatio';
import { useFittedSize } from './useFittedSize';
import { playerStyles } from './playerStyles';
import { SlideStage } from './SlideStage';
import { usePresentation } from './usePresentation';
import { usePresenterLink } from './presenter/presenterLink';
import { useReducedMotion } from './useReducedMotion';
import { useSlideNumberEntry } from './useSlideNumberEntry';
import { useSwipe } from './useSwipe';
import { useThumbnailImages } from './useThumbnailImages';
import { useTimedNotice } from './useTimedNotice';
import { useStartHint } from './useStartHint';

type PlayerProps = {
  readonly deck: Deck;
  readonly photoUrl: (photo: PhotoMeta) => string | undefined;
  /** 0-based index of the slide to start at. */
  readonly startSlide?: number;
  /** Leaves the player (Esc). Without it, as in the exported bundle, Esc only leaves full screen. */
  readonly onExit?: () => void;
  /** The browser blocked the presenter window the show was started with: the player says so at once. */
  readonly presenterBlocked?: boolean;
  /**
   * Called once, when the slide on screen is first drawn with all its photos (or the show has moved on):
   * the bundle's page then takes away the first-slide picture it showed while the player started.
   */
  readonly onFirstSlideDrawn?: () => void;
  /** The bundle's first screen says how to start ("Press → or click to start") for a few seconds. */
  readonly startHint?: boolean;
};

export const START_HINT = 'Press → or click to start';

export const PRESENTER_BLOCKED_NOTICE =
  'The browser blocked the presenter window. Allow pop-ups for this page, then press P.';

export function Player({
  deck,
  photoUrl,
  startSlide = 0,
  onExit,
  presenterBlocked = false,
  onFirstSlideDrawn,
  startHint = false,
}: PlayerProps) {
  const presentation = usePresentation(deck, startSlide);
  const { position: current, blank, perform } = presentation;
  const presenter = usePresenterLink(deck, presentation, photoUrl);
  const stageBox = useRef<HTMLDivElement>(null);
  const fitted = useFittedSize(stageBox, deck.size.width / deck.size.height);
  const pixelRatio = useDevicePixelRatio();
  const motion = useReducedMotion();
  const slide = deck.slides[current.slide];
  const [overviewOpen, setOverviewOpen] = useState(false);
  const slideNumber = useSlideNumberEntry(deck.slides.length);
  const cursor = useCursorHiding(!overviewOpen);
  const notice = useTimedNotice(presenterBlocked ? PRESENTER_BLOCKED_NOTICE : null);
  const showNotice = notice.show;
  const hintShown = useStartHint(startHint, current.slide !== startSlide || current.step !== 0);

  const onAction = useCallback(
    (action: PlayerAction) => {
      if (action === 'fullscreen') void toggleFullScreen();
      else if (action === 'exit') onExit?.();
      else if (action === 'overview') setOverviewOpen(true);
      else if (action === 'presenter') {
        if (!presenter.open()) showNotice(PRESENTER_BLOCKED_NOTICE);
      } else perform({ type: action });
    },
    [onExit, perform, presenter, showNotice],
  );
  const swipe = useSwipe(onAction);

  // Loaded as the show starts, so the first answer's burst does not wait for it.
  const withConfetti = hasConfetti(deck);
  useEffect(() => {
    if (withConfetti) loadConfetti().catch(() => undefined);
  }, [withConfetti]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // The open overview takes the keys itself: nothing moves the show behind it.
      if (overviewOpen || event.ctrlKey || event.metaKey || event.altKey) return;
      const digit = digitOfKey(event.key);
      if (digit) {
        event.preventDefault();
        slideNumber.type(digit);
        return;
      }
      if (slideNumber.typing && ['Enter', 'Escape', 'Backspace'].includes(event.key)) {
        event.preventDefault();
        if (event.key === 'Escape') slideNumber.clear();
        else if (event.key === 'Backspace') slideNumber.erase();
        else {
          const outcome = slideNumber.submit();
          const start = outcome.kind === 'go' ? slideStart(deck, outcome.slideNumber) : null;
          if (start) perform({ type: 'go', position: start });
        }
        return;
      }
      const action = playerActionForKey(event);
      if (!action) return;
      event.preventDefault();
      slideNumber.clear();
      onAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [deck, onAction, overviewOpen, perform, slideNumber]);

  const wanted = useMemo(() => photosAround(deck, current.slide, photoUrl), [deck, current.slide, photoUrl]);
  const { images, settled } = usePhotoLoading(wanted);
  // Busy until every photo the next or previous step may draw is decoded: only then is a step instant.
  const loading = wanted.some((request) => !settled.has(request.id));
  const slideDrawn =
    current.slide !== startSlide ||
    current.step !== 0 ||
    slidePhotos(deck, current.slide, photoUrl).every((request) => settled.has(request.id));
  useFirstSlideDrawn(slideDrawn, onFirstSlideDrawn);

  const thumbnails = useThumbnailImages(deck, photoUrl, overviewOpen, current.slide);
  const overviewImages = useMemo(
    () => new Map<PhotoId, PhotoImage>([...thumbnails, ...images]),
    [thumbnails, images],
  );
  const closeOverview = useCallback(() => setOverviewOpen(false), []);
  const pickSlide = useCallback(
    (slideIndex: number) => {
      setOverviewOpen(false);
      const start = slideStart(deck, slideIndex + 1);
      if (start) perform({ type: 'go', position: start });
    },
    [deck, perform],
  );

  // The player is the page's main landmark (in the bundle, and in present mode, where the editor is not rendered):
  // all its content, the stage and what it announces, is inside a landmark, as screen readers expect.
  return (
    <main
      style={cursor.hidden ? { ...playerStyles.root, cursor: 'none' } : playerStyles.root}
      data-player=""
      data-slide={slide ? current.slide + 1 : 0}
      data-step={current.step}
      onPointerMove={cursor.onPointerMove}
      onPointerDown={swipe.onPointerDown}
      onPointerUp={swipe.onPointerUp}
      onPointerCancel={swipe.onPointerCancel}
      onClick={(event) => {
        // A swipe already moved the show; the click some browsers still fire after it must not again.
        if (event.button === 0 && !swipe.justSwiped()) onAction('next');
      }}
    >
      <div style={playerStyles.stage} ref={stageBox} aria-busy={loading}>
        {slide && fitted.width > 0 && (
          <SlideStage
            deck={deck}
            position={current}
            images={images}
            width={fitted.width}
            pixelRatio={pixelRatio}
            motion={motion}
          />
        )}
      </div>
      {blank && (
        <div
          data-blank={blank}
          style={{ ...playerStyles.blank, background: blank === 'black' ? '#000' : '#fff' }}
          aria-hidden="true"
        />
      )}
      <div role="status" aria-live="polite" style={playerStyles.visuallyHidden}>
        {statusText(deck, current)}
      </div>
      <div aria-live="polite" style={slideNumber.text ? playerStyles.notice : playerStyles.visuallyHidden}>
        {slideNumber.text}
      </div>
      {/* What the canvas shows at this step (the question, the photo's alt text, the answer), said right after
          the status; its own region so the status keeps its short, documented form. */}
      <div aria-live="polite" data-step-description="" style={playerStyles.visuallyHidden}>
        {stepDescription(deck, current)}
      </div>
      {/* Not announced: the status line already says where the show is, and keys are a screen reader's own. */}
      <div
        data-start-hint=""
        aria-hidden="true"
        style={hintShown ? playerStyles.startHint : playerStyles.startHintGone}
      >
        {START_HINT}
      </div>
      <div role="alert" style={notice.text ? playerStyles.alert : playerStyles.visuallyHidden}>
        {notice.text}
      </div>
      {overviewOpen && (
        <PlayerOverview
          deck={deck}
          currentSlide={current.slide}
          images={overviewImages}
          onPick={pickSlide}
          onClose={closeOverview}
        />
      )}
    </main>
  );
}

/** Calls `onDrawn` once, after the commit in which `drawn` first holds (the stage draws in its layout effect). */
function useFirstSlideDrawn(drawn: boolean, onDrawn: (() => void) | undefined): void {
  const told = useRef(false);
  useEffect(() => {
    if (!drawn || told.current) return;
    told.current = true;
    onDrawn?.();
  }, [drawn, onDrawn]);
}
