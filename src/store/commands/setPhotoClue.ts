// Command: the clue caption shown with a photo when the reveal brings it in; typing is one undo step.
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findItem } from './findSlide';
import { LIMITS } from '../../model/limits';

export type SetPhotoClueArgs = { slideId: SlideId; itemId: ItemId; clue: string };

/** The schema's limit for a clue. */
export const MAX_CLUE = LIMITS.clue;

export const setPhotoClue = defineCommand<SetPhotoClueArgs>(
  (draft, { slideId, itemId, clue }) => {
    const item = findItem(draft, slideId, itemId);
    if (item?.kind !== 'photo') return;
    // An empty clue is no clue, so the document does not carry empty strings around.
    if (clue === '') delete item.clue;
    else item.clue = clue.slice(0, MAX_CLUE);
  },
  { mergeKey: ({ slideId, itemId }) => `${slideId}:${itemId}` },
);
