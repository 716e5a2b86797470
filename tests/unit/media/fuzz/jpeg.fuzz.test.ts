// Fuzz: the JPEG segment walker and its readers on JPEGs with lying lengths, stray bytes and many images.
import { describe, expect, it } from 'vitest';
import { walkJpeg } from '../../../../src/media/bytes/jpeg';
import { readImageSize } from '../../../../src/media/readImageSize';
import { isJpegComplete, readJpegHeader } from '../../../../src/media/readJpegHeader';
import { jpegFile } from './containerArbitraries';
import { fuzz, withinBudget } from './fuzzBudget';
import { checkStrip } from './strippedTwice';

describe('fuzz: JPEG', () => {
  it('walks every segment forward, ends in time, and the readers agree with the walk', () => {
    fuzz(jpegFile, (file) => {
      let last = -1;
      const walk = withinBudget('walkJpeg', () =>
        walkJpeg(
          file,
          0,
          (segment) => {
            expect(segment.at).toBeGreaterThan(last);
            last = segment.at;
          },
          { throughScans: true },
        ),
      );
      if (walk.end !== undefined) expect(walk.end).toBeLessThanOrEqual(file.length);
      const header = withinBudget('readJpegHeader', () => readJpegHeader(file));
      expect(header.scanStart).toBe(walk.scanStart);
      withinBudget('isJpegComplete', () => isJpegComplete(file));
      withinBudget('readImageSize', () => readImageSize(file, 'image/jpeg'));
      checkStrip(file);
    });
  }, 120_000);
});
