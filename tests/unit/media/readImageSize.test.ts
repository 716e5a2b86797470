// Header sizes for JPEG, PNG, GIF and WebP, read without decoding.
import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../../src/media/readImageSize';
import { asciiBytes, concatBytes, skeletonJpeg } from './jpegBytes';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function riff(chunk: string, data: number[]): Uint8Array {
  return concatBytes(
    asciiBytes('RIFF'),
    [0, 0, 0, 0],
    asciiBytes('WEBP'),
    asciiBytes(chunk),
    [0, 0, 0, 0],
    data,
  );
}

describe('readImageSize', () => {
  it('reads JPEG from SOF', () => {
    expect(readImageSize(skeletonJpeg(6600, 3713), 'image/jpeg')).toEqual({ width: 6600, height: 3713 });
  });

  it('reads PNG from IHDR (32-bit big-endian)', () => {
    const png = concatBytes(
      PNG_SIGNATURE,
      [0, 0, 0, 13],
      asciiBytes('IHDR'),
      [0, 1, 0x86, 0xa0],
      [0, 0, 0x27, 0x10],
    );
    expect(readImageSize(png, 'image/png')).toEqual({ width: 100_000, height: 10_000 });
  });

  it('reads GIF from the logical screen (16-bit little-endian)', () => {
    const gif = concatBytes(asciiBytes('GIF89a'), [0x40, 0x01, 0xf0, 0x00]);
    expect(readImageSize(gif, 'image/gif')).toEqual({ width: 320, height: 240 });
  });

  it('reads lossy, lossless and extended WebP', () => {
    const lossy = riff('VP8 ', [0x10, 0x20, 0x30, 0x9d, 0x01, 0x2a, 0x40, 0x06, 0x84, 0x03]);
    expect(readImageSize(lossy, 'image/webp')).toEqual({ width: 1600, height: 900 });
    // Width-1 = 399 and height-1 = 299 packed as 14-bit fields after the 2F signature.
    const packed = 399 | (299 << 14);
    const lossless = riff('VP8L', [
      0x2f,
      packed & 0xff,
      (packed >> 8) & 0xff,
      (packed >> 16) & 0xff,
      packed >>> 24,
    ]);
    expect(readImageSize(lossless, 'image/webp')).toEqual({ width: 400, height: 300 });
    const extended = riff('VP8X', [0x10, 0, 0, 0, 0x92, 0x01, 0x00, 0x2d, 0x01, 0x00]);
    expect(readImageSize(extended, 'image/webp')).toEqual({ width: 403, height: 302 });
  });

  it('gives undefined for a header cut short or a format without a cheap header', () => {
    expect(
      readImageSize(concatBytes(PNG_SIGNATURE, [0, 0, 0, 13], asciiBytes('IHDR'), [0, 0]), 'image/png'),
    ).toBe(undefined);
    expect(readImageSize(concatBytes(asciiBytes('GIF89a'), [0x40]), 'image/gif')).toBeUndefined();
    expect(readImageSize(riff('VP8L', [0x2f, 1]), 'image/webp')).toBeUndefined();
    expect(readImageSize(new Uint8Array(64), 'image/avif')).toBeUndefined();
  });
});
