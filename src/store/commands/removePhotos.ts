// Command: take photos out of the deck's library, and off every slide that shows them.
import type { PhotoId } from '../../model/ids';
import { defineCommand } from '../command';
import { addPhotos } from './addPhotos';

/** `batch` names the import that added them: its withdrawal is undone with the import, as one step. */
export type RemovePhotosArgs = { photoIds: readonly PhotoId[]; batch?: string };

export const removePhotos = defineCommand<RemovePhotosArgs>(
  (draft, { photoIds }) => {
    const gone = new Set<string>(photoIds);
    for (const id of photoIds) delete draft.photos[id];
    for (const slide of draft.slides) {
      const shown = slide.items.filter((item) => item.kind === 'photo' && gone.has(item.photoId));
      if (shown.length === 0) continue;
      const doomed = new Set<string>(shown.map((item) => item.id));
      slide.items = slide.items.filter((item) => !doomed.has(item.id));
      if (slide.reveal) slide.reveal.order = slide.reveal.order.filter((id) => !doomed.has(id));
    }
  },
  { mergeKey: ({ batch }) => batch ?? 'removePhotos', joins: addPhotos },
);
