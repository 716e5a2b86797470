// Saves the deck to IndexedDB after every command, at once (well within a second), in one transaction with the
// photos it names that are not stored yet and the deletion of those it took out. Writes are serialised so the
// newest deck always wins; a failed write is retried (with the newest deck) until it goes through, and at once
// when the page is hidden or left.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Deck } from '../model/deck';
import type { PhotoId } from '../model/ids';
import type { Database } from '../storage/database';
import { saveDeck, type ReleasedPhotos } from '../storage/deckStorage';
import type { PhotoBlobs } from '../storage/photoStorage';
import type { UnsavedPhotos } from '../storage/unsavedPhotos';
import type { DeckStore } from '../store/deckStore';
import { announceSaved } from './deckInOneTab';
import { errorText } from '../model/errorText';

export type SaveState = { status: 'saved' | 'saving' } | { status: 'failed'; message: string };
export type SaveStateStore = StoreApi<SaveState>;

export function createSaveStateStore(): SaveStateStore {
  return createStore<SaveState>()(() => ({ status: 'saved' }));
}

export type Autosave = {
  /** Writes what is not written yet now (no retry wait); resolves once all is saved, rejects if it fails. */
  flush(): Promise<void>;
  /**
   * Stops saving after one last try at what is not written yet (an edit made just before another tab took the
   * deck over, or the editor closed): resolves once that write has gone through or failed; no retry after it.
   */
  stop(): Promise<void>;
};

/** The running autosave, for what must see the deck saved before it goes on (switching decks, leaving). */
export type AutosaveHandle = {
  /** Autosave's flush; resolved at once when this tab does not save (another tab edits the deck). */
  flush(): Promise<void>;
  /** Set by the editor while its autosave runs. */
  use(autosave: Autosave | null): void;
};

export function createAutosaveHandle(): AutosaveHandle {
  let running: Autosave | null = null;
  return {
    flush: () => running?.flush() ?? Promise.resolve(),
    use(autosave) {
      running = autosave;
    },
  };
}

const FIRST_RETRY_MS = 1000;
/**
 * The most the in-memory copies of deleted photos (kept for Undo) may hold together: a few dozen phone photos
 * with their renditions, and far from what a tab can hold on a plain laptop.
 */
export const MAX_UNDO_COPY_BYTES = 256 * 1024 ** 2;
const LAST_RETRY_MS = 30_000;

