// A JPEG's frame size and where its compressed data starts, from the shared marker walker (bytes/jpeg).
import { SOI, walkJpeg } from './bytes/jpeg';
import { u16be } from './bytes/read';

export type JpegHeader = {
  /** The stored size from the SOF segment, before any EXIF orientation is applied. */
  size: { width: number; height: number } | undefined;
  /** Offset of the first byte after the first SOS segment, or undefined when the file has no scan. */
  scanStart: number | undefined;
};

/** Walks the segments up to the first scan, skipping stray and fill bytes between them as decoders do. */
export function readJpegHeader(bytes: Uint8Array): JpegHeader {
  const header: JpegHeader = { size: undefined, scanStart: undefined };
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return header;
  const walk = walkJpeg(bytes, 0, ({ marker, payload }) => {
    if (header.size !== undefined || !isStartOfFrame(marker) || payload + 5 > bytes.length) return;
    const height = u16be(bytes, payload + 1);
    const width = u16be(bytes, payload + 3);
    // A height of 0 means it comes later in a DNL segment; treat the size as unknown.
    if (width > 0 && height > 0) header.size = { width, height };
  });
  header.scanStart = walk.scanStart;
  return header;
}

/**
 * Whether the JPEG ends: an EOI marker follows its first scan. Camera files hide a complete thumbnail JPEG
 * inside the EXIF segment, so a naive search for FF D9 would call a half-copied photo complete; the walk
 * skips segments by their lengths instead, and steps through the compressed data to its EOI.
 */
export function isJpegComplete(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return false;
  const walk = walkJpeg(bytes, 0, undefined, { throughScans: true });
  return walk.stop === 'eoi' && walk.scanStart !== undefined;
}

function isStartOfFrame(marker: number): boolean {
  // C4 (DHT), C8 (reserved) and CC (DAC) share the range but are not frames.
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}
