// Layout: columns of photos where every other column is shifted down by half a cell, like bricks on end.
import type { Rect, Size } from '../geometry';
import type { Cell, Layout } from './layoutTypes';
import { innerArea, meanAspect, ones, splitRow } from './tiles';

/** The cells cover at least this share of the slide whenever some column count can. */
const COVER = 0.55;

type Shape = { columns: number; rows: number; height: number; shifted: boolean };

export const staggered: Layout = {
  kind: 'staggered',
  label: 'Staggered',
  tiling: false,
  overlaps: false,
  arrange: (photos, slide, { gutter }) => {
    if (photos.length === 0) return [];
    const inner = innerArea(slide, gutter);
    const shape = chooseShape(photos.length, inner, meanAspect(photos), gutter, slide);
    if (!shape) return [];
    const { columns, rows, height, shifted } = shape;
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

/** The column count whose cells come closest to the photos' shape among those that cover enough (else the fullest). */
function chooseShape(count: number, inner: Rect, aspect: number, gutter: number, slide: Size): Shape | null {
  let best: { shape: Shape; cost: number; cover: number } | null = null;
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    // Fewer columns than that would leave a column empty.
    if (Math.ceil(count / rows) !== columns) continue;
    const shifted = columns > 1;
    // With a half-cell shift the columns need half a cell (and half a gutter) more height than they hold.
    const height = shifted
      ? (inner.height - (rows - 0.5) * gutter) / (rows + 0.5)
      : (inner.height - (rows - 1) * gutter) / rows;
    const width = (inner.width - (columns - 1) * gutter) / columns;
    if (!(height > 0 && width > 0)) continue;
    const cover = (count * width * height) / (slide.width * slide.height);
    const cost = Math.abs(Math.log(width / height / aspect));
    const enough = cover >= COVER;
    const wins =
      !best ||
      (enough && (best.cover < COVER || cost < best.cost)) ||
      (!enough && best.cover < COVER && cover > best.cover);
    if (wins) best = { shape: { columns, rows, height, shifted }, cost, cover };
  }
  return best?.shape ?? null;
}
