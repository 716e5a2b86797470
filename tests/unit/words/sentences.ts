// Checks the words tests share: what a sentence must be to read after "… could not be added: " and the like.
import { expect } from 'vitest';

/** One sample of each kind of a union, with what its words must mention (names and numbers of the data). */
export type Sample<P> = { readonly problem: P; readonly mentions: readonly string[] };

/** No placeholder, no stray value where a name or a number was meant to be. */
export function expectPlainWords(words: string): void {
  expect(words.trim()).not.toBe('');
  expect(words).toBe(words.trim());
  expect(words).not.toMatch(/undefined|null|NaN|\[object|\$\{/);
}

/**
 * Words that follow a colon in a longer notice: they start in lower case (or with a quoted name, or an
 * acronym such as "SVG"), and leave the full stop to the notice.
 */
export function expectReadsAfterColon(words: string): void {
  expectPlainWords(words);
  expect(words).toMatch(/^(?:[a-z"“]|[A-Z]{2,}\b)/);
  expect(words).not.toMatch(/[.!?]$/);
}

export function expectMentions(words: string, mentions: readonly string[]): void {
  for (const mention of mentions) expect(words).toContain(mention);
}
