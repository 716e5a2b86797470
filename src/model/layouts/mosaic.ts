// Layout: a mosaic of cells of many sizes, made by cutting the slide again and again along its longer side.
import type { Rect } from '../geometry';
import type { Layout } from './layoutTypes';
import { innerArea, splitColumn, splitRow } from './tiles';

/** The first part of each cut is made larger than its share, so the earlier photos stand out. */
const LEAD_WEIGHT = 1.6;

export const mosaic: Layout = {
  kind: 'mosaic',
  label: 'Mosaic',
  tiling: true,
  overlaps: false,
  arrange: (photos, slide, { gutter }) =>
    photos.length === 0 ? [] : mosaicCells(photos.length, innerArea(slide, gutter), gutter),
};

function mosaicCells(count: number, area: Rect, gutter: number): Rect[] {
  if (count === 1) return [area];
  const lead = Math.max(1, Math.floor(count / 3));
  const weights = [lead * LEAD_WEIGHT, count - lead];
  const [first, second] = (
    area.width >= area.height ? splitRow(area, weights, gutter) : splitColumn(area, weights, gutter)
  ) as [Rect, Rect];
  return [...mosaicCells(lead, first, gutter), ...mosaicCells(count - lead, second, gutter)];
}
