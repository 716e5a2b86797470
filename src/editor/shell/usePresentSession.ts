// Presenting from the editor: which slide the show started on (null while editing), full screen and the
// presenter window asked for inside the click, and the focus back on the button that started it when it ends.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { enterFullScreen } from '../../present/fullScreen';
import { openPresenterWindow } from '../../present/presenter/presenterLink';
import { useEditorServices } from '../editorServices';

export type PresentSession = {
  /** The slide the show started on; null while editing. */
  readonly presenting: number | null;
  /** The presenter window was asked for and the browser blocked it. */
  readonly presenterBlocked: boolean;
  readonly present: () => void;
  readonly presentWithPresenter: () => void;
  readonly stop: () => void;
  /** The buttons that start the show: the one that did takes the focus back, as a dialog's opener does. */
  readonly presentButton: RefObject<HTMLButtonElement | null>;
  readonly presenterViewButton: RefObject<HTMLButtonElement | null>;
};

export function usePresentSession(): PresentSession {
  const { deckStore, session } = useEditorServices();
  const [presenting, setPresenting] = useState<number | null>(null);
  const [presenterBlocked, setPresenterBlocked] = useState(false);
  const presentButton = useRef<HTMLButtonElement>(null);
  const presenterViewButton = useRef<HTMLButtonElement>(null);
  const startedBy = useRef<'present' | 'presenter view' | null>(null);

  const present = () => {
    startedBy.current = 'present';
    const { deck } = deckStore.getState();
    const { selectedSlideId } = session.getState();
    const start = Math.max(
      0,
      deck.slides.findIndex((s) => s.id === selectedSlideId),
    );
    // Asked for inside the click: browsers grant full screen only to a user gesture.
    void enterFullScreen();
    setPresenterBlocked(false);
    setPresenting(start);
  };

  // The popup too must open inside the click; the show finds it open when it starts.
  const presentWithPresenter = () => {
    present();
    startedBy.current = 'presenter view';
    setPresenterBlocked(!openPresenterWindow());
  };

  useEffect(() => {
    if (presenting !== null || !startedBy.current) return;
    // The editor is drawn anew after the show (it is not rendered during it): the refs hold the new buttons.
    const opener = startedBy.current === 'present' ? presentButton : presenterViewButton;
    startedBy.current = null;
    opener.current?.focus();
  }, [presenting]);

  return {
    presenting,
    presenterBlocked,
    present,
    presentWithPresenter,
    stop: () => setPresenting(null),
    presentButton,
    presenterViewButton,
  };
}
