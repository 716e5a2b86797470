// Fuzz: the TIFF IFD walker and the GPS blanking on TIFF structures with overlapping IFDs and lying counts.
import { describe, expect, it } from 'vitest';
import { budgetFor } from '../../../../src/media/bytes/budget';
import { openTiff, walkTiff } from '../../../../src/media/bytes/tiff';
import { join } from './byteArbitraries';
import { tiffBytes } from './byteArbitraries';
import { fuzz, withinBudget } from './fuzzBudget';
import { checkStrip } from './strippedTwice';

describe('fuzz: TIFF', () => {
  it('visits each IFD once, within its budget and in time, and strips EXIF in a JPEG and a PNG in time', () => {
    fuzz(tiffBytes, (tiff) => {
      const structure = openTiff(tiff, 0, tiff.length);
      if (structure) {
        const seen = new Set<string>();
        withinBudget('walkTiff', () =>
          walkTiff(
            structure,
            {
              onIfd: (ifd) => {
                const key = `${ifd.at}:${ifd.kind}`;
                expect(seen.has(key)).toBe(false);
                seen.add(key);
              },
            },
            budgetFor(tiff.length),
          ),
        );
      }
      const app1 = join([
        [0xff, 0xd8, 0xff, 0xe1],
        [((tiff.length + 8) >> 8) & 0xff, (tiff.length + 8) & 0xff],
        new TextEncoder().encode('Exif\0\0'),
        tiff,
        [0xff, 0xd9],
      ]);
      if (tiff.length + 8 <= 0xffff) checkStrip(app1);
      const length = [
        (tiff.length >>> 24) & 0xff,
        (tiff.length >>> 16) & 0xff,
        (tiff.length >>> 8) & 0xff,
        tiff.length & 0xff,
      ];
      checkStrip(
        join([
          [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
          length,
          new TextEncoder().encode('eXIf'),
          tiff,
          [0, 0, 0, 0],
        ]),
      );
    });
  }, 120_000);
});
