// Command: bring items forward / send them backward, or all the way to the front / back (items order = stacking).
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type ReorderDirection = 'forward' | 'backward' | 'front' | 'back';
export type ReorderItemsArgs = { slideId: SlideId; itemIds: readonly ItemId[]; direction: ReorderDirection };

export const reorderItems = defineCommand<ReorderItemsArgs>((draft, { slideId, itemIds, direction }) => {
  const slide = findSlide(draft, slideId);
  if (!slide) return;
  const ids = slide.items.map((item) => item.id);
  const next = reorderedIds(ids, new Set<string>(itemIds), direction);
  if (next.every((id, i) => id === ids[i])) return;
  const byId = new Map(slide.items.map((item) => [item.id, item]));
  slide.items = next.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
});

/** The ids in their new stacking order (first = bottom); chosen ids keep their order among themselves. */
export function reorderedIds<Id extends string>(
  ids: readonly Id[],
  chosen: ReadonlySet<string>,
  direction: ReorderDirection,
): Id[] {
  const picked = ids.filter((id) => chosen.has(id));
  const rest = ids.filter((id) => !chosen.has(id));
  if (direction === 'front') return [...rest, ...picked];
  if (direction === 'back') return [...picked, ...rest];
  const order = [...ids];
  // Each chosen item steps over one unchosen neighbour; walking from the far end keeps a block together.
  if (direction === 'forward') {
    for (let i = order.length - 2; i >= 0; i--) {
      const here = order[i] as Id;
      const above = order[i + 1] as Id;
      if (chosen.has(here) && !chosen.has(above)) [order[i], order[i + 1]] = [above, here];
    }
  } else {
    for (let i = 1; i < order.length; i++) {
      const here = order[i] as Id;
      const below = order[i - 1] as Id;
      if (chosen.has(here) && !chosen.has(below)) [order[i], order[i - 1]] = [below, here];
    }
  }
  return order;
}
