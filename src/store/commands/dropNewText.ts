// Command: a text box just added and left empty or untouched takes itself away again, leaving no undo step.
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { addText } from './addText';
import { findSlide } from './findSlide';

export type DropNewTextArgs = { slideId: SlideId; itemId: ItemId };

/**
 * Joins the step of the addText that made the box (see addText): together they change nothing, so the store
 * keeps no step for them. Anything but a text item is left alone.
 */
export const dropNewText = defineCommand<DropNewTextArgs>(
  (draft, { slideId, itemId }) => {
    const slide = findSlide(draft, slideId);
    if (!slide) return;
    const index = slide.items.findIndex((item) => item.id === itemId && item.kind === 'text');
    if (index < 0) return;
    slide.items.splice(index, 1);
    if (slide.reveal) slide.reveal.order = slide.reveal.order.filter((id) => id !== itemId);
  },
  { mergeKey: ({ itemId }) => itemId, joins: addText },
);
