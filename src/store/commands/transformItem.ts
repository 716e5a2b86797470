// Command: the result of one drag, resize or rotate gesture on an item, committed on release.
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findItem } from './findSlide';

export type TransformItemArgs = {
  slideId: SlideId;
  itemId: ItemId;
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
};

export const transformItem = defineCommand<TransformItemArgs>((draft, args) => {
  const item = findItem(draft, args.slideId, args.itemId);
  if (!item) return;
  const { x, y, width, height, rotation } = args;
  // A degenerate gesture (zero size, NaN from a bad pointer event) would make the deck unloadable.
  if (![x, y, width, rotation].every(Number.isFinite) || !(width > 0)) return;
  if (item.kind === 'photo') {
    if (!(Number.isFinite(height) && height > 0)) return;
    item.height = height;
    item.rotation = rotation;
  }
  // A text item's height follows its text, and text has no rotation.
  item.x = x;
  item.y = y;
  item.width = width;
});
