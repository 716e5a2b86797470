// Walks a JPEG's marker segments the way decoders (libjpeg) do: stray bytes and fill bytes between segments
// are skipped, a stuffed FF 00 outside a scan is a stray pair, and compressed data is stepped over to EOI.
import { indexOfByte, u16be } from './read';

export const SOI = 0xd8;
export const EOI = 0xd9;
export const SOS = 0xda;

export type JpegSegment = {
  readonly marker: number;
  /** Offset of the FF right before the marker. */
  readonly at: number;
  /** First byte after the 2-byte length. */
  readonly payload: number;
  /** First byte after the segment as its length declares it (may lie past the end of a cut file). */
  readonly end: number;
};

export type JpegWalk = {
  /** First byte of the first scan's compressed data, when the file has a whole SOS segment. */
  readonly scanStart: number | undefined;
  /** First byte after EOI, when the walk reached it (only with `throughScans`). */
  readonly end: number | undefined;
  /** Why the walk stopped: EOI, the first SOS (header only), the bytes ran out, or a length under 2. */
  readonly stop: 'eoi' | 'sos' | 'cut' | 'bad-length';
};

export type WalkOptions = {
  /** Go on through the compressed data (and segments between scans) to EOI; otherwise stop at the first SOS. */
  readonly throughScans?: boolean;
};

/** Whether a JPEG starts at `at` (FF D8 FF). */
export function isJpegAt(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0xff && bytes[at + 1] === SOI && bytes[at + 2] === 0xff;
}

/**
 * Walks the JPEG whose SOI is at `start`, calling `onSegment` for every segment with a length (APPn, DQT,
 * SOF, SOS…). Linear in the bytes walked: every step moves forward.
 */
export function walkJpeg(
  bytes: Uint8Array,
  start: number,
  onSegment: (segment: JpegSegment) => void = () => undefined,
  options: WalkOptions = {},
): JpegWalk {
  const length = bytes.length;
  let scanStart: number | undefined;
  let i = start + 2;
  for (;;) {
    // Outside a scan every byte before a marker's FF is stray; inside one it is data: both are stepped over.
    const ff = indexOfByte(bytes, 0xff, i);
    if (ff < 0) return { scanStart, end: undefined, stop: 'cut' };
    let m = ff + 1;
    while (m < length && bytes[m] === 0xff) m++; // fill bytes
    if (m >= length) return { scanStart, end: undefined, stop: 'cut' };
    const marker = bytes[m] ?? 0;
    if (marker === EOI) return { scanStart, end: m + 1, stop: 'eoi' };
    if (marker === 0x00 || marker === 0x01 || marker === SOI || (marker >= 0xd0 && marker <= 0xd7)) {
      i = m + 1; // stuffed zero, TEM, a stray SOI, restart markers: no length follows
      continue;
    }
    if (m + 2 >= length) return { scanStart, end: undefined, stop: 'cut' };
    const declared = u16be(bytes, m + 1);
    if (declared < 2) return { scanStart, end: undefined, stop: 'bad-length' };
    const segment: JpegSegment = { marker, at: m - 1, payload: m + 3, end: m + 1 + declared };
    onSegment(segment);
    if (marker === SOS) {
      if (scanStart === undefined && segment.end <= length) scanStart = segment.end;
      if (!options.throughScans) return { scanStart, end: undefined, stop: 'sos' };
    }
    if (segment.end > length) return { scanStart, end: undefined, stop: 'cut' };
    i = segment.end;
  }
}
