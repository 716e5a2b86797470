// A deck is edited in one tab at a time. The tab that holds the deck's Web Lock edits it; another tab with the
// same deck open follows the saves the editing tab announces, and takes over when that tab lets go.
import type { DeckId } from '../model/ids';

const SAVES_CHANNEL = 'common-thread-saves';

type SaveMessage = { readonly deckId: DeckId };

/**
 * Asks for the deck's lock: `onHeld(true)` at once when no other tab holds it; otherwise `onHeld(false)`, then
 * `onHeld(true)` when the other tab lets it go (closed, or moved to another deck). Where the browser has no Web
 * Locks, every tab edits. Returns the function that lets the lock go.
 */
export function holdDeck(deckId: DeckId, onHeld: (held: boolean) => void): () => void {
  if (!('locks' in navigator)) {
    onHeld(true);
    return () => {};
  }
  const name = `common-thread-deck:${deckId}`;
  const waiting = new AbortController();
  let letGo: (() => void) | null = null;
  let done = false;
  // Held until the returned function is called: the lock is released when this promise settles.
  const keep = () =>
    new Promise<void>((resolve) => {
      letGo = resolve;
      if (done) resolve();
    });
  const hold = () => {
    if (done) return Promise.resolve();
    onHeld(true);
    return keep();
  };
  void navigator.locks.request(name, { ifAvailable: true }, (lock) => {
    if (lock) return hold();
    if (!done) onHeld(false);
    navigator.locks.request(name, { signal: waiting.signal }, hold).catch(() => {
      // Aborted: this tab left the deck before the other let go.
    });
    return Promise.resolve();
  });
  return () => {
    done = true;
    waiting.abort();
    letGo?.();
  };
}

/** Tells the other tabs that this deck was just saved. */
export function announceSaved(deckId: DeckId): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(SAVES_CHANNEL);
  channel.postMessage({ deckId } satisfies SaveMessage);
  channel.close();
}

/** Calls `onSaved` each time another tab saves this deck. Returns the function that stops listening. */
export function followSaves(deckId: DeckId, onSaved: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(SAVES_CHANNEL);
  channel.onmessage = (event: MessageEvent<SaveMessage>) => {
    if (event.data?.deckId === deckId) onSaved();
  };
  return () => channel.close();
}
