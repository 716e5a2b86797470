// Sizes as the home screen shows them.
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/storage/storageSpace';

describe('formatBytes', () => {
  it('counts 10⁶ bytes to a MB, as the export dialog does, with one decimal below ten', () => {
    expect(formatBytes(800)).toBe('1 kB');
    expect(formatBytes(812_000)).toBe('812 kB');
    expect(formatBytes(2_340_000)).toBe('2.3 MB');
    expect(formatBytes(38_200_000)).toBe('38 MB');
    expect(formatBytes(2_147_483_648)).toBe('2.1 GB');
  });
});
