// Command: remove items from a slide, and from its reveal order.
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type DeleteItemsArgs = { slideId: SlideId; itemIds: readonly ItemId[] };

export const deleteItems = defineCommand<DeleteItemsArgs>((draft, { slideId, itemIds }) => {
  const slide = findSlide(draft, slideId);
  if (!slide) return;
  const doomed = new Set<string>(itemIds);
  if (!slide.items.some((item) => doomed.has(item.id))) return;
  slide.items = slide.items.filter((item) => !doomed.has(item.id));
  if (slide.reveal) slide.reveal.order = slide.reveal.order.filter((id) => !doomed.has(id));
});
