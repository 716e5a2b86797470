// The capture date from EXIF: read with exifr from hand-made EXIF bytes, and the date conversion rules.
import { describe, expect, it } from 'vitest';
import { exifDateToIso, readTakenAt } from '../../../src/media/readTakenAt';
import { exifSegment, insertAfterSoi, skeletonJpeg } from './jpegBytes';

const NOW = new Date('2026-01-01T00:00:00Z');

describe('readTakenAt', () => {
  it('reads DateTimeOriginal as local ISO time', async () => {
    const jpeg = insertAfterSoi(
      skeletonJpeg(10, 10),
      exifSegment({ dateTimeOriginal: '2019:07:14 15:30:05' }),
    );
    expect(await readTakenAt(jpeg, NOW)).toBe('2019-07-14T15:30:05');
  });

  it('adds the offset when the camera recorded one', async () => {
    const exif = exifSegment({
      orientation: 6,
      dateTimeOriginal: '2021:12:31 23:59:59',
      offsetTimeOriginal: '+09:00',
    });
    expect(await readTakenAt(insertAfterSoi(skeletonJpeg(10, 10), exif), NOW)).toBe(
      '2021-12-31T23:59:59+09:00',
    );
  });

  it('gives undefined without EXIF, with EXIF but no date, and for bytes exifr cannot parse', async () => {
    expect(await readTakenAt(skeletonJpeg(10, 10), NOW)).toBeUndefined();
    expect(
      await readTakenAt(insertAfterSoi(skeletonJpeg(10, 10), exifSegment({ orientation: 1 })), NOW),
    ).toBe(undefined);
    expect(await readTakenAt(new Uint8Array([1, 2, 3, 4, 5]), NOW)).toBeUndefined();
    expect(await readTakenAt(new TextEncoder().encode('just text'), NOW)).toBeUndefined();
  });
});

describe('exifDateToIso', () => {
  it('converts the EXIF form, keeping a valid offset only', () => {
    expect(exifDateToIso('2019:07:14 15:30:05', undefined, NOW)).toBe('2019-07-14T15:30:05');
    expect(exifDateToIso('2019:07:14 15:30:05', '-03:30', NOW)).toBe('2019-07-14T15:30:05-03:30');
    expect(exifDateToIso('2019:07:14 15:30:05', 'garbage', NOW)).toBe('2019-07-14T15:30:05');
  });

  it('drops blank, impossible, too old and future dates', () => {
    expect(exifDateToIso('    :  :     :  :  ', undefined, NOW)).toBeUndefined();
    expect(exifDateToIso('0000:00:00 00:00:00', undefined, NOW)).toBeUndefined();
    expect(exifDateToIso('2019:02:30 10:00:00', undefined, NOW)).toBeUndefined();
    expect(exifDateToIso('2019:07:14 25:00:00', undefined, NOW)).toBeUndefined();
    expect(exifDateToIso('1850:01:01 10:00:00', undefined, NOW)).toBeUndefined();
    expect(exifDateToIso('2030:01:01 10:00:00', undefined, NOW)).toBeUndefined();
    expect(exifDateToIso(20190714, undefined, NOW)).toBeUndefined();
  });
});
