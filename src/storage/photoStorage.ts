// Reads each photo's original bytes and its two renditions, keyed by photo id and variant (deckStorage writes
// them, in the transaction of the deck that names them).
import type { PhotoId } from '../model/ids';
import type { Database, PhotoVariant } from './database';
import type { UnsavedPhotos } from './unsavedPhotos';

export type PhotoBlobs = { original: Blob; thumbnail: Blob; display: Blob };

export function photoBlobKey(photoId: PhotoId, variant: PhotoVariant): string {
  return `${photoId}/${variant}`;
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
