// The show's end of the presenter link: opens the presenter window and keeps it told of the deck and the position.
import { useEffect, useEffectEvent, useMemo } from 'react';
import type { Deck, PhotoMeta } from '../../model/deck';
import type { Presentation } from '../usePresentation';
import {
  messageTargetOrigin,
  presenterUrl,
  PRESENTER_WINDOW_FEATURES,
  PRESENTER_WINDOW_NAME,
} from './presenterAddress';
import { readPresenterMessage, wireMessage, type ShowMessage } from './presenterMessages';

// One presenter window per page: the show that is on (there is one at a time) talks to it.
let presenterWindow: Window | null = null;
let openedAt = -Infinity;
const onOpened = new Set<() => void>();

/**
 * Opens the presenter window, or brings the open one to the front. Must run inside the click or key
 * handler: browsers only let a user gesture open a window. False when the browser blocked the popup.
 */
export function openPresenterWindow(): boolean {
  openedAt = performance.now();
  if (!presenterWindow || presenterWindow.closed) {
    presenterWindow = window.open(
      presenterUrl(window.location.href),
      PRESENTER_WINDOW_NAME,
      PRESENTER_WINDOW_FEATURES,
    );
  }
  if (!presenterWindow) return false;
  presenterWindow.focus();
  // A window that was already open does not reload, so it will not say hello: tell it the show now.
  for (const listener of onOpened) listener();
  return true;
}

/** Whether the presenter window has just been opened: browsers may leave full screen when a window opens. */
export function openingPresenter(): boolean {
  return performance.now() - openedAt < 1500;
}

/** Whether a message came from a window this page opened (`opener` may be read across origins). */
function openedHere(source: MessageEventSource | null): source is Window {
  if (source === null) return false;
  return source === presenterWindow || ('opener' in source && source.opener === window);
}

function tellPresenter(message: ShowMessage): void {
  if (!presenterWindow || presenterWindow.closed) return;
  presenterWindow.postMessage(wireMessage(message), messageTargetOrigin(window.location));
}

/** The photos' URLs made absolute: the bundle's relative media paths mean nothing to a page that is not the show. */
function absolutePhotoUrls(
  deck: Deck,
  photoUrl: (photo: PhotoMeta) => string | undefined,
): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const photo of Object.values(deck.photos)) {
    const url = photoUrl(photo);
    if (url) urls[photo.id] = new URL(url, document.baseURI).href;
  }
  return urls;
}

const presenterControls = { open: openPresenterWindow } as const;

type ShowState = Pick<Presentation, 'position' | 'blank' | 'perform'>;

/**
 * Links a show to its presenter window: answers its hello with the deck, the photos and the position,
 * sends every change, and performs the actions it asks for (from that window only). Returns what the
 * player's P key calls.
 */
export function usePresenterLink(
  deck: Deck,
  show: ShowState,
  photoUrl: (photo: PhotoMeta) => string | undefined,
): { readonly open: () => boolean } {
  const { position, blank, perform } = show;
  const photoUrls = useMemo(() => absolutePhotoUrls(deck, photoUrl), [deck, photoUrl]);

  const sendShow = useEffectEvent(() => tellPresenter({ kind: 'show', deck, photoUrls, position, blank }));
  const sendState = useEffectEvent(() =>
    tellPresenter({ kind: 'state', position: { slide: position.slide, step: position.step }, blank }),
  );
  const onMessage = useEffectEvent((event: MessageEvent) => {
    // Only a window this page opened may drive the show; anything else is not ours to obey.
    if (!openedHere(event.source)) return;
    const message = readPresenterMessage(event.data);
    if (!message) return;
    // After a reload of this page the presenter window is still open but unknown: its hello makes it known.
    const known = event.source === presenterWindow;
    presenterWindow = event.source;
    if (message.kind === 'hello' && known && message.following) sendState();
    else if (message.kind === 'hello') sendShow();
    else perform(message.action);
  });

  useEffect(() => {
    const listener = (event: MessageEvent) => onMessage(event);
    const opened = () => sendShow();
    const ended = () => tellPresenter({ kind: 'ended' });
    window.addEventListener('message', listener);
    window.addEventListener('pagehide', ended);
    onOpened.add(opened);
    return () => {
      window.removeEventListener('message', listener);
      window.removeEventListener('pagehide', ended);
      onOpened.delete(opened);
      ended();
    };
  }, []);

  // The whole show when it starts and whenever the deck or its photos change; the position on every step.
  useEffect(() => sendShow(), [deck, photoUrls]);
  useEffect(() => sendState(), [position.slide, position.step, blank]);

  return presenterControls;
}
