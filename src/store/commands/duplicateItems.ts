// Command: Ctrl/Cmd+D — copies of the chosen items on the same slide, 20 units down and right.
import { current } from 'immer';
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';
import { pasteItems } from './pasteItems';

export type DuplicateItemsArgs = { slideId: SlideId; itemIds: readonly ItemId[]; newIds: readonly ItemId[] };

export const DUPLICATE_OFFSET = 20;

export const duplicateItems = defineCommand<DuplicateItemsArgs>((draft, { slideId, itemIds, newIds }) => {
  const slide = findSlide(draft, slideId);
  if (!slide) return;
  const chosen = new Set<string>(itemIds);
  // In stacking order, so the copies stack the way the originals do.
  const items = slide.items.filter((item) => chosen.has(item.id)).map((item) => current(item));
  if (items.length !== newIds.length) return;
  pasteItems.perform(draft, {
    slideId,
    items,
    newIds,
    offset: { x: DUPLICATE_OFFSET, y: DUPLICATE_OFFSET },
  });
});
