// A copy of the bytes without some ranges (whole chunks or blocks dropped), cut at `end`.
import type { Range } from '../bytes/gather';

export function without(bytes: Uint8Array, dropped: readonly Range[], end: number): Uint8Array {
  if (dropped.length === 0) return end < bytes.length ? bytes.subarray(0, end) : bytes;
  const kept: Range[] = [];
  let at = 0;
  for (const range of dropped) {
    if (range.start > at) kept.push({ start: at, end: range.start });
    at = Math.max(at, range.end);
  }
  if (end > at) kept.push({ start: at, end });
  const out = new Uint8Array(kept.reduce((sum, r) => sum + (r.end - r.start), 0));
  let to = 0;
  for (const range of kept) {
    out.set(bytes.subarray(range.start, range.end), to);
    to += range.end - range.start;
  }
  return out;
}
