// Layout: two halves side by side (one per honouree), the first half of the photos left, the rest right.
import type { Layout } from './layoutTypes';
import { evenGridCells, innerArea, meanAspect, splitRow } from './tiles';

export const sideBySide: Layout = {
  kind: 'side-by-side',
  label: 'Side by side',
  tiling: true,
  overlaps: false,
  arrange: (photos, slide, { gutter }) => {
    const inner = innerArea(slide, gutter);
    if (photos.length <= 1) return photos.map(() => inner);
    const [left, right] = splitRow(inner, [1, 1], gutter) as [typeof inner, typeof inner];
    const leftPhotos = photos.slice(0, Math.ceil(photos.length / 2));
    const rightPhotos = photos.slice(leftPhotos.length);
    return [
      ...evenGridCells(leftPhotos.length, left, meanAspect(leftPhotos), gutter),
      ...evenGridCells(rightPhotos.length, right, meanAspect(rightPhotos), gutter),
    ];
  },
};
