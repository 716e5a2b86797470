// How the bundle tests check a refusal: the problem as data, and the sentence the person reads for it.
import { expect } from 'vitest';
import type { BundleProblem } from '../../../src/bundle/bundleProblem';
import type { OpenBundleResult } from '../../../src/bundle/openBundle';
import { bundleProblemWords } from '../../../src/words/bundleWords';

/** The words for a refused bundle; fails the test when it opened. */
export function refusalWords(result: OpenBundleResult): string {
  if (result.ok) throw new Error('the bundle opened, but a refusal was expected');
  return bundleProblemWords(result.error);
}

/** Expects deck.json refused by the schema, with a refused field under `path`. */
export function expectInvalidDeckAt(result: OpenBundleResult, path: RegExp): void {
  expect(result).toMatchObject({
    ok: false,
    error: {
      kind: 'deck',
      error: {
        kind: 'invalid',
        issues: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(path) })]),
      },
    },
  });
}

/** Expects exactly this problem, said in exactly these words (or words matching the pattern). */
export function expectRefused(result: OpenBundleResult, error: BundleProblem, words: string | RegExp): void {
  expect(result).toEqual({ ok: false, error });
  if (typeof words === 'string') expect(refusalWords(result)).toBe(words);
  else expect(refusalWords(result)).toMatch(words);
}
