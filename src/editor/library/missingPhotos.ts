// Which of the deck's photos this device has not stored (e.g. a deck whose images were never saved here).
import type { Deck } from '../../model/deck';
import type { PhotoId } from '../../model/ids';
import type { Database } from '../../storage/database';
import { photoBlobKey } from '../../storage/photoStorage';
import type { UnsavedPhotos } from '../../storage/unsavedPhotos';

/**
 * The photos shown on the deck's slides that lack their display image (what the slides draw) or their
 * original (what an exported bundle carries).
 */
export async function missingPhotos(
  db: Database,
  deck: Deck,
  unsaved?: UnsavedPhotos,
): Promise<Set<PhotoId>> {
  const shown = new Set<PhotoId>();
  for (const slide of deck.slides) {
    for (const item of slide.items) {
      // A photo just imported is held whole until its deck's save writes it.
      if (item.kind === 'photo' && !unsaved?.has(item.photoId)) shown.add(item.photoId);
    }
  }
  const tx = db.transaction('photoBlobs', 'readonly');
  const missing = new Set<PhotoId>();
  await Promise.all([
    ...[...shown].map(async (photoId) => {
      const [display, original] = await Promise.all([
        tx.store.getKey(photoBlobKey(photoId, 'display')),
        tx.store.getKey(photoBlobKey(photoId, 'original')),
      ]);
      if (display === undefined || original === undefined) missing.add(photoId);
    }),
    tx.done,
  ]);
  return missing;
}
