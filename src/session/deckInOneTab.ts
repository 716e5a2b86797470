// A deck is edited in one tab at a time. The tab that holds the deck's Web Lock edits it; another tab with the
// same deck open follows the saves the editing tab announces, and takes over when that tab lets go, or at once
// when the person asks to edit there instead (it steals the lock, and the first tab becomes the following one).
import type { DeckId } from '../model/ids';

const SAVES_CHANNEL = 'common-thread-saves';

type SaveMessage = { readonly deckId: DeckId; readonly kind?: 'saved' | 'let-go' };

/** This tab's hold on a deck's lock. */
export type DeckHold = {
  /** Lets the lock go (or stops waiting for it): the tab leaves the deck. */
  readonly letGo: () => void;
  /** Takes the lock from the tab that holds it ("Edit here instead"); `onHeld(true)` follows. */
  readonly takeOver: () => void;
};

/**
 * Asks for the deck's lock: `onHeld(true)` at once when no other tab holds it; otherwise `onHeld(false)`, then
 * `onHeld(true)` when the other tab lets it go (closed, or moved to another deck) or when `takeOver` took it.
 * When another tab takes the lock from this one, `onHeld(false)`, and this tab waits for it again. Where the
 * browser has no Web Locks, every tab edits.
 */
function deckLockName(deckId: DeckId): string {
  return `common-thread-deck:${deckId}`;
}

/**
 * Runs `work` while holding the deck's lock, so no tab opens the deck meanwhile; resolves with false, without
 * running it, when a tab has the deck open now. Where the browser has no Web Locks, it just runs.
 */
export async function whileNoTabHasDeck(deckId: DeckId, work: () => Promise<void>): Promise<boolean> {
  if (!('locks' in navigator)) {
    await work();
    return true;
  }
  return navigator.locks.request(deckLockName(deckId), { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await work();
    return true;
  });
}

/** Whether a tab has the deck open (and so holds its lock) right now. */
export async function isDeckOpenInATab(deckId: DeckId): Promise<boolean> {
  if (!('locks' in navigator)) return false;
  const { held = [] } = await navigator.locks.query();
  return held.some((lock) => lock.name === deckLockName(deckId));
}

export function holdDeck(deckId: DeckId, onHeld: (held: boolean) => void): DeckHold {
  if (!('locks' in navigator)) {
    onHeld(true);
    return { letGo: () => {}, takeOver: () => {} };
  }
  const locks = navigator.locks;
  const name = deckLockName(deckId);
  let done = false;
  // Resolving it releases the lock this tab holds; null while this tab does not hold it.
  let release: (() => void) | null = null;
  let waiting: AbortController | null = null;
  // Each request's number: when a request fails because this tab moved on (its wait aborted for a take-over),
  // its failure is old news and is ignored.
  let request = 0;

  // The lock is held until the promise the callback returns settles.
  const holding = () => {
    if (done) return Promise.resolve();
    return new Promise<void>((resolve) => {
      release = resolve;
      onHeld(true);
    });
  };
  // A request fails when its wait is aborted, or when another tab steals the lock it was holding.
  const onFailed = (number: number) => () => {
    if (done || number !== request) return;
    // Stolen: another tab edits now. This tab follows, and waits to get the lock back.
    release = null;
    onHeld(false);
    wait();
  };
  const wait = () => {
    const number = ++request;
    waiting = new AbortController();
    locks.request(name, { signal: waiting.signal }, holding).catch(onFailed(number));
  };

  const first = ++request;
  locks
    .request(name, { ifAvailable: true }, (lock) => {
      if (lock) return holding();
      if (!done) {
        onHeld(false);
        wait();
      }
      return Promise.resolve();
    })
    .catch(onFailed(first));

  return {
    letGo: () => {
      done = true;
      waiting?.abort();
      release?.();
    },
    takeOver: () => {
      if (done || release) return;
      const number = ++request;
      // This tab's place in the queue is no longer needed (a lock request may not both wait and steal).
      waiting?.abort();
      waiting = null;
      locks.request(name, { steal: true }, holding).catch(onFailed(number));
    },
  };
}

/** Tells the other tabs that this deck was just saved. */
export function announceSaved(deckId: DeckId): void {
  announce({ deckId, kind: 'saved' });
}

/**
 * Tells the tab that took this deck over that this tab has stopped saving it: no write of this tab's starts after
 * this message (one begun before has been queued in IndexedDB ahead of anything the other tab reads next).
 */
export function announceLetGo(deckId: DeckId): void {
  announce({ deckId, kind: 'let-go' });
}

function announce(message: SaveMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(SAVES_CHANNEL);
  channel.postMessage(message satisfies SaveMessage);
  channel.close();
}

/** Calls `onSaved` each time another tab saves this deck. Returns the function that stops listening. */
export function followSaves(deckId: DeckId, onSaved: () => void): () => void {
  return listen(deckId, 'saved', onSaved);
}

/**
 * Resolves when another tab says it let this deck go (see announceLetGo), or after `timeoutMs` (the tab that
 * held it may have closed, or be frozen in the background). Listens from the moment it is called.
 */
export function letGoAnnounced(deckId: DeckId, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const stop = listen(deckId, 'let-go', () => finish());
    const timer = setTimeout(() => finish(), timeoutMs);
    function finish() {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}

function listen(deckId: DeckId, kind: 'saved' | 'let-go', onMessage: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(SAVES_CHANNEL);
  channel.onmessage = (event: MessageEvent<SaveMessage>) => {
    // A message without a kind is a save, from a tab still running an older version of the app.
    if (event.data?.deckId === deckId && (event.data.kind ?? 'saved') === kind) onMessage();
  };
  return () => channel.close();
}
