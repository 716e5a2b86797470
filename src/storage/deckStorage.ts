// Saves and loads decks, and remembers which deck was open last.
import type { Deck } from '../model/deck';
import type { DeckId, PhotoId } from '../model/ids';
import { PHOTO_VARIANTS, type Database } from './database';
import { photoBlobKey, type PhotoBlobs } from './photoStorage';
import { releasePhotos, type PhotoReleaseTransaction } from './releasePhotos';
import { withQuotaCheck } from './storageFullError';

export const CURRENT_DECK_KEY = 'currentDeckId';

export type SaveDeckOptions = {
  /** Photos the deck names that are not stored yet: written in the deck's own transaction. */
  readonly photos?: ReadonlyMap<PhotoId, PhotoBlobs>;
  /** Also make it the deck the editor opens with. */
  readonly current?: boolean;
  /**
   * The photos the stored deck named and this one no longer does are deleted too, when no other deck names
   * them (photos removed from the library). Asked for only when the deck's photos changed: it reads the
   * stored deck first.
   */
  readonly releaseDropped?: boolean;
};

/**
 * Writes the deck, the photos it brings, (when asked) the current deck's id, and deletes the photos it dropped,
 * in one transaction: a deck is never stored naming a photo that is not, and a failed save leaves everything
 * as it was. Resolves with the photos deleted, still readable, for an Undo to store again.
 * Rejects with StorageFullError when the browser has no room left.
 */
export async function saveDeck(
  db: Database,
  deck: Deck,
  options: SaveDeckOptions = {},
): Promise<Map<PhotoId, PhotoBlobs>> {
  const photos = options.photos ?? new Map<PhotoId, PhotoBlobs>();
  return withQuotaCheck(async () => {
    // The photo store is taken only when photos are written or deleted, so a plain save never waits on it.
    const withPhotos = photos.size > 0 || options.releaseDropped === true;
    const tx = db.transaction(
      withPhotos ? ['decks', 'photoBlobs', 'settings'] : ['decks', 'settings'],
      'readwrite',
      // (Typed as the full transaction: without the photo store, nothing is dropped, so it is never asked for.)
    ) as PhotoReleaseTransaction;
    const dropped = options.releaseDropped
      ? droppedPhotos(await tx.objectStore('decks').get(deck.id), deck)
      : [];
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
    // After the deck's own put, so the check for other decks naming them sees this deck as it is now.
    const released = await releasePhotos(tx, dropped);
    await Promise.all([...writes, tx.done]);
    return released;
  });
}

/** The photos the stored deck (untrusted data, so only its photo keys are read) names and `deck` does not. */
function droppedPhotos(stored: unknown, deck: Deck): PhotoId[] {
  if (typeof stored !== 'object' || stored === null || !('photos' in stored)) return [];
  const { photos } = stored;
  if (typeof photos !== 'object' || photos === null) return [];
  return (Object.keys(photos) as PhotoId[]).filter((id) => !Object.hasOwn(deck.photos, id));
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
