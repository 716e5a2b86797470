// Reads an image's pixel size from its header, so an oversized photo is refused before it is decoded.
import type { MimeType } from '../model/deck';
import { fits, matchAscii, u16le, u24le, u32be, u32le } from './bytes/read';
import { readJpegHeader } from './readJpegHeader';

export type ImageSize = { width: number; height: number };

/**
 * The stored size (before EXIF orientation) for JPEG, PNG, GIF and WebP; undefined for other formats or a
 * header we cannot read, in which case the size is checked after decoding instead. Reads a few fixed
 * offsets (JPEG: the shared segment walker up to the first scan), each checked against the end.
 */
export function readImageSize(bytes: Uint8Array, mimeType: MimeType): ImageSize | undefined {
  switch (mimeType) {
    case 'image/jpeg':
      return readJpegHeader(bytes).size;
    case 'image/png':
      // IHDR is the first chunk: width and height after its length and type.
      return matchAscii(bytes, 12, 'IHDR') && fits(bytes, 16, 8)
        ? positive(u32be(bytes, 16), u32be(bytes, 20))
        : undefined;
    case 'image/gif':
      return fits(bytes, 6, 4) ? positive(u16le(bytes, 6), u16le(bytes, 8)) : undefined;
    case 'image/webp':
      return readWebpSize(bytes);
    default:
      return undefined;
  }
}

/** The first chunk after the RIFF header (at 12) says the size; its data starts at 20. */
function readWebpSize(bytes: Uint8Array): ImageSize | undefined {
  const data = 20;
  if (matchAscii(bytes, 12, 'VP8X')) {
    // Extended format: 24-bit canvas width-1 and height-1 after 4 bytes of flags.
    if (!fits(bytes, data + 4, 6)) return undefined;
    return positive(u24le(bytes, data + 4) + 1, u24le(bytes, data + 7) + 1);
  }
  if (matchAscii(bytes, 12, 'VP8 ')) {
    // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
    if (bytes[data + 3] !== 0x9d || bytes[data + 4] !== 0x01 || bytes[data + 5] !== 0x2a) return undefined;
    if (!fits(bytes, data + 6, 4)) return undefined;
    return positive(u16le(bytes, data + 6) & 0x3fff, u16le(bytes, data + 8) & 0x3fff);
  }
  if (matchAscii(bytes, 12, 'VP8L')) {
    // Lossless: the signature 2F, then width-1 and height-1 as two 14-bit fields.
    if (bytes[data] !== 0x2f || !fits(bytes, data + 1, 4)) return undefined;
    const bits = u32le(bytes, data + 1);
    return positive((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  return undefined;
}

function positive(width: number, height: number): ImageSize | undefined {
  return width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height)
    ? { width, height }
    : undefined;
}
