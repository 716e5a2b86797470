// Fuzz: the GIF block walker on GIFs with lying sub-block sizes, colour tables and unknown blocks.
import { describe, expect, it } from 'vitest';
import { walkGif } from '../../../../src/media/bytes/gif';
import { readImageSize } from '../../../../src/media/readImageSize';
import { gifFile } from './containerArbitraries';
import { fuzz, withinBudget } from './fuzzBudget';
import { checkStrip } from './strippedTwice';

describe('fuzz: GIF', () => {
  it('walks blocks forward and in time, and strips in time', () => {
    fuzz(gifFile, (file) => {
      const walk = withinBudget('walkGif', () => walkGif(file));
      for (const block of walk.blocks) expect(block.end).toBeLessThanOrEqual(file.length);
      withinBudget('readImageSize', () => readImageSize(file, 'image/gif'));
      checkStrip(file);
    });
  }, 120_000);
});
