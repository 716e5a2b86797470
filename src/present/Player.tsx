// The player: shows a deck one step at a time, full screen, driven by keys, clicks and clickers.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Deck, PhotoMeta } from '../model/deck';
import { statusText } from '../model/navigation';
import { usePhotoImages, type PhotoUrlRequest } from '../slide/usePhotoImages';
import { toggleFullScreen } from './fullScreen';
import { playerActionForKey, type PlayerAction } from './playerKeys';
import { useDevicePixelRatio } from './useDevicePixelRatio';
import { useFittedSize } from './useFittedSize';
import { playerStyles } from './playerStyles';
import { SlideStage } from './SlideStage';
import { usePresentation } from './usePresentation';

type PlayerProps = {
  readonly deck: Deck;
  readonly photoUrl: (photo: PhotoMeta) => string | undefined;
  /** 0-based index of the slide to start at. */
  readonly startSlide?: number;
  /** Leaves the player (Esc). Without it, as in the exported bundle, Esc only leaves full screen. */
  readonly onExit?: () => void;
};

export function Player({ deck, photoUrl, startSlide = 0, onExit }: PlayerProps) {
  const { position: current, blank, perform } = usePresentation(deck, startSlide);
  const stageBox = useRef<HTMLDivElement>(null);
  const fitted = useFittedSize(stageBox, deck.size.width / deck.size.height);
  const pixelRatio = useDevicePixelRatio();
  const slide = deck.slides[current.slide];

  const onAction = useCallback(
    (action: PlayerAction) => {
      if (action === 'fullscreen') void toggleFullScreen();
      else if (action === 'exit') onExit?.();
      else perform({ type: action });
    },
    [onExit, perform],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = playerActionForKey(event);
      if (!action) return;
      event.preventDefault();
      onAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onAction]);

  const wanted = useMemo(() => photosAround(deck, current.slide, photoUrl), [deck, current.slide, photoUrl]);
  const images = usePhotoImages(wanted);

  return (
    <div
      style={playerStyles.root}
      data-player=""
      data-slide={slide ? current.slide + 1 : 0}
      data-step={current.step}
      onClick={(event) => {
        if (event.button === 0) onAction('next');
      }}
    >
      <div style={playerStyles.stage} ref={stageBox}>
        {slide && fitted.width > 0 && (
          <SlideStage
            deck={deck}
            position={current}
            images={images}
            width={fitted.width}
            pixelRatio={pixelRatio}
            motion="full"
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
    </div>
  );
}

/** The photos of the current slide and its neighbours: what the next or previous step may draw. */
function photosAround(
  deck: Deck,
  slideIndex: number,
  photoUrl: (photo: PhotoMeta) => string | undefined,
): PhotoUrlRequest[] {
  const requests = new Map<string, PhotoUrlRequest>();
  for (const slide of deck.slides.slice(Math.max(0, slideIndex - 1), slideIndex + 2)) {
    for (const item of slide.items) {
      const photo = item.kind === 'photo' ? deck.photos[item.photoId] : undefined;
      const url = photo ? photoUrl(photo) : undefined;
      if (photo && url) requests.set(photo.id, { id: photo.id, url });
    }
  }
  return [...requests.values()];
}
