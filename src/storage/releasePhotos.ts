// Removing stored photos: only those no deck names any more, checked inside the transaction that drops the last
// reference, so a deck another tab saves meanwhile is either seen (and its photos kept) or written after.
import type { IDBPTransaction } from 'idb';
import type { PhotoId } from '../model/ids';
import { parseDeck } from '../model/parseDeck';
import { PHOTO_VARIANTS, type CommonThreadSchema } from './database';
import { photoBlobKey } from './photoStorage';

/** A read-write transaction over the decks and the photo blobs (and perhaps more). */
export type PhotoReleaseTransaction = IDBPTransaction<
  CommonThreadSchema,
  ('decks' | 'photoBlobs' | 'settings')[],
  'readwrite'
>;

/**
 * Deletes the blobs of each of `photoIds` that no stored deck names (the transaction's own writes included);
 * resolves with the ones deleted. A deck that cannot be read keeps every photo, since it may still name any.
 */
export async function releasePhotos(
  tx: PhotoReleaseTransaction,
  photoIds: readonly PhotoId[],
): Promise<Set<PhotoId>> {
  const deleted = new Set<PhotoId>();
  if (photoIds.length === 0) return deleted;
  const decks = (await tx.objectStore('decks').getAll()).map((value) => parseDeck(value));
  if (!decks.every((parsed) => parsed.ok)) return deleted;
  const named = new Set(decks.flatMap((parsed) => (parsed.ok ? Object.keys(parsed.deck.photos) : [])));
  const blobs = tx.objectStore('photoBlobs');
  for (const id of photoIds) {
    if (named.has(id)) continue;
    for (const variant of PHOTO_VARIANTS) await blobs.delete(photoBlobKey(id, variant));
    deleted.add(id);
  }
  return deleted;
}
