// Layout: masonry columns; each photo goes to the shortest column, and each column fills the slide's height.
import type { Cell, Layout } from './layoutTypes';
import { innerArea, meanAspect, ones, splitColumn, splitRow } from './tiles';

export const masonryColumns: Layout = {
  kind: 'columns',
  label: 'Columns',
  tiling: true,
  overlaps: false,
  arrange: (photos, slide, { gutter }) => {
    if (photos.length === 0) return [];
    const inner = innerArea(slide, gutter);
    const wanted = Math.round(Math.sqrt((photos.length * inner.width) / inner.height / meanAspect(photos)));
    const columnCount = Math.min(photos.length, Math.max(1, wanted));
    // A cap keeps a run of wide photos from piling into one column too tall to fit its gutters.
    const cap = Math.ceil(photos.length / columnCount) + 1;
    const columns: { photo: number; height: number }[][] = Array.from({ length: columnCount }, () => []);
    const heights = columns.map(() => 0);
    photos.forEach(({ aspect }, photo) => {
      let shortest = -1;
      columns.forEach((column, c) => {
        if (column.length < cap && (shortest < 0 || (heights[c] ?? 0) < (heights[shortest] ?? 0)))
          shortest = c;
      });
      const height = 1 / aspect;
      columns[shortest]?.push({ photo, height });
      heights[shortest] = (heights[shortest] ?? 0) + height;
    });
    const cells: Cell[] = [];
    splitRow(inner, ones(columnCount), gutter).forEach((area, c) => {
      const column = columns[c] ?? [];
      const parts = splitColumn(
        area,
        column.map((entry) => entry.height),
        gutter,
      );
      column.forEach((entry, i) => {
        const part = parts[i];
        if (part) cells[entry.photo] = part;
      });
    });
    return cells;
  },
};
