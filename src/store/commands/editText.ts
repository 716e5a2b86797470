// Command: the new text of a text item, committed once when in-place editing ends.
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { MAX_TEXT } from './addText';
import { findItem } from './findSlide';

export type EditTextArgs = { slideId: SlideId; itemId: ItemId; text: string };

export const editText = defineCommand<EditTextArgs>('editText', (draft, { slideId, itemId, text }) => {
  const item = findItem(draft, slideId, itemId);
  if (item?.kind !== 'text') return;
  item.text = text.slice(0, MAX_TEXT);
});
