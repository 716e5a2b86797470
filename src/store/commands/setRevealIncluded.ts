// Command: take an item into a slide's reveal (as its last step) or leave it out (shown from the question on).
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type SetRevealIncludedArgs = { slideId: SlideId; itemId: ItemId; included: boolean };

export const setRevealIncluded = defineCommand<SetRevealIncludedArgs>(
  (draft, { slideId, itemId, included }) => {
    const slide = findSlide(draft, slideId);
    const reveal = slide?.reveal;
    if (!slide || !reveal || !slide.items.some((item) => item.id === itemId)) return;
    const at = reveal.order.indexOf(itemId);
    if (included && at === -1) reveal.order.push(itemId);
    if (!included && at !== -1) reveal.order.splice(at, 1);
  },
);
