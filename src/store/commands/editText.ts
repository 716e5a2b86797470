// Command: the new text of a text item, committed once when in-place editing ends.
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { addText } from './addText';
import { MAX_TEXT } from './addText';
import { findItem } from './findSlide';

export type EditTextArgs = { slideId: SlideId; itemId: ItemId; text: string };

/**
 * Joins the undo step of the addText that made the item just before (see addText). The editor ends the merge
 * when editing ends, so two editing sessions of one item stay two steps.
 */
export const editText = defineCommand<EditTextArgs>(
  (draft, { slideId, itemId, text }) => {
    const item = findItem(draft, slideId, itemId);
    if (item?.kind !== 'text') return;
    item.text = text.slice(0, MAX_TEXT);
  },
  { mergeKey: ({ itemId }) => itemId, joins: addText },
);
