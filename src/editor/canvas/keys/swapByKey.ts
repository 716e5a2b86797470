// Swapping photos by key (Alt+arrow): which photo of the slide is "the next one" to the left, right, above
// or below the selected one — the keyboard's counterpart of dropping one photo on another.
import type { Item, PhotoItem } from '../../../model/deck';
import type { ItemId } from '../../../model/ids';
import { frameBounds, frameCentre } from '../itemFrame';

export type SwapDirection = 'left' | 'right' | 'up' | 'down';

/** A centre less than this (slide units) further along the arrow is beside the photo, not past it. */
const PAST = 1;
/** How much being off to the side costs against being further along the arrow. */
const SIDEWAYS_COST = 2;
/** Scores this close are equal: the cells of a layout's row differ only by rounding. */
const TIE = 1e-6;

const vectors: Record<SwapDirection, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

type Candidate = { photo: PhotoItem; level: boolean; score: number; inLine: number };

/** Level photos before diagonal ones, then the nearest, then the one most in line. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.level !== b.level) return a.level;
  if (Math.abs(a.score - b.score) >= TIE) return a.score < b.score;
  return a.inLine < b.inLine;
}

/** How far apart two spans [a, a + la] and [b, b + lb] are; 0 when they overlap. */
function gap(a: number, la: number, b: number, lb: number): number {
  return Math.max(0, b - (a + la), a - (b + lb));
}

/**
 * The photo the arrow points at from photo `fromId`. A photo is that way when its centre lies past the
 * selected one's centre along the arrow, and either their outlines are level across the arrow (a wide photo
 * above a row of small ones is "up" from each of them) or, clear of each other both ways, it is more that
 * way than off to the side. Level photos come first; among them (or, with none, among the others) the nearest
 * wins, being off to the side (outline to outline) counting double; ties go to the one most in line, then
 * the lowest in the stack. Null when there is none, or when `fromId` is not a photo of `items`.
 */
export function photoInDirection(
  items: readonly Item[],
  fromId: ItemId,
  direction: SwapDirection,
): PhotoItem | null {
  const from = items.find((item) => item.id === fromId);
  if (from?.kind !== 'photo') return null;
  const v = vectors[direction];
  const horizontal = v.y === 0;
  const start = frameCentre(from);
  const box = frameBounds(from);
  let best: Candidate | null = null;
  for (const item of items) {
    if (item.kind !== 'photo' || item.id === fromId) continue;
    const centre = frameCentre(item);
    const along = (centre.x - start.x) * v.x + (centre.y - start.y) * v.y;
    if (along < PAST) continue;
    const other = frameBounds(item);
    const sideways = horizontal
      ? gap(box.y, box.height, other.y, other.height)
      : gap(box.x, box.width, other.x, other.width);
    const apart = horizontal
      ? gap(box.x, box.width, other.x, other.width)
      : gap(box.y, box.height, other.y, other.height);
    const across = horizontal ? Math.abs(centre.y - start.y) : Math.abs(centre.x - start.x);
    const level = sideways === 0;
    const diagonal = apart > 0 && across <= along;
    if (!level && !diagonal) continue;
    const candidate = { photo: item, level, score: along + SIDEWAYS_COST * sideways, inLine: across };
    if (!best || better(candidate, best)) best = candidate;
  }
  return best?.photo ?? null;
}
