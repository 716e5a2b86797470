// Walks a JPEG's marker segments up to its first scan: the frame size and where the compressed data starts.

export type JpegHeader = {
  /** The stored size from the SOF segment, before any EXIF orientation is applied. */
  size: { width: number; height: number } | undefined;
  /** Offset of the first byte after the first SOS segment, or undefined when the file has no scan. */
  scanStart: number | undefined;
};

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

export function readJpegHeader(bytes: Uint8Array): JpegHeader {
  const header: JpegHeader = { size: undefined, scanStart: undefined };
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return header;
  let i = 2;
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) {
      // Stray bytes between segments: decoders skip them with a warning, so we do too.
      i++;
      continue;
    }
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === EOI) return header;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    if (i + 3 >= bytes.length) return header;
    const length = readUint16(bytes, i + 2);
    if (length < 2) return header;
    if (isStartOfFrame(marker) && i + 8 < bytes.length && header.size === undefined) {
      const height = readUint16(bytes, i + 5);
      const width = readUint16(bytes, i + 7);
      // A height of 0 means it comes later in a DNL segment; treat the size as unknown.
      if (width > 0 && height > 0) header.size = { width, height };
    }
    if (marker === SOS) {
      const scanStart = i + 2 + length;
      if (scanStart <= bytes.length) header.scanStart = scanStart;
      return header;
    }
    i += 2 + length;
  }
  return header;
}

/**
 * Whether the JPEG ends: an EOI marker follows its first scan. Camera files hide a complete thumbnail JPEG
 * inside the EXIF segment, so a naive search for FF D9 would call a half-copied photo complete; the walk
 * skips segments by their lengths instead.
 */
export function isJpegComplete(bytes: Uint8Array): boolean {
  let i = readJpegHeader(bytes).scanStart;
  if (i === undefined) return false;
  while (i < bytes.length) {
    // Inside compressed data every real FF is followed by 00 (stuffing) or a marker.
    const ff = bytes.indexOf(0xff, i);
    if (ff < 0 || ff + 1 >= bytes.length) return false;
    const marker = bytes[ff + 1] ?? 0;
    if (marker === EOI) return true;
    if (marker === 0x00 || marker === 0xff || (marker >= 0xd0 && marker <= 0xd7)) {
      i = ff + 1;
      continue;
    }
    // A segment between scans (DHT, SOS, DRI... in progressive files): step over it by its length.
    if (ff + 3 >= bytes.length) return false;
    const length = readUint16(bytes, ff + 2);
    if (length < 2) return false;
    i = ff + 2 + length;
  }
  return false;
}

function isStartOfFrame(marker: number): boolean {
  // C4 (DHT), C8 (reserved) and CC (DAC) share the range but are not frames.
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readUint16(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}
