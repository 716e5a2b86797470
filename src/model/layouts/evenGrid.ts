// Layout: an even grid, every cell the same height, rows as full as they can be.
import type { Layout } from './layoutTypes';
import { evenGridCells, innerArea, meanAspect } from './tiles';

export const evenGrid: Layout = {
  kind: 'even-grid',
  label: 'Even grid',
  tiling: true,
  overlaps: false,
  arrange: (photos, slide, { gutter }) =>
    evenGridCells(photos.length, innerArea(slide, gutter), meanAspect(photos), gutter),
};
