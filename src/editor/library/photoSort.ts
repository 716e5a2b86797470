// The orders the photo library can be shown in: by date taken, by name, or as added.
import type { PhotoMeta } from '../../model/deck';
import type { PhotoSortOrder } from '../../store/sessionStore';
import { takenAtSortKey } from './takenAt';

/** The choices of the "Sort photos" menu, in the order offered. */
export const PHOTO_SORT_CHOICES: readonly { readonly order: PhotoSortOrder; readonly label: string }[] = [
  { order: 'dateTaken', label: 'Date taken' },
  { order: 'name', label: 'Name' },
  { order: 'dateAdded', label: 'Date added' },
];

// Numeric, so "IMG_9.jpg" comes before "IMG_10.jpg" the way people count.
const byName = new Intl.Collator(undefined, { numeric: true });

/**
 * The photos in the chosen order. `photos` is taken to be in the order they were added (the deck keeps
 * them so); ties keep that order. Photos without a date taken go last, by name among themselves.
 */
export function sortPhotos(photos: readonly PhotoMeta[], order: PhotoSortOrder): PhotoMeta[] {
  const sorted = [...photos];
  if (order === 'name') {
    sorted.sort((a, b) => byName.compare(a.fileName, b.fileName));
  } else if (order === 'dateTaken') {
    const keys = new Map(photos.map((photo) => [photo.id, takenAtSortKey(photo.takenAt)]));
    sorted.sort((a, b) => {
      const keyA = keys.get(a.id);
      const keyB = keys.get(b.id);
      if (keyA === undefined || keyB === undefined) {
        if (keyA !== keyB) return keyA === undefined ? 1 : -1;
        return byName.compare(a.fileName, b.fileName);
      }
      return keyA < keyB ? -1 : keyA > keyB ? 1 : byName.compare(a.fileName, b.fileName);
    });
  }
  return sorted;
}
