// The presenter window's end of the link: hears the show from the window that opened it and sends it actions.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck } from '../../model/deck';
import type { Position } from '../../model/navigation';
import type { Blank, ShowAction } from '../usePresentation';
import { messageTargetOrigin } from './presenterAddress';
import { readShowMessage, wireMessage, type PresenterMessage } from './presenterMessages';

export type LinkedShow = {
  readonly deck: Deck;
  readonly photoUrls: Readonly<Record<string, string>>;
  readonly position: Position;
  readonly blank: Blank;
};

/**
 * 'alone': opened by hand, not by a show; 'waiting': no answer yet; 'live': following the show;
 * 'ended': the show was left (or its page reloaded); 'closed': the show's window is gone.
 */
export type LinkStatus = 'alone' | 'waiting' | 'live' | 'ended' | 'closed';

export type ShowLink = {
  readonly status: LinkStatus;
  /** The show as last heard, kept after it ends so the view does not go blank under the presenter. */
  readonly show: LinkedShow | null;
  readonly perform: (action: ShowAction) => void;
};

// Hello is said every second: it asks for the show until one answers (a show may start, or its page
// reload, after this window opened), and a live show answers each, so silence means it has gone.
const HELLO_EVERY_MS = 1000;
const UNANSWERED_HELLOS_BEFORE_ENDED = 3;

function theOpener(): Window | null {
  // `window.opener` is typed `any` by the DOM library; it is a window or null.
  const opener: Window | null = window.opener as Window | null;
  return opener && !opener.closed ? opener : null;
}

function tellShow(message: PresenterMessage): void {
  theOpener()?.postMessage(wireMessage(message), messageTargetOrigin(window.location));
}

export function useShowLink(): ShowLink {
  const [status, setStatus] = useState<LinkStatus>(() => (theOpener() ? 'waiting' : 'alone'));
  const [show, setShow] = useState<LinkedShow | null>(null);
  // Hellos said since the show last spoke.
  const unanswered = useRef(0);

  useEffect(() => {
    const opener = theOpener();
    if (!opener) return;
    const sameOrigin = messageTargetOrigin(window.location) !== '*';
    const onMessage = (event: MessageEvent) => {
      if (event.source !== opener) return;
      if (sameOrigin && event.origin !== window.location.origin) return;
      const message = readShowMessage(event.data);
      if (!message) return;
      unanswered.current = 0;
      if (message.kind === 'ended') {
        setStatus('ended');
      } else if (message.kind === 'show') {
        const { deck, photoUrls, position, blank } = message;
        setShow({ deck, photoUrls, position, blank });
        setStatus('live');
      } else {
        setShow((now) => (now ? { ...now, position: message.position, blank: message.blank } : now));
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (status === 'alone' || status === 'closed') return;
    const opener = theOpener();
    const sayHello = () => {
      if (!opener || opener.closed) {
        setStatus('closed');
        return;
      }
      if (status === 'live' && unanswered.current >= UNANSWERED_HELLOS_BEFORE_ENDED) {
        setStatus('ended');
        return;
      }
      unanswered.current += 1;
      tellShow({ kind: 'hello', following: status === 'live' });
    };
    sayHello();
    const timer = window.setInterval(sayHello, HELLO_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [status]);

  const perform = useCallback((action: ShowAction) => {
    tellShow({ kind: 'perform', action });
  }, []);

  return { status, show, perform };
}
