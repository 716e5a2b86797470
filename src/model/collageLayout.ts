// The automatic collage: one cell per photo, filling the slide in even rows with even gutters.
import type { Rect, Size } from './geometry';

type Candidate = { counts: number[]; rowHeights: number[]; cost: number };

/**
 * Cells for photos of the given aspect ratios (width / height), in order, filling `slide` with `gutter`
 * between cells and at the slide's edges.
 *
 * Photos go into rows whose cell counts differ by at most one (fuller rows first). Within a row the cells
 * share a height and take widths in proportion to their photos, so a row fills the width exactly; the
 * rows are then stretched together to fill the height, which distorts every cell by the same factor.
 * The row count whose factor is closest to 1 crops least and wins; fewer rows win ties.
 */
export function collageLayout(aspects: readonly number[], slide: Size, gutter: number): Rect[] {
  if (aspects.length === 0) return [];
  const safeAspects = aspects.map((a) => (Number.isFinite(a) && a > 0 ? a : 1));
  if (!(slide.width > 0 && slide.height > 0)) {
    return safeAspects.map(() => ({ x: 0, y: 0, width: 0, height: 0 }));
  }
  const safeGutter = Number.isFinite(gutter) && gutter > 0 ? gutter : 0;
  // A gutter too wide for this many photos leaves no room for some cell; drop it rather than fail.
  return (
    layoutWithGutter(safeAspects, slide, safeGutter) ??
    layoutWithGutter(safeAspects, slide, 0) ??
    safeAspects.map(() => ({ x: 0, y: 0, width: 0, height: 0 }))
  );
}

function layoutWithGutter(aspects: number[], slide: Size, gutter: number): Rect[] | null {
  const best = bestCandidate(aspects, slide, gutter);
  return best ? placeCells(aspects, slide, gutter, best) : null;
}

function bestCandidate(aspects: number[], slide: Size, gutter: number): Candidate | null {
  let best: Candidate | null = null;
  for (let rows = 1; rows <= aspects.length; rows++) {
    const candidate = rowsCandidate(aspects, slide, gutter, rows);
    if (candidate && (!best || candidate.cost < best.cost)) best = candidate;
  }
  return best;
}

function rowsCandidate(aspects: number[], slide: Size, gutter: number, rows: number): Candidate | null {
  const counts = evenCounts(aspects.length, rows);
  const freeHeight = slide.height - (rows + 1) * gutter;
  if (freeHeight <= 0) return null;
  const naturalHeights: number[] = [];
  let start = 0;
  for (const count of counts) {
    const freeWidth = slide.width - (count + 1) * gutter;
    if (freeWidth <= 0) return null;
    naturalHeights.push(freeWidth / sum(aspects.slice(start, start + count)));
    start += count;
  }
  const stretch = freeHeight / sum(naturalHeights);
  return {
    counts,
    rowHeights: naturalHeights.map((h) => h * stretch),
    cost: Math.abs(Math.log(stretch)),
  };
}

function placeCells(aspects: number[], slide: Size, gutter: number, candidate: Candidate): Rect[] {
  const cells: Rect[] = [];
  let y = gutter;
  let start = 0;
  candidate.counts.forEach((count, row) => {
    const isLastRow = row === candidate.counts.length - 1;
    // The last row and last cell take what is left, so rounding never pushes a cell past the edge.
    const height = isLastRow ? slide.height - gutter - y : (candidate.rowHeights[row] ?? 0);
    const rowAspects = aspects.slice(start, start + count);
    const freeWidth = slide.width - (count + 1) * gutter;
    const total = sum(rowAspects);
    let x = gutter;
    rowAspects.forEach((aspect, i) => {
      const width = i === count - 1 ? slide.width - gutter - x : (freeWidth * aspect) / total;
      cells.push({ x, y, width, height });
      x += width + gutter;
    });
    y += height + gutter;
    start += count;
  });
  return cells;
}

/** Cell counts per row, differing by at most one, fuller rows first. */
function evenCounts(total: number, rows: number): number[] {
  const base = Math.floor(total / rows);
  const extra = total % rows;
  return Array.from({ length: rows }, (_, i) => base + (i < extra ? 1 : 0));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
