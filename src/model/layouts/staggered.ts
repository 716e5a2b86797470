// Layout: columns of photos where every other column is shifted down by half a cell, like bricks on end.
import type { Cell, Layout } from './layoutTypes';
import { gridShape, innerArea, meanAspect, ones, splitRow } from './tiles';

export const staggered: Layout = {
  kind: 'staggered',
  label: 'Staggered',
  tiling: false,
  overlaps: false,
  arrange: (photos, slide, { gutter }) => {
    if (photos.length === 0) return [];
    const inner = innerArea(slide, gutter);
    const { columns, rows } = gridShape(photos.length, inner, meanAspect(photos), gutter);
    const shifted = columns > 1;
    // With a half-cell shift the columns need half a cell (and half a gutter) more height than they hold.
    const height = shifted
      ? (inner.height - (rows - 0.5) * gutter) / (rows + 0.5)
      : (inner.height - (rows - 1) * gutter) / rows;
    const pitch = height + gutter;
    const columnAreas = splitRow(inner, ones(columns), gutter);
    return photos.map((_, i): Cell => {
      const column = Math.floor(i / rows);
      const row = i % rows;
      const area = columnAreas[column] ?? inner;
      const offset = shifted && column % 2 === 1 ? pitch / 2 : 0;
      return { x: area.x, y: inner.y + offset + row * pitch, width: area.width, height };
    });
  },
};
