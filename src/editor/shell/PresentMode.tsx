// Present mode in the editor: the player over the editor, full screen; leaving full screen leaves it.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { PhotoMeta } from '../../model/deck';
import { exitFullScreen, leavingByKey } from '../../present/fullScreen';
import { openingPresenter } from '../../present/presenter/presenterLink';
import { useDeck } from '../../store/deckStore';
import { useEditorServices } from '../editorServices';
import { usePhotoUrls } from '../library/usePhotoUrls';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { newHeldKeys, useHoldKeys, useReplayKeys, type HeldKeys } from '../../ui/heldKeys';

/**
 * The player is not part of the editor's first load: the editor fetches it once it is idle (loadPlayer), so
 * Present still starts at once, and the service worker keeps it for offline.
 */
export function loadPlayer() {
  return import('../../present/Player');
}
const Player = lazy(() => loadPlayer().then((module) => ({ default: module.Player })));

type PresentModeProps = {
  readonly startSlide: number;
  readonly onExit: () => void;
  /** The presenter window asked for with the show did not open. */
  readonly presenterBlocked: boolean;
};

/** Black while the player arrives (a moment, from the cache): the room never sees the editor flash. */
function PlayerArriving({ heldKeys }: { readonly heldKeys: HeldKeys }) {
  useHoldKeys(heldKeys);
  return <div className="present-loading" data-player-arriving="" />;
}

/** After the player in its Suspense: once it is there and listening, the keys pressed meanwhile reach it. */
function KeysPressedMeanwhile({ heldKeys }: { readonly heldKeys: HeldKeys }) {
  useReplayKeys(heldKeys);
  return null;
}

export function PresentMode({ startSlide, onExit, presenterBlocked }: PresentModeProps) {
  const { deckStore } = useEditorServices();
  const deck = useDeck(deckStore, (state) => state.deck);
  const urls = usePhotoUrls('display');
  const photoUrl = useCallback((photo: PhotoMeta) => urls.get(photo.id), [urls]);

  const [heldKeys] = useState(newHeldKeys);

  const leave = useCallback(() => {
    void exitFullScreen();
    onExit();
  }, [onExit]);

  useEffect(() => {
    let wasFullScreen = Boolean(document.fullscreenElement);
    const onChange = () => {
      const isFullScreen = Boolean(document.fullscreenElement);
      // Esc in full screen is taken by the browser: its leaving full screen is the user leaving the show.
      // F leaves full screen on purpose and stays in the show (the player marks that exit), and so does
      // opening the presenter window, which some browsers answer by leaving full screen.
      if (wasFullScreen && !isFullScreen && !leavingByKey() && !openingPresenter()) onExit();
      wasFullScreen = isFullScreen;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onExit]);

  return (
    <LoadBoundary
      fallback={
        <div className="present-failed" role="alert">
          <p>The show could not be loaded. Reload the page to try again.</p>
          <button type="button" onClick={leave}>
            Back to the editor
          </button>
        </div>
      }
    >
      <Suspense fallback={<PlayerArriving heldKeys={heldKeys} />}>
        <Player
          deck={deck}
          photoUrl={photoUrl}
          startSlide={startSlide}
          onExit={leave}
          presenterBlocked={presenterBlocked}
        />
        <KeysPressedMeanwhile heldKeys={heldKeys} />
      </Suspense>
    </LoadBoundary>
  );
}
