// Metadata split over several ranges (extended XMP chunks, Photoshop segments, an item's extents) as one run.
import type { Budget } from './budget';

export type Range = { start: number; end: number };

/**
 * Calls `work` on the bytes of `ranges` laid end to end, then writes any change back. One range is worked
 * on in place; several are copied into one buffer. False, without calling `work`, when that cannot be done
 * safely: their total is more than the array's size, the budget refuses, or two ranges overlap.
 */
export function withGathered(
  bytes: Uint8Array,
  ranges: readonly Range[],
  budget: Budget,
  work: (buffer: Uint8Array, start: number, end: number) => void,
): boolean {
  const clamped = ranges
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(end, bytes.length) }))
    .filter(({ start, end }) => end > start);
  const [only] = clamped;
  if (!only) return true;
  if (clamped.length === 1) {
    work(bytes, only.start, only.end);
    return true;
  }
  const total = clamped.reduce((sum, r) => sum + (r.end - r.start), 0);
  if (total > bytes.length || !budget.spend(2 * total) || overlap(clamped)) return false;
  const buffer = new Uint8Array(total);
  let at = 0;
  for (const r of clamped) {
    buffer.set(bytes.subarray(r.start, r.end), at);
    at += r.end - r.start;
  }
  work(buffer, 0, total);
  at = 0;
  for (const r of clamped) {
    bytes.set(buffer.subarray(at, at + (r.end - r.start)), r.start);
    at += r.end - r.start;
  }
  return true;
}

/** Whether any two ranges share a byte: written back in turn, one copy's change would undo the other's. */
function overlap(ranges: readonly Range[]): boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    if ((sorted[k]?.start ?? 0) < (sorted[k - 1]?.end ?? 0)) return true;
  }
  return false;
}
