// The JPEG marker walk: frame size, and the "complete file" check that catches half-copied photos.
import { describe, expect, it } from 'vitest';
import { isJpegComplete, readJpegHeader } from '../../../src/media/readJpegHeader';
import { concatBytes, exifSegment, insertAfterSoi, segment, skeletonJpeg } from './jpegBytes';

describe('readJpegHeader', () => {
  it('reads the stored size from SOF0 and finds the first scan', () => {
    const jpeg = skeletonJpeg(4032, 3024);
    const header = readJpegHeader(jpeg);
    expect(header.size).toEqual({ width: 4032, height: 3024 });
    expect(header.scanStart).toBeDefined();
    expect(jpeg[header.scanStart ?? 0]).toBe(0x12); // the first compressed byte
  });

  it('reads the size of a progressive (SOF2) frame and skips EXIF before it', () => {
    const sof2 = segment(0xc2, [8, 0x04, 0xb3, 0x06, 0x40, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
    const jpeg = concatBytes(
      [0xff, 0xd8],
      exifSegment({ orientation: 6 }),
      sof2,
      segment(0xda, [1, 1, 0, 0, 63, 0]),
    );
    expect(readJpegHeader(jpeg).size).toEqual({ width: 1600, height: 1203 });
  });

  it('does not mistake DHT (C4) for a frame', () => {
    const jpeg = concatBytes([0xff, 0xd8], segment(0xc4, [0, 1, 2, 3, 4, 5, 6, 7]));
    expect(readJpegHeader(jpeg).size).toBeUndefined();
  });

  it('gives nothing for a file that is not a JPEG', () => {
    expect(readJpegHeader(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toEqual({
      size: undefined,
      scanStart: undefined,
    });
  });
});

describe('isJpegComplete', () => {
  it('accepts a JPEG whose EOI follows its scan', () => {
    expect(isJpegComplete(skeletonJpeg(10, 10))).toBe(true);
  });

  it('accepts trailing bytes after EOI (camera trailers)', () => {
    expect(isJpegComplete(concatBytes(skeletonJpeg(10, 10), [0, 0, 0, 1, 2, 3]))).toBe(true);
  });

  it('refuses a JPEG cut anywhere before its EOI', () => {
    const jpeg = skeletonJpeg(10, 10);
    for (let length = 3; length < jpeg.length; length++) {
      expect(isJpegComplete(jpeg.subarray(0, length)), `cut at ${length}`).toBe(false);
    }
  });

  it('is not fooled by the complete thumbnail JPEG inside an EXIF segment', () => {
    // A whole tiny JPEG (SOI ... SOS ... EOI) as EXIF payload, then the main image cut in its scan.
    const thumbnail = skeletonJpeg(2, 2);
    const app1 = segment(0xe1, concatBytes([0x45, 0x78, 0x69, 0x66, 0, 0], thumbnail));
    const main = insertAfterSoi(skeletonJpeg(10, 10), app1);
    expect(isJpegComplete(main)).toBe(true);
    expect(isJpegComplete(main.subarray(0, main.length - 4))).toBe(false);
  });

  it('walks the segments between the scans of a progressive JPEG', () => {
    // A DHT between scans whose table bytes happen to contain FF D9 must be skipped, not read as EOI.
    const firstScan = concatBytes(segment(0xda, [1, 1, 0, 0, 0, 0]), [0x11, 0x22]);
    const dht = segment(0xc4, [0x10, 0xff, 0xd9, 0, 0]);
    const secondScan = concatBytes(segment(0xda, [1, 1, 0, 1, 63, 0]), [0x33, 0xff, 0x00, 0x44]);
    const start = concatBytes([0xff, 0xd8], segment(0xc2, [8, 0, 10, 0, 10, 1, 1, 0x11, 0]));
    expect(isJpegComplete(concatBytes(start, firstScan, dht, secondScan, [0xff, 0xd9]))).toBe(true);
    expect(isJpegComplete(concatBytes(start, firstScan, dht, secondScan))).toBe(false);
  });

  it('refuses a JPEG with no scan at all', () => {
    expect(isJpegComplete(concatBytes([0xff, 0xd8], segment(0xe0, [1, 2, 3]), [0xff, 0xd9]))).toBe(false);
  });
});
