// Command: the end of one crop gesture (pan and zoom of a photo inside its frame), or "Reset crop".
import type { Crop } from '../../model/deck';
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findItem } from './findSlide';
import { LIMITS } from '../../model/limits';

export type SetCropArgs = { slideId: SlideId; itemId: ItemId; crop: Crop };

export const setCrop = defineCommand<SetCropArgs>((draft, { slideId, itemId, crop }) => {
  const item = findItem(draft, slideId, itemId);
  if (item?.kind !== 'photo') return;
  // The schema's bounds, so a crop from any gesture still loads again.
  const next = {
    x: clamp(crop.x, 0, 1, 0.5),
    y: clamp(crop.y, 0, 1, 0.5),
    scale: clamp(crop.scale, 1, LIMITS.cropScale, 1),
  };
  if (next.x === item.crop.x && next.y === item.crop.y && next.scale === item.crop.scale) return;
  item.crop = next;
});

function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, min), max) : fallback;
}
