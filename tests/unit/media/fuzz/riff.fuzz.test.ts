// Fuzz: the RIFF chunk walker on WebPs with lying chunk and RIFF sizes.
import { describe, expect, it } from 'vitest';
import { walkRiff } from '../../../../src/media/bytes/riff';
import { readImageSize } from '../../../../src/media/readImageSize';
import { webpFile } from './containerArbitraries';
import { fuzz, withinBudget } from './fuzzBudget';
import { checkStrip } from './strippedTwice';

describe('fuzz: RIFF (WebP)', () => {
  it('walks chunks forward and in time, and strips in time', () => {
    fuzz(webpFile, (file) => {
      const walk = withinBudget('walkRiff', () => walkRiff(file));
      for (const chunk of walk.chunks) expect(chunk.dataEnd).toBeLessThanOrEqual(walk.end);
      withinBudget('readImageSize', () => readImageSize(file, 'image/webp'));
      checkStrip(file);
    });
  }, 120_000);
});
