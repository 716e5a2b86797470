// Building blocks for tiling layouts: cutting a rectangle into rows, columns and even grids with gutters.
import type { Rect, Size } from '../geometry';
import type { LayoutPhoto } from './layoutTypes';

/** The slide less a gutter at every edge: the area tiling layouts fill. */
export function innerArea(slide: Size, gutter: number): Rect {
  return { x: gutter, y: gutter, width: slide.width - 2 * gutter, height: slide.height - 2 * gutter };
}

/** Side-by-side parts of `area`, widths in proportion to `weights`, one gutter apart. */
export function splitRow(area: Rect, weights: readonly number[], gutter: number): Rect[] {
  const free = area.width - (weights.length - 1) * gutter;
  const total = sum(weights);
  let x = area.x;
  return weights.map((weight, i) => {
    // The last part takes what is left, so rounding never pushes it past the edge.
    const width = i === weights.length - 1 ? area.x + area.width - x : (free * weight) / total;
    const part = { x, y: area.y, width, height: area.height };
    x += width + gutter;
    return part;
  });
}

/** Stacked parts of `area`, heights in proportion to `weights`, one gutter apart. */
export function splitColumn(area: Rect, weights: readonly number[], gutter: number): Rect[] {
  return splitRow(transpose(area), weights, gutter).map(transpose);
}

/** Columns and rows for `count` cells in `area` whose cells come closest to `aspect`, with few empty slots. */
export function gridShape(count: number, area: Size, aspect: number, gutter: number) {
  let best = { columns: 1, rows: Math.max(1, count), cost: Infinity };
  for (let columns = 1; columns <= Math.max(1, count); columns++) {
    const rows = Math.max(1, Math.ceil(count / columns));
    const width = (area.width - (columns - 1) * gutter) / columns;
    const height = (area.height - (rows - 1) * gutter) / rows;
    if (!(width > 0 && height > 0)) continue;
    const cost = Math.abs(Math.log(width / height / aspect)) + (columns * rows - count) / Math.max(1, count);
    if (cost < best.cost) best = { columns, rows, cost };
  }
  return { columns: best.columns, rows: best.rows };
}

/** `count` cells filling `area` in rows whose counts differ by at most one (fuller rows first). */
export function evenGridCells(count: number, area: Rect, aspect: number, gutter: number): Rect[] {
  if (count === 0) return [];
  const { rows } = gridShape(count, area, aspect, gutter);
  const counts = evenCounts(count, Math.min(rows, count));
  const rowAreas = splitColumn(
    area,
    counts.map(() => 1),
    gutter,
  );
  return rowAreas.flatMap((row, i) => splitRow(row, ones(counts[i] ?? 0), gutter));
}

/** Cell counts per row, differing by at most one, fuller rows first. */
export function evenCounts(total: number, rows: number): number[] {
  const base = Math.floor(total / rows);
  const extra = total % rows;
  return Array.from({ length: rows }, (_, i) => base + (i < extra ? 1 : 0));
}

export function meanAspect(photos: readonly LayoutPhoto[]): number {
  return photos.length === 0 ? 1 : sum(photos.map((p) => p.aspect)) / photos.length;
}

export function ones(count: number): number[] {
  return Array.from({ length: count }, () => 1);
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function transpose(rect: Rect): Rect {
  return { x: rect.y, y: rect.x, width: rect.height, height: rect.width };
}
