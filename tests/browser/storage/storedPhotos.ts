// Photos put into (or looked for in) a test's database directly, as a deck saved earlier would have left them;
// the app itself stores photos only with the deck that names them (deckStorage.saveDeck).
import type { PhotoId } from '../../../src/model/ids';
import type { Database } from '../../../src/storage/database';
import { photoBlobKey, type PhotoBlobs } from '../../../src/storage/photoStorage';

/** All three in one transaction, so a photo is stored whole or not at all. */
export async function savePhotoBlobs(db: Database, photoId: PhotoId, blobs: PhotoBlobs): Promise<void> {
  const tx = db.transaction('photoBlobs', 'readwrite');
  await Promise.all([
    tx.store.put(blobs.original, photoBlobKey(photoId, 'original')),
    tx.store.put(blobs.thumbnail, photoBlobKey(photoId, 'thumbnail')),
    tx.store.put(blobs.display, photoBlobKey(photoId, 'display')),
    tx.done,
  ]);
}

/** Whether the photo is stored (photos are saved whole, so the original stands for all three). */
export async function hasPhoto(db: Database, photoId: PhotoId): Promise<boolean> {
  return (await db.getKey('photoBlobs', photoBlobKey(photoId, 'original'))) !== undefined;
}
