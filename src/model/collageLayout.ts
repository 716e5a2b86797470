// The automatic collage (justified rows): photos in rows at about their own proportions, none a sliver, none cropped to under half.
import type { Rect, Size } from './geometry';
import { keepsCollageRules } from './layouts/collageRules';

/**
 * The most a cell's proportions may differ from its photo's, either way: a cell then shows more than
 * 1 / 1.9 ≈ 53 % of its photo, safely over the half the collage rules ask for.
 */
const MAX_STRETCH = 1.9;
/** Gentler crop limits are tried too; the best-looking result of all wins. */
const STRETCH_LIMITS = [1.25, 1.5, MAX_STRETCH];
/** Target cell areas tried, as factors of the slide's area shared evenly among the photos. */
const AREA_FACTORS = Array.from({ length: 36 }, (_, i) => 2 ** (-7 + (i * 9) / 35));
/** Photos are kept in their order unless another order looks this much better (or only it keeps the rules). */
const REORDER_GAIN = 1.15;
/** Targets tried below the largest that fits, as factors of it. */
const SHRINK_STEPS = [1, 0.7, 0.5, 0.35];
/** Slide units under which a row or the block of rows counts as reaching the edge. */
const SNAP = 1e-6;
/** In choosing row breaks, a cell this much under the target area costs this many times one as much over it. */
const UNDER_WEIGHT = 10;

/** One row: photos `start` to `end` (exclusive) at one height, each cell `stretch` times as wide as its photo's shape. */
type Row = { start: number; end: number; height: number; stretch: number; width: number };
type Candidate = { cells: Rect[]; score: number; keepsRules: boolean };

/**
 * Cells for photos of the given aspect ratios (width / height), in order, inside `slide` with `gutter`
 * between cells and at least a gutter at the slide's edges.
 *
 * Photos go into rows; the cells of a row share a height and take widths in proportion to their photos,
 * stretched alike by at most MAX_STRETCH (so each shows over half of its photo) to fill the row. Row
 * breaks and row heights are chosen so cells come close to one common area: a panorama gets a low row
 * of its own, a tall portrait a high one, and no photo becomes a sliver beside another. Rows narrower
 * than the slide are centred, and so is the block of rows. If no row breaks in the photos' order keep
 * both collage rules (see collageRules.ts), or another order looks much better, the photos are grouped
 * by shape instead.
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
  const inner = { width: slide.width - 2 * gutter, height: slide.height - 2 * gutter };
  if (!(inner.width > 0 && inner.height > 0)) return null;
  const inOrder = bestInOrder(aspects, inner, gutter);
  const needsBetter = !inOrder || !inOrder.keepsRules;
  const byShape = aspects.length > 2 ? bestInOrder(aspects, inner, gutter, shapeOrder(aspects)) : null;
  const chosen =
    byShape &&
    (!inOrder ||
      (needsBetter && byShape.keepsRules) ||
      (byShape.keepsRules && byShape.score > inOrder.score * REORDER_GAIN))
      ? byShape
      : inOrder;
  return chosen ? chosen.cells.map((c) => ({ ...c, x: c.x + gutter, y: c.y + gutter })) : null;
}

/** Photo indices from the tallest shape to the widest; equal shapes keep their order. */
function shapeOrder(aspects: readonly number[]): number[] {
  return aspects.map((_, i) => i).sort((a, b) => (aspects[a] ?? 1) - (aspects[b] ?? 1) || a - b);
}

/** The best rows for the photos taken in `order`, with cells given back in the photos' own order. */
function bestInOrder(
  aspects: readonly number[],
  area: Size,
  gutter: number,
  order: readonly number[] = aspects.map((_, i) => i),
): Candidate | null {
  const ordered = order.map((i) => aspects[i] ?? 1);
  const evenShare = (area.width * area.height) / ordered.length;
  let best: Candidate | null = null;
  for (const limit of STRETCH_LIMITS) {
    const seen = new Set<string>();
    for (const factor of AREA_FACTORS) {
      const breaks = rowBreaks(ordered, area.width, gutter, limit, evenShare * factor);
      const key = breaks?.join(',');
      if (!breaks || key === undefined || seen.has(key)) continue;
      seen.add(key);
      const largest = largestTarget(ordered, breaks, area, gutter, limit, evenShare);
      if (largest === null) continue;
      // The largest rows that fit may let one row grow past the others; a little smaller can keep the rules.
      for (const shrink of SHRINK_STEPS) {
        const rows = rowsFor(ordered, breaks, area.width, gutter, limit, largest * shrink);
        if (!rows) continue;
        const placed = placeRows(ordered, rows, area, gutter);
        const cells: Rect[] = [];
        order.forEach((photo, i) => {
          cells[photo] = placed[i] as Rect;
        });
        const candidate: Candidate = {
          cells,
          score: score(rows, ordered, area),
          keepsRules: keepsCollageRules(aspects, cells),
        };
        if (!best || better(candidate, best)) best = candidate;
      }
    }
  }
  return best;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.keepsRules !== b.keepsRules) return a.keepsRules;
  return a.score > b.score;
}

/**
 * How much of the slide the photos fill, each cell counted by the square root of the share of its photo
 * it shows: filling the slide matters more than cropping a little, but a deep crop costs.
 */
