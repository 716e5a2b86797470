// Command: add imported photos to the deck's library, once each.
import type { PhotoMeta } from '../../model/deck';
import { defineCommand } from '../command';

/** `batch` names one import: the photos of one batch, added as they finish, are undone together. */
export type AddPhotosArgs = { photos: readonly PhotoMeta[]; batch?: string };

export const addPhotos = defineCommand<AddPhotosArgs>(
  (draft, { photos }) => {
    for (const photo of photos) {
      // A photo id is the hash of its bytes: the same id is the same photo, already in the deck.
      if (Object.hasOwn(draft.photos, photo.id)) continue;
      draft.photos[photo.id] = structuredClone(photo);
    }
  },
  { mergeKey: ({ batch }) => batch ?? 'addPhotos' },
);
