// Stores each photo's original bytes and its two renditions, keyed by photo id and variant.
import type { PhotoId } from '../model/ids';
import type { Database, PhotoVariant } from './database';
import { withQuotaCheck } from './storageFullError';
import type { UnsavedPhotos } from './unsavedPhotos';

export type PhotoBlobs = { original: Blob; thumbnail: Blob; display: Blob };

export function photoBlobKey(photoId: PhotoId, variant: PhotoVariant): string {
  return `${photoId}/${variant}`;
}

/** All three in one transaction, so a photo is stored whole or not at all. */
export async function savePhotoBlobs(db: Database, photoId: PhotoId, blobs: PhotoBlobs): Promise<void> {
  await withQuotaCheck(async () => {
    const tx = db.transaction('photoBlobs', 'readwrite');
    await Promise.all([
      tx.store.put(blobs.original, photoBlobKey(photoId, 'original')),
      tx.store.put(blobs.thumbnail, photoBlobKey(photoId, 'thumbnail')),
      tx.store.put(blobs.display, photoBlobKey(photoId, 'display')),
      tx.done,
    ]);
  });
}

/** The stored blob; or, given the photos this tab holds unsaved, the held one first (a photo just imported). */
export async function loadPhotoBlob(
  db: Database,
  photoId: PhotoId,
  variant: PhotoVariant,
  unsaved?: UnsavedPhotos,
): Promise<Blob | undefined> {
  return unsaved?.blob(photoId, variant) ?? (await db.get('photoBlobs', photoBlobKey(photoId, variant)));
}

/** Whether the photo is already stored (photos are saved whole, so the original stands for all three). */
export async function hasPhoto(db: Database, photoId: PhotoId): Promise<boolean> {
  return (await db.getKey('photoBlobs', photoBlobKey(photoId, 'original'))) !== undefined;
}
