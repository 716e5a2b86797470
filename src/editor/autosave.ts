// Saves the deck to IndexedDB after every command, at once (well within a second), in one transaction with the
// photos it names that are not stored yet. Writes are serialised so the newest deck always wins; a failed write
// is retried (with the newest deck) until it goes through, and at once when the page is hidden or left.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Deck } from '../model/deck';
import type { Database } from '../storage/database';
import { announceSaved } from './deckInOneTab';
import { saveDeck } from '../storage/deckStorage';
import type { UnsavedPhotos } from '../storage/unsavedPhotos';
import type { DeckStore } from '../store/deckStore';

export type SaveState = { status: 'saved' | 'saving' } | { status: 'failed'; message: string };
export type SaveStateStore = StoreApi<SaveState>;

export function createSaveStateStore(): SaveStateStore {
  return createStore<SaveState>()(() => ({ status: 'saved' }));
}

const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

export function startAutosave(
  db: Database,
  deckStore: DeckStore,
  saveState: SaveStateStore,
  unsavedPhotos: UnsavedPhotos,
): () => void {
  let pending: Deck | null = null;
  let writing = false;
  let retryDelay = FIRST_RETRY_MS;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // The photos of the deck last written (same object until they change: decks are immutable).
  let lastPhotos: Deck['photos'] | null = null;

  const writeLoop = async () => {
    writing = true;
    while (pending && !stopped) {
      const deck = pending;
      pending = null;
      const photos = unsavedPhotos.namedBy(deck);
      // Photos taken out of the library are deleted with the save, unless another deck names them; they are
      // held here after, so an Undo brings them back whole.
      const releaseDropped = deck.photos !== lastPhotos;
      try {
        const released = await saveDeck(db, deck, { photos, current: true, releaseDropped });
        lastPhotos = deck.photos;
        unsavedPhotos.saved(photos.keys());
        for (const [id, blobs] of released) unsavedPhotos.hold(id, blobs);
        // Another tab showing this deck follows it.
        announceSaved(deck.id);
        retryDelay = FIRST_RETRY_MS;
      } catch (error) {
        // The photos stay held for the retry; an import waiting on them hears of the failure (and, when the
        // disk is full, withdraws them so the rest of the deck can be saved).
        unsavedPhotos.failed(photos.keys(), error);
        // Keep the newest deck for the retry; a later edit also triggers one.
        pending ??= deck;
        writing = false;
        saveState.setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
        retryTimer = setTimeout(() => {
          if (!writing) void writeLoop();
        }, retryDelay);
        retryDelay = Math.min(retryDelay * 2, LAST_RETRY_MS);
        return;
      }
    }
    writing = false;
    if (!stopped) saveState.setState({ status: 'saved' });
  };

  const writeNow = () => {
    if (writing || stopped || !pending) return;
    clearTimeout(retryTimer);
    void writeLoop();
  };

  const unsubscribe = deckStore.subscribe((state, previous) => {
    if (state.deck === previous.deck) return;
    pending = state.deck;
    if (saveState.getState().status !== 'failed') saveState.setState({ status: 'saving' });
    writeNow();
  });
  // The page may be about to go (tab hidden, laptop closed, tab closed): a save waiting for its retry is tried
  // now instead of in up to 30 s. Every other change is already being written.
  const flush = () => {
    if (document.visibilityState === 'hidden') writeNow();
  };
  document.addEventListener('visibilitychange', flush);
  window.addEventListener('pagehide', writeNow);
  // A change made before this subscription (the editor shows the deck a moment before its effects run, and a
  // tab taking a deck over from another starts here) is saved too: the deck as it is now is written once.
  pending = deckStore.getState().deck;
  void writeLoop();
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    unsubscribe();
    document.removeEventListener('visibilitychange', flush);
    window.removeEventListener('pagehide', writeNow);
  };
}
