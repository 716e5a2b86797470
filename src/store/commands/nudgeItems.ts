// Command: arrow keys move the selected items by a few slide units; a run of presses is one undo step.
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type NudgeItemsArgs = { slideId: SlideId; itemIds: readonly ItemId[]; dx: number; dy: number };

export const nudgeItems = defineCommand<NudgeItemsArgs>(
  (draft, { slideId, itemIds, dx, dy }) => {
    const slide = findSlide(draft, slideId);
    if (!slide || !Number.isFinite(dx) || !Number.isFinite(dy) || (dx === 0 && dy === 0)) return;
    const moving = new Set<string>(itemIds);
    for (const item of slide.items) {
      if (!moving.has(item.id)) continue;
      item.x += dx;
      item.y += dy;
    }
  },
  { mergeKey: ({ slideId, itemIds }) => `${slideId}:${[...itemIds].sort().join(',')}` },
);
