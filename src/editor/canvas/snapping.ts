// Snapping while dragging: where a moving box lines up with the slide's edges and centre or other items'.
import type { Rect, Size } from '../../model/geometry';

/** A line something may snap to, in slide units: a vertical line at x, or a horizontal line at y. */
export type Guide = { readonly orientation: 'vertical' | 'horizontal'; readonly position: number };

export type SnapTargets = { readonly vertical: readonly number[]; readonly horizontal: readonly number[] };

export type Snap = {
  /** What to add to the box's position so it sits on the guides (0 on an axis with nothing near). */
  readonly dx: number;
  readonly dy: number;
  /** The guides the snapped box touches, to draw while dragging. */
  readonly guides: readonly Guide[];
};

/** The slide's edges and centre lines, and the edges and centres of the other items' boxes. */
export function snapTargets(slide: Size, others: readonly Rect[]): SnapTargets {
  const vertical = [0, slide.width / 2, slide.width];
  const horizontal = [0, slide.height / 2, slide.height];
  for (const box of others) {
    vertical.push(...linesOf(box.x, box.width));
    horizontal.push(...linesOf(box.y, box.height));
  }
  return { vertical, horizontal };
}

/**
 * Moves `box` by the least amount that puts one of its edges or its centre on a target, per axis, if one
 * is within `threshold` (slide units). Nearest wins, so the box never jumps past a closer line.
 */
export function snapBox(box: Rect, targets: SnapTargets, threshold: number): Snap {
  const dx = nearestShift(linesOf(box.x, box.width), targets.vertical, threshold);
  const dy = nearestShift(linesOf(box.y, box.height), targets.horizontal, threshold);
  const moved = { ...box, x: box.x + (dx ?? 0), y: box.y + (dy ?? 0) };
  const guides: Guide[] = [];
  if (dx !== undefined) {
    for (const position of touching(linesOf(moved.x, moved.width), targets.vertical))
      guides.push({ orientation: 'vertical', position });
  }
  if (dy !== undefined) {
    for (const position of touching(linesOf(moved.y, moved.height), targets.horizontal))
      guides.push({ orientation: 'horizontal', position });
  }
  return { dx: dx ?? 0, dy: dy ?? 0, guides };
}

function linesOf(start: number, length: number): number[] {
  return [start, start + length / 2, start + length];
}

function nearestShift(
  lines: readonly number[],
  targets: readonly number[],
  threshold: number,
): number | undefined {
  let best: number | undefined;
  for (const line of lines) {
    for (const target of targets) {
      const shift = target - line;
      if (Math.abs(shift) <= threshold && (best === undefined || Math.abs(shift) < Math.abs(best)))
        best = shift;
    }
  }
  return best;
}

// Float error from the shift must not hide a guide the box really sits on.
const ON_LINE = 1e-6;

function touching(lines: readonly number[], targets: readonly number[]): number[] {
  return [...new Set(targets.filter((target) => lines.some((line) => Math.abs(line - target) < ON_LINE)))];
}
