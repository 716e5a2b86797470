// Reads an image's pixel size from its header, so an oversized photo is refused before it is decoded.
import type { MimeType } from '../model/deck';
import { readJpegHeader } from './readJpegHeader';

export type ImageSize = { width: number; height: number };

/**
 * The stored size (before EXIF orientation) for JPEG, PNG, GIF and WebP; undefined for other formats or a
 * header we cannot read, in which case the size is checked after decoding instead.
 */
export function readImageSize(bytes: Uint8Array, mimeType: MimeType): ImageSize | undefined {
  switch (mimeType) {
    case 'image/jpeg':
      return readJpegHeader(bytes).size;
    case 'image/png':
      return ascii(bytes, 12, 4) === 'IHDR' ? positive(uint32be(bytes, 16), uint32be(bytes, 20)) : undefined;
    case 'image/gif':
      return positive(uint16le(bytes, 6), uint16le(bytes, 8));
    case 'image/webp':
      return readWebpSize(bytes);
    default:
      return undefined;
  }
}

function readWebpSize(bytes: Uint8Array): ImageSize | undefined {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8X') {
    // Extended format: 24-bit canvas width-1 and height-1 after 4 bytes of flags.
    return positive(uint24le(bytes, 24) + 1, uint24le(bytes, 27) + 1);
  }
  if (chunk === 'VP8 ') {
    // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return undefined;
    return positive(uint16le(bytes, 26) & 0x3fff, uint16le(bytes, 28) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    // Lossless: the signature 2F, then width-1 and height-1 as two 14-bit fields.
    if (bytes[20] !== 0x2f || bytes.length < 25) return undefined;
    const bits = uint32le(bytes, 21);
    return positive((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  return undefined;
}

function positive(width: number, height: number): ImageSize | undefined {
  return width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height)
    ? { width, height }
    : undefined;
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  if (bytes.length < offset + length) return '';
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

// Each reader returns NaN when the bytes run out, so `positive` turns a short header into undefined.
function byteAt(bytes: Uint8Array, offset: number): number {
  return offset < bytes.length ? (bytes[offset] ?? NaN) : NaN;
}
function uint16le(bytes: Uint8Array, o: number): number {
  return byteAt(bytes, o) + byteAt(bytes, o + 1) * 0x100;
}
function uint24le(bytes: Uint8Array, o: number): number {
  return uint16le(bytes, o) + byteAt(bytes, o + 2) * 0x10000;
}
function uint32le(bytes: Uint8Array, o: number): number {
  return uint24le(bytes, o) + byteAt(bytes, o + 3) * 0x1000000;
}
function uint32be(bytes: Uint8Array, o: number): number {
  return (
    byteAt(bytes, o) * 0x1000000 +
    byteAt(bytes, o + 1) * 0x10000 +
    byteAt(bytes, o + 2) * 0x100 +
    byteAt(bytes, o + 3)
  );
}
