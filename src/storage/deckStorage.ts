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
   * Photos this deck no longer names (taken out since the tab last saved it): deleted in the same transaction
   * when no stored deck names them, and only if the deck stored now is still the one last saved by the caller
   * (its `updatedAt`): after another tab's save, nothing is deleted, since that tab's deck may name them.
   */
  readonly release?: { readonly photoIds: readonly PhotoId[]; readonly ifStoredAt: string };
};

/** Each photo asked to be released, as it was stored, and whether it was deleted (no other deck names it). */
export type ReleasedPhotos = Map<PhotoId, { readonly blobs: PhotoBlobs; readonly deleted: boolean }>;

/**
 * Writes the deck, the photos it brings, (when asked) the current deck's id, and releases the photos it
 * dropped, in one transaction: a deck is never stored naming a photo that is not, and a failed save leaves
 * everything as it was. Resolves with the released photos' blobs, still readable, for an Undo to store again.
 * Rejects with StorageFullError when the browser has no room left.
 */
export async function saveDeck(
  db: Database,
  deck: Deck,
  options: SaveDeckOptions = {},
): Promise<ReleasedPhotos> {
  const photos = options.photos ?? new Map<PhotoId, PhotoBlobs>();
  const release = options.release?.photoIds ?? [];
  return withQuotaCheck(async () => {
    // The photo store is taken only when photos are written or released, so a plain save never waits on it.
    const withPhotos = photos.size > 0 || release.length > 0;
    const tx = db.transaction(
      withPhotos ? ['decks', 'photoBlobs', 'settings'] : ['decks', 'settings'],
      'readwrite',
      // (Typed as the full transaction: without the photo store, nothing is released, so it is never asked for.)
    ) as PhotoReleaseTransaction;
    // Awaited below; marked handled now in case a step before that throws.
    tx.done.catch(() => {});
    // Read before this save's own put replaces it.
    const stillOurs =
      release.length > 0 &&
      storedAt(await tx.objectStore('decks').get(deck.id)) === options.release?.ifStoredAt;
    const writes: Promise<unknown>[] = [];
    const settleAll = () => {
      writes.forEach((write) => write.catch(() => {}));
      tx.done.catch(() => {});
    };
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
      settleAll();
      throw error;
    }
    try {
      const held = await readPhotos(tx, stillOurs ? release : []);
      // After the deck's own put, so the check for other decks naming them sees this deck as it is now.
      const deleted = await releasePhotos(tx, [...held.keys()]);
      await Promise.all([...writes, tx.done]);
      const released: ReleasedPhotos = new Map();
      for (const [id, blobs] of held) released.set(id, { blobs, deleted: deleted.has(id) });
      return released;
    } catch (error) {
      settleAll();
      // A transaction that aborted (a full disk at commit) fails its pending reads with AbortError: the
      // transaction's own error says why.
      throw tx.error ?? error;
    }
  });
}

/** The `updatedAt` of a stored deck (untrusted data: read with care). */
function storedAt(stored: unknown): string | undefined {
  if (typeof stored !== 'object' || stored === null || !('updatedAt' in stored)) return undefined;
  return typeof stored.updatedAt === 'string' ? stored.updatedAt : undefined;
}

/** The stored blobs of these photos (those stored whole), read in the transaction. */
async function readPhotos(
  tx: PhotoReleaseTransaction,
  photoIds: readonly PhotoId[],
): Promise<Map<PhotoId, PhotoBlobs>> {
  const found = new Map<PhotoId, PhotoBlobs>();
  if (photoIds.length === 0) return found;
  const store = tx.objectStore('photoBlobs');
  for (const id of photoIds) {
    const [original, thumbnail, display] = await Promise.all(
      PHOTO_VARIANTS.map((variant) => store.get(photoBlobKey(id, variant))),
    );
    if (original && thumbnail && display) found.set(id, { original, thumbnail, display });
  }
  return found;
}

/** The raw stored data, or undefined. The caller passes it through parseDeck: storage is outside data too. */
export function loadDeck(db: Database, id: DeckId | string): Promise<unknown> {
  return db.get('decks', id);
}

/**
 * Saves `deck`, a new empty one, and makes it the deck the editor opens with, unless the current deck is no
 * longer `expectedCurrent` (another start of the editor, in this tab or another, got there first): then
 * nothing is written. One transaction, so two starts at once make one deck. Resolves with the current id.
 */
export async function saveFirstDeck(
  db: Database,
  deck: Deck,
  expectedCurrent: DeckId | undefined,
): Promise<DeckId> {
  return withQuotaCheck(async () => {
    const tx = db.transaction(['decks', 'settings'], 'readwrite');
    const settings = tx.objectStore('settings');
    const current: unknown = await settings.get(CURRENT_DECK_KEY);
    if (typeof current === 'string' && current !== expectedCurrent) {
      await tx.done;
      return current as DeckId;
    }
    await Promise.all([
      tx.objectStore('decks').put(deck, deck.id),
      settings.put(deck.id, CURRENT_DECK_KEY),
      tx.done,
    ]);
    return deck.id;
  });
}

export async function setCurrentDeckId(db: Database, id: DeckId): Promise<void> {
  await withQuotaCheck(() => db.put('settings', id, CURRENT_DECK_KEY));
}

export async function getCurrentDeckId(db: Database): Promise<DeckId | undefined> {
  const id = await db.get('settings', CURRENT_DECK_KEY);
  return typeof id === 'string' ? (id as DeckId) : undefined;
}
