// Fuzz: the PNG chunk walker on PNGs with lying chunk lengths, bad types and data after IEND.
import { describe, expect, it } from 'vitest';
import { walkPng } from '../../../../src/media/bytes/png';
import { readImageSize } from '../../../../src/media/readImageSize';
import { pngFile } from './containerArbitraries';
import { fuzz, withinBudget } from './fuzzBudget';
import { checkStrip } from './strippedTwice';

describe('fuzz: PNG', () => {
  it('walks chunks forward and in time, and strips in time', () => {
    fuzz(pngFile, (file) => {
      const walk = withinBudget('walkPng', () => walkPng(file));
      for (const chunk of walk.chunks) expect(chunk.end).toBeLessThanOrEqual(file.length);
      withinBudget('readImageSize', () => readImageSize(file, 'image/png'));
      checkStrip(file);
    });
  }, 120_000);
});
