// Layout: the first photo large in the middle, framed by a ring of smaller photos around the edge.
import type { Rect } from '../geometry';
import type { Layout } from './layoutTypes';
import { innerArea, splitColumn, splitRow } from './tiles';

export const centreFrame: Layout = {
  kind: 'frame',
  label: 'Centre and frame',
  tiling: false,
  overlaps: false,
  arrange: (photos, slide, { gutter }) => {
    const inner = innerArea(slide, gutter);
    if (photos.length <= 1) return photos.map(() => inner);
    const others = photos.length - 1;
    // The smallest ring of roughly square slots that holds every other photo.
    let rows = 3;
    let columns = 3;
    for (; ; rows++) {
      columns = Math.max(3, Math.round((rows * inner.width) / inner.height));
      if (ringSlots(columns, rows).length >= others) break;
    }
    const grid = splitColumn(inner, ringWeights(rows), gutter).map((row) =>
      splitRow(row, ringWeights(columns), gutter),
    );
    const slots = ringSlots(columns, rows).map(([c, r]) => grid[r]?.[c] as Rect);
    const topLeft = grid[1]?.[1] as Rect;
    const bottomRight = grid[rows - 2]?.[columns - 2] as Rect;
    const centre = {
      x: topLeft.x,
      y: topLeft.y,
      width: bottomRight.x + bottomRight.width - topLeft.x,
      height: bottomRight.y + bottomRight.height - topLeft.y,
    };
    // Spread the photos evenly round the ring when there are fewer than slots.
    const ring = Array.from(
      { length: others },
      (_, i) => slots[Math.floor((i * slots.length) / others)] as Rect,
    );
    return [centre, ...ring];
  },
};

/** Weights of a ring's rows (or columns): a single middle one is made larger, so a small ring's centre stands out. */
function ringWeights(count: number): number[] {
  const middle = Math.max(1, 2 / (count - 2));
  return Array.from({ length: count }, (_, i) => (i === 0 || i === count - 1 ? 1 : middle));
}

/** The ring's slots as [column, row], clockwise from the top-left corner. */
function ringSlots(columns: number, rows: number): [number, number][] {
  const slots: [number, number][] = [];
  for (let c = 0; c < columns; c++) slots.push([c, 0]);
  for (let r = 1; r < rows; r++) slots.push([columns - 1, r]);
  for (let c = columns - 2; c >= 0; c--) slots.push([c, rows - 1]);
  for (let r = rows - 2; r >= 1; r--) slots.push([0, r]);
  return slots;
}
