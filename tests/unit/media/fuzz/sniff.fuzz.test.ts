// Fuzz: sniffImageType looks at a bounded prefix whatever the file's size or its first box declares (point 3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffImageType } from '../../../../src/media/sniffImageType';
import { ascii, be32, join, randomBytes } from './byteArbitraries';
import { fuzz, withinBudget } from './fuzzBudget';

const prefix = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(0, 1, 8, 16, 0xffffffff),
      fc.constantFrom('avif', 'heic', 'mif1', 'xxxx'),
      fc.array(fc.constantFrom('avif', 'heic', 'mif1', 'isom'), { maxLength: 8 }),
    )
    .map(([size, major, brands]) =>
      join([be32(size), ascii('ftyp'), ascii(major), [0, 0, 0, 0], ...brands.map(ascii)]),
    ),
  fc.constantFrom('<svg', '<?xml', '\uFEFF  <svg', 'GIF89a', 'RIFF\0\0\0\0WEBP').map(ascii),
  randomBytes(64),
);

describe('fuzz: sniffImageType', () => {
  // One large buffer for every case: only its first bytes change, so a case costs what the prefix costs.
  const big = new Uint8Array(16 * 1024 * 1024);

  it('answers in time for a prefix in a 16 MB file, and the same as for the prefix alone', () => {
    fuzz(fc.tuple(prefix, fc.boolean()), ([head, filled]) => {
      big.fill(filled ? 0x61 : 0, 0, 8192);
      big.set(head);
      const whole = withinBudget('sniffImageType', () => sniffImageType(big));
      expect(whole).toEqual(sniffImageType(big.slice(0, 4096)));
    });
  }, 120_000);
});
