// Present mode in the editor: the player over the editor, full screen; leaving full screen leaves it.
import { useCallback, useEffect } from 'react';
import type { PhotoMeta } from '../../model/deck';
import { exitFullScreen, leavingByKey } from '../../present/fullScreen';
import { Player } from '../../present/Player';
import { openingPresenter } from '../../present/presenter/presenterLink';
import { useDeck } from '../../store/deckStore';
import { useEditorServices } from '../editorServices';
import { usePhotoUrls } from '../library/usePhotoUrls';

type PresentModeProps = {
  readonly startSlide: number;
  readonly onExit: () => void;
  /** The presenter window asked for with the show did not open. */
  readonly presenterBlocked: boolean;
};

export function PresentMode({ startSlide, onExit, presenterBlocked }: PresentModeProps) {
  const { deckStore } = useEditorServices();
  const deck = useDeck(deckStore, (state) => state.deck);
  const urls = usePhotoUrls('display');
  const photoUrl = useCallback((photo: PhotoMeta) => urls.get(photo.id), [urls]);

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
    <Player
      deck={deck}
      photoUrl={photoUrl}
      startSlide={startSlide}
      onExit={leave}
      presenterBlocked={presenterBlocked}
    />
  );
}
