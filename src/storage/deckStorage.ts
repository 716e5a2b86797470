// Saves and loads decks, and remembers which deck was open last.
import type { Deck } from '../model/deck';
import type { DeckId, PhotoId } from '../model/ids';
import { PHOTO_VARIANTS, type Database } from './database';
import { photoBlobKey, type PhotoBlobs } from './photoStorage';
import { withQuotaCheck } from './storageFullError';

export const CURRENT_DECK_KEY = 'currentDeckId';

export type SaveDeckOptions = {
  /** Photos the deck names that are not stored yet: written in the deck's own transaction. */
  readonly photos?: ReadonlyMap<PhotoId, PhotoBlobs>;
  /** Also make it the deck the editor opens with. */
  readonly current?: boolean;
};

/**
 * Writes the deck, the photos it brings and (when asked) the current deck's id in one transaction: a deck is
 * never stored naming a photo that is not, and a failed save leaves everything as it was.
 * Rejects with StorageFullError when the browser has no room left.
 */
export async function saveDeck(db: Database, deck: Deck, options: SaveDeckOptions = {}): Promise<void> {
  const photos = options.photos ?? new Map<PhotoId, PhotoBlobs>();
  await withQuotaCheck(async () => {
    // The photo store is taken only when there are photos to write, so a deck-only save never waits on it.
    const stores =
      photos.size > 0 ? (['decks', 'photoBlobs', 'settings'] as const) : (['decks', 'settings'] as const);
    const tx = db.transaction([...stores], 'readwrite');
    const writes: Promise<unknown>[] = [];
    try {
      for (const [id, photo] of photos) {
        // One put at a time, so each promise is in `writes` before the next put can throw.
        for (const variant of PHOTO_VARIANTS) {
          writes.push(tx.objectStore('photoBlobs').put(photo[variant], photoBlobKey(id, variant)));
        }
      }
      writes.push(tx.objectStore('decks').put(deck, deck.id));
      if (options.current) writes.push(tx.objectStore('settings').put(deck.id, CURRENT_DECK_KEY));
    } catch (error) {
      // A put that throws at once (a value IndexedDB cannot store) does not end the transaction by itself:
      // left alone, it would commit the writes queued before it.
      tx.abort();
      writes.forEach((write) => write.catch(() => {}));
      tx.done.catch(() => {});
      throw error;
    }
    await Promise.all([...writes, tx.done]);
  });
}

/** The raw stored data, or undefined. The caller passes it through parseDeck: storage is outside data too. */
export function loadDeck(db: Database, id: DeckId | string): Promise<unknown> {
  return db.get('decks', id);
}

export async function setCurrentDeckId(db: Database, id: DeckId): Promise<void> {
  await withQuotaCheck(() => db.put('settings', id, CURRENT_DECK_KEY));
}

export async function getCurrentDeckId(db: Database): Promise<DeckId | undefined> {
  const id = await db.get('settings', CURRENT_DECK_KEY);
  return typeof id === 'string' ? (id as DeckId) : undefined;
}
