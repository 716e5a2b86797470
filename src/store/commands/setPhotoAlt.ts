// Command: the alt text of a library photo (what a screen reader says for it); typing is one undo step.
import type { PhotoId } from '../../model/ids';
import { defineCommand } from '../command';
import { LIMITS } from '../../model/limits';

export type SetPhotoAltArgs = { photoId: PhotoId; alt: string };

/** The schema's limit for alt text; a longer one would make the saved deck unreadable. */
export const MAX_ALT_TEXT = LIMITS.altText;

export const setPhotoAlt = defineCommand<SetPhotoAltArgs>(
  (draft, { photoId, alt }) => {
    const photo = draft.photos[photoId];
    if (photo) photo.alt = alt.slice(0, MAX_ALT_TEXT);
  },
  { mergeKey: ({ photoId }) => photoId },
);
