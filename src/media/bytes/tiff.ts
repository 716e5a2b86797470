// Walks the IFDs of a TIFF structure (EXIF, MPF): each IFD once, entry counts bounded by the bytes there.
import type { Budget } from './budget';
import { fits, matchAscii, u16, u32 } from './read';

export type Tiff = {
  readonly bytes: Uint8Array;
  /** Offset of the byte-order mark: every offset inside the structure counts from here. */
  readonly start: number;
  readonly end: number;
  readonly little: boolean;
};

export type IfdKind = 'ifd0' | 'ifd' | 'exif' | 'gps' | 'interop' | 'sub';

export type IfdEntry = {
  readonly kind: IfdKind;
  /** Absolute offset of the 12-byte entry. */
  readonly at: number;
  readonly tag: number;
  readonly type: number;
  readonly count: number;
  /** Bytes the value takes (type size × count; may be huge when the count lies). */
  readonly size: number;
  /** Absolute offset of the value: inside the entry when it fits in 4 bytes, else where it points. */
  readonly value: number;
};

export type Ifd = {
  readonly kind: IfdKind;
  /** Absolute offset of the IFD's 2-byte entry count. */
  readonly at: number;
  /** Entries actually present (the declared count, cut to the bytes there). */
  readonly count: number;
};

export const TAG_EXIF_IFD = 0x8769;
export const TAG_GPS_IFD = 0x8825;
export const TAG_INTEROP_IFD = 0xa005;
export const TAG_SUB_IFDS = 0x014a;

const TYPE_SIZES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4, 0, 0, 8, 8, 8];

export function typeSize(type: number): number {
  return TYPE_SIZES[type] ?? 0;
}

/** The TIFF structure whose header ("II"/"MM", 42) is at `start`, ending at `end`; undefined otherwise. */
export function openTiff(bytes: Uint8Array, start: number, end: number): Tiff | undefined {
  const stop = Math.min(end, bytes.length);
  if (!fits(bytes, start, 8, stop)) return undefined;
  const little = matchAscii(bytes, start, 'II');
  if (!little && !matchAscii(bytes, start, 'MM')) return undefined;
  if (u16(bytes, start + 2, little) !== 42) return undefined;
  return { bytes, start, end: stop, little };
}

/** An absolute offset from one stored in the structure, or undefined when it points outside. */
export function tiffOffset(tiff: Tiff, stored: number, length = 1): number | undefined {
  const at = tiff.start + stored;
  return stored >= 8 && fits(tiff.bytes, at, length, tiff.end) ? at : undefined;
}

export type TiffVisitor = {
  onIfd?: (ifd: Ifd) => void;
  onEntry?: (entry: IfdEntry) => void;
};

/**
 * Visits IFD0, the IFDs chained after it, and the EXIF, GPS, interoperability and sub-IFDs they point to,
 * each (offset, kind) once. Every entry read is charged to `budget` (as its 12 bytes); false when the budget ran out before
 * the walk was done (the caller cannot know what it missed).
 */
export function walkTiff(tiff: Tiff, visitor: TiffVisitor, budget: Budget): boolean {
  const { bytes, little } = tiff;
  const seen = new Set<number>();
  const queue: { at: number; kind: IfdKind }[] = [];
  const enqueue = (stored: number, kind: IfdKind) => {
    const at = tiffOffset(tiff, stored, 2);
    if (at === undefined) return;
    const key = at * 8 + KIND_KEYS[kind];
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ at, kind });
  };
  enqueue(u32(bytes, tiff.start + 4, little), 'ifd0');
  for (let q = 0; q < queue.length; q++) {
    const { at, kind } = queue[q] as { at: number; kind: IfdKind };
    const declared = u16(bytes, at, little);
    const count = Math.min(declared, Math.floor((tiff.end - at - 2) / 12));
    if (!budget.spend(12 * (count + 1))) return false; // charged as the bytes read
    visitor.onIfd?.({ kind, at, count });
    for (let e = 0; e < count; e++) {
      const entryAt = at + 2 + e * 12;
      const tag = u16(bytes, entryAt, little);
      const type = u16(bytes, entryAt + 2, little);
      const valueCount = u32(bytes, entryAt + 4, little);
      const size = typeSize(type) * valueCount;
      const value = size <= 4 ? entryAt + 8 : tiff.start + u32(bytes, entryAt + 8, little);
      visitor.onEntry?.({ kind, at: entryAt, tag, type, count: valueCount, size, value });
      const pointer = u32(bytes, entryAt + 8, little);
      if (tag === TAG_EXIF_IFD) enqueue(pointer, 'exif');
      else if (tag === TAG_GPS_IFD) enqueue(pointer, 'gps');
      else if (tag === TAG_INTEROP_IFD) enqueue(pointer, 'interop');
      else if (tag === TAG_SUB_IFDS && (type === 4 || type === 13)) {
        // One offset inline, or a list of them; each costs an entry's worth of budget.
        if (valueCount <= 1) enqueue(pointer, 'sub');
        else {
          const list = tiff.start + pointer;
          const listed = Math.min(valueCount, Math.floor((tiff.end - list) / 4));
          if (pointer < 8 || !budget.spend(4 * listed)) continue;
          for (let k = 0; k < listed; k++) enqueue(u32(bytes, list + k * 4, little), 'sub');
        }
      }
    }
    // The next IFD in the chain (IFD1 holds the thumbnail), only for IFD0 and its successors.
    if (
      (kind === 'ifd0' || kind === 'ifd') &&
      count === declared &&
      fits(bytes, at + 2 + count * 12, 4, tiff.end)
    ) {
      enqueue(u32(bytes, at + 2 + count * 12, little), 'ifd');
    }
  }
  return true;
}

const KIND_KEYS: Record<IfdKind, number> = { ifd0: 0, ifd: 1, exif: 2, gps: 3, interop: 4, sub: 5 };