export function startAutosave(
  db: Database,
  deckStore: DeckStore,
  saveState: SaveStateStore,
  unsavedPhotos: UnsavedPhotos,
  { maxUndoCopyBytes = MAX_UNDO_COPY_BYTES }: { readonly maxUndoCopyBytes?: number } = {},
): Autosave {
  let pending: Deck | null = null;
  let writing = false;
  let retryDelay = FIRST_RETRY_MS;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // Set by stop(): the write in hand (and what is pending) still goes; a failure is not retried.
  let stopping = false;
  let stoppedWriting: Promise<void> | null = null;
  // The deck this tab last wrote (at first: as it opened it). Only photos this tab itself took out since are
  // released, and only while the stored deck is still that one: a late write from a tab that lost the deck to
  // another must delete nothing the other tab's deck names.
  let last: Pick<Deck, 'id' | 'photos' | 'updatedAt'> = deckStore.getState().deck;
  const flushes: { resolve: () => void; reject: (error: unknown) => void }[] = [];

  const writeLoop = async () => {
    writing = true;
    while (pending && !stopped) {
      const deck = pending;
      pending = null;
      const photos = unsavedPhotos.namedBy(deck);
      // Another deck swapped in (a tribute, a bundle) releases nothing of the last: that one is still stored.
      const photoIds = deck.id === last.id ? takenOut(last.photos, deck.photos) : [];
      const release = { photoIds, ifStoredAt: last.updatedAt };
      try {
        const released = await saveDeck(db, deck, { photos, current: true, release });
        last = deck;
        if (stopped) break;
        unsavedPhotos.saved(photos.keys());
        keepForUndo(released);
        // Another tab showing this deck follows it.
        announceSaved(deck.id);
        retryDelay = FIRST_RETRY_MS;
      } catch (error) {
        if (stopped) break;
        if (stopping) {
          // The last try failed: nothing retries it now; what was held stays held for whoever saves next.
          unsavedPhotos.failed(photos.keys(), error);
          writing = false;
          for (const flush of flushes.splice(0)) flush.reject(error);
          return;
        }
        // The photos stay held for the retry; an import waiting on them hears of the failure (and, when the
        // disk is full, withdraws them so the rest of the deck can be saved).
        unsavedPhotos.failed(photos.keys(), error);
        // Keep the newest deck for the retry; a later edit also triggers one.
        pending ??= deck;
        writing = false;
        saveState.setState({
          status: 'failed',
          message: errorText(error),
        });
        for (const flush of flushes.splice(0)) flush.reject(error);
        retryTimer = setTimeout(() => {
          if (!writing) void writeLoop();
        }, retryDelay);
        retryDelay = Math.min(retryDelay * 2, LAST_RETRY_MS);
        return;
      }
    }
    writing = false;
    if (stopped) {
      for (const flush of flushes.splice(0)) flush.resolve();
      return;
    }
    saveState.setState({ status: 'saved' });
    // Photos held that neither the deck nor an Undo or Redo can name again are let go.
    const restorable = deckStore.getState().restorablePhotoIds();
    const { photos: named } = deckStore.getState().deck;
    unsavedPhotos.prune((id) => Object.hasOwn(named, id) || restorable.has(id));
    for (const flush of flushes.splice(0)) flush.resolve();
  };

  /** Released photos stay at hand while an Undo could bring them back; deleted ones as copies in memory, so
   * their stored files (and the room they take) can go now. */
  let copying = Promise.resolve();
  // The copies in memory and their sizes, oldest first: together never more than `maxUndoCopyBytes`.
  const copies = new Map<PhotoId, number>();
  const keepForUndo = (released: ReleasedPhotos) => {
    for (const [id, { blobs, deleted }] of released) {
      unsavedPhotos.hold(id, blobs);
      // One photo at a time: hundreds of originals read at once would take gigabytes.
      if (!deleted) continue;
      copying = copying
        .then(async () => {
          if (!unsavedPhotos.has(id)) return;
          const copy = await inMemory(blobs);
          if (!unsavedPhotos.has(id)) return;
          unsavedPhotos.swap(id, copy);
          copies.delete(id);
          copies.set(id, sizeOf(copy));
          keepCopiesWithinLimit();
        })
        .catch(() => {});
    }
  };
  /**
   * Past the limit the oldest copies go, and with them the Undo steps that would need them: Undo then stops
   * short of those deletions rather than bring back a slide whose photo is gone.
   */
  const keepCopiesWithinLimit = () => {
    let total = 0;
    for (const [id, bytes] of copies) {
      if (unsavedPhotos.has(id)) total += bytes;
      else copies.delete(id);
    }
    const dropped = new Set<PhotoId>();
    for (const [id, bytes] of copies) {
      if (total <= maxUndoCopyBytes) break;
      dropped.add(id);
      copies.delete(id);
      total -= bytes;
    }
    if (dropped.size === 0) return;
    deckStore.getState().forgetStepsRestoring(dropped);
    // What the history can no longer name is let go; the deck itself never names a released photo.
    const restorable = deckStore.getState().restorablePhotoIds();
    const { photos: named } = deckStore.getState().deck;
    unsavedPhotos.prune((id) => !dropped.has(id) || Object.hasOwn(named, id) || restorable.has(id));
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
  const onHidden = () => {
    if (document.visibilityState === 'hidden') writeNow();
  };
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', writeNow);
  // A change made before this subscription (the editor shows the deck a moment before its effects run, and a
  // tab taking a deck over from another starts here) is saved too: the deck as it is now is written once.
  pending = deckStore.getState().deck;
  void writeLoop();

  return {
    flush() {
      if (stopped || (!writing && !pending)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        flushes.push({ resolve, reject });
        writeNow();
      });
    },
    stop() {
      if (stoppedWriting) return stoppedWriting;
      stopping = true;
      clearTimeout(retryTimer);
      unsubscribe();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', writeNow);
      const last =
        writing || pending
          ? new Promise<void>((resolve) => {
              // Settled either way: stopping never throws at whoever stops it.
              flushes.push({ resolve, reject: () => resolve() });
              writeNow();
            })
          : Promise.resolve();
      stoppedWriting = last.then(() => {
        stopped = true;
        for (const flush of flushes.splice(0)) flush.resolve();
      });
      return stoppedWriting;
    },
  };
}

function takenOut(before: Deck['photos'], after: Deck['photos']): PhotoId[] {
  if (before === after) return [];
  return (Object.keys(before) as PhotoId[]).filter((id) => !Object.hasOwn(after, id));
}

function sizeOf(blobs: PhotoBlobs): number {
  return blobs.original.size + blobs.thumbnail.size + blobs.display.size;
}

async function inMemory(blobs: PhotoBlobs): Promise<PhotoBlobs> {
  const copy = async (blob: Blob) => new Blob([await blob.arrayBuffer()], { type: blob.type });
  const [original, thumbnail, display] = await Promise.all([
    copy(blobs.original),
    copy(blobs.thumbnail),
    copy(blobs.display),
  ]);
  return { original, thumbnail, display };
}
