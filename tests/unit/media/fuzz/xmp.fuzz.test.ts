// Fuzz: the XMP location scan on markup soup, long runs that made the old patterns backtrack (point 2),
// deep nesting and unterminated constructs.
import { describe, expect, it } from 'vitest';
import { blankXmpLocation } from '../../../../src/media/bytes/xmp';
import { xmpBytes } from './byteArbitraries';
import { fuzz, withinBudget } from './fuzzBudget';
import { dumpAndFail, sameBytes } from './strippedTwice';

describe('fuzz: XMP', () => {
  it('keeps the length, ends in time, and a second scan changes nothing', () => {
    fuzz(xmpBytes, (xmp) => {
      const once = xmp.slice();
      withinBudget('blankXmpLocation', () => blankXmpLocation(once, 0, once.length));
      expect(once.length).toBe(xmp.length);
      const twice = once.slice();
      withinBudget('blankXmpLocation again', () => blankXmpLocation(twice, 0, twice.length));
      if (!sameBytes(twice, once)) dumpAndFail('a second scan changed the packet', xmp);
      // Nothing outside the location values changes: a changed byte is always blanked to a space.
      for (let k = 0; k < xmp.length; k++) {
        if (once[k] !== xmp[k] && once[k] !== 0x20) dumpAndFail(`byte ${k} changed to ${once[k]}`, xmp);
      }
    });
  }, 120_000);
});
