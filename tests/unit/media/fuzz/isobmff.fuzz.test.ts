// Fuzz: ISO-BMFF boxes and the meta item tables on AVIF/HEIF files with lying sizes and counts (point 1).
import { describe, expect, it } from 'vitest';
import { boxes, readItemInfos, readItemLocations } from '../../../../src/media/bytes/isobmff';
import { sniffImageType } from '../../../../src/media/sniffImageType';
import { isoFile } from './containerArbitraries';
import { fuzz, withinBudget } from './fuzzBudget';
import { checkStrip } from './strippedTwice';

function walkAll(file: Uint8Array, start: number, end: number, depth: number): number {
  let seen = 0;
  let last = -1;
  for (const box of boxes(file, start, end)) {
    expect(box.at).toBeGreaterThan(last);
    expect(box.end).toBeLessThanOrEqual(end);
    last = box.at;
    seen++;
    if (box.type === 'iinf') seen += readItemInfos(file, box).length;
    if (box.type === 'iloc') seen += readItemLocations(file, box)?.length ?? 0;
    if (depth < 4) seen += walkAll(file, box.start + (box.type === 'meta' ? 4 : 0), box.end, depth + 1);
  }
  return seen;
}

describe('fuzz: ISO-BMFF', () => {
  it('walks boxes and item tables forward and in time, and strips in time', () => {
    fuzz(isoFile, (file) => {
      const seen = withinBudget('boxes, iinf, iloc', () => walkAll(file, 0, file.length, 0));
      // Nothing is made from a declared count: what is read is bounded by the bytes there.
      expect(seen).toBeLessThanOrEqual(file.length);
      withinBudget('sniffImageType', () => sniffImageType(file));
      checkStrip(file);
    });
  }, 120_000);
});