function score(rows: readonly Row[], aspects: readonly number[], area: Size): number {
  let total = 0;
  for (const row of rows) {
    const shown = 1 / Math.max(row.stretch, 1 / row.stretch);
    for (let i = row.start; i < row.end; i++) {
      total += row.height * row.height * (aspects[i] ?? 1) * row.stretch * Math.sqrt(shown);
    }
  }
  return total / (area.width * area.height);
}

/** A row's height and stretch when its cells aim at `target` area each, within `width` and `limit`. */
function rowShape(
  aspects: readonly number[],
  start: number,
  end: number,
  width: number,
  gutter: number,
  limit: number,
  target: number,
): Row | null {
  const count = end - start;
  const free = width - (count - 1) * gutter;
  if (free <= 0) return null;
  let total = 0;
  let logs = 0;
  for (let i = start; i < end; i++) {
    const aspect = aspects[i] ?? 1;
    total += aspect;
    logs += Math.log(aspect);
  }
  // The height at which the cells' areas are, on a log scale, centred on the target.
  const ideal = Math.sqrt(target / Math.exp(logs / count));
  const fill = free / (ideal * total);
  let height = ideal;
  let stretch = fill;
  if (fill > limit) stretch = limit;
  else if (fill < 1 / limit) {
    stretch = 1 / limit;
    height = (free * limit) / total;
  }
  return { start, end, height, stretch, width: height * total * stretch + (count - 1) * gutter };
}

/**
 * Row breaks (the end index of each row) for cells aiming at `target` area: the least total cost of
 * cells far from the target, stretched cells, and row width left empty.
 */
function rowBreaks(
  aspects: readonly number[],
  width: number,
  gutter: number,
  limit: number,
  target: number,
): number[] | null {
  const count = aspects.length;
  const cost = new Array<number>(count + 1).fill(Infinity);
  const from = new Array<number>(count + 1).fill(-1);
  cost[0] = 0;
  for (let end = 1; end <= count; end++) {
    for (let start = end - 1; start >= 0; start--) {
      const before = cost[start] ?? Infinity;
      const row = rowShape(aspects, start, end, width, gutter, limit, target);
      if (!row) break;
      if (before === Infinity) continue;
      const total = before + rowCost(aspects, row, width, target);
      if (total < (cost[end] ?? Infinity)) {
        cost[end] = total;
        from[end] = start;
      }
    }
  }
  if (!Number.isFinite(cost[count] ?? Infinity)) return null;
  const breaks: number[] = [];
  for (let end = count; end > 0; end = from[end] ?? 0) breaks.unshift(end);
  return breaks;
}

function rowCost(aspects: readonly number[], row: Row, width: number, target: number): number {
  let cost = 0;
  const stretchCost = Math.log(row.stretch) ** 2;
  for (let i = row.start; i < row.end; i++) {
    const off = Math.log((row.height * row.height * (aspects[i] ?? 1) * row.stretch) / target);
    // A cell under the target costs more than one over it: slivers are what the rules forbid.
    cost += (off < 0 ? UNDER_WEIGHT : 1) * off ** 2 + stretchCost;
  }
  return cost + ((width - row.width) * row.height) / target;
}

/** The rows for these breaks when their cells aim at `target` area. */
function rowsFor(
  aspects: readonly number[],
  breaks: readonly number[],
  width: number,
  gutter: number,
  limit: number,
  target: number,
): Row[] | null {
  const rows: Row[] = [];
  let start = 0;
  for (const end of breaks) {
    const row = rowShape(aspects, start, end, width, gutter, limit, target);
    if (!row) return null;
    rows.push(row);
    start = end;
  }
  return rows;
}

/** The largest target area at which the rows for these breaks fit `area`'s height (rows grow with it). */
function largestTarget(
  aspects: readonly number[],
  breaks: readonly number[],
  area: Size,
  gutter: number,
  limit: number,
  evenShare: number,
): number | null {
  const fits = (logTarget: number) => {
    const rows = rowsFor(aspects, breaks, area.width, gutter, limit, Math.exp(logTarget));
    return (
      rows !== null && rows.reduce((h, row) => h + row.height, 0) + (rows.length - 1) * gutter <= area.height
    );
  };
  let low = Math.log(evenShare) - 20;
  // No cell can aim past the whole area; beyond it rows only grow where they have room.
  let high = Math.log(area.width * area.height);
  if (!fits(low)) return null;
  if (fits(high)) return Math.exp(high);
  for (let step = 0; step < 48; step++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return Math.exp(low);
}

/** Cells for the rows, each row centred across `area` and the block of rows centred down it. */
function placeRows(aspects: readonly number[], rows: readonly Row[], area: Size, gutter: number): Rect[] {
  const used = rows.reduce((h, row) => h + row.height, 0) + (rows.length - 1) * gutter;
  // Rows that fill the height or the width to within float error end exactly at the edge.
  const fillsHeight = area.height - used < SNAP;
  let y = fillsHeight ? 0 : (area.height - used) / 2;
  const cells: Rect[] = [];
  rows.forEach((row, r) => {
    const fillsWidth = area.width - row.width < SNAP;
    const height = fillsHeight && r === rows.length - 1 ? area.height - y : row.height;
    let x = fillsWidth ? 0 : (area.width - row.width) / 2;
    for (let i = row.start; i < row.end; i++) {
      const width =
        fillsWidth && i === row.end - 1 ? area.width - x : row.height * (aspects[i] ?? 1) * row.stretch;
      cells.push({ x, y, width, height });
      x += width + gutter;
    }
    y += row.height + gutter;
  });
  return cells;
}
