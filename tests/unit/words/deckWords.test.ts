// The words for what is wrong with a deck: a whole sentence for every kind of deck error, the same said of a
// bundle's deck.json, the limits in words, and the notices for a refused edit and a saved deck that will not open.
import { describe, expect, it } from 'vitest';
import type { DeckOverLimit } from '../../../src/model/deckLimits';
import {
  bundleDeckProblem,
  deckErrorMessage,
  overLimitWords,
  refusedEditWords,
  savedDeckProblemWords,
} from '../../../src/words/deckWords';
import { DECK_ERRORS } from './deckErrorSamples';
import { expectMentions, expectPlainWords, expectReadsAfterColon } from './sentences';

/** What each sample's words must mention: the numbers, paths and causes of its data. */
const MENTIONS: Record<keyof typeof DECK_ERRORS, readonly string[]> = {
  'not-json': ['not valid JSON'],
  'not-a-document': ['not a document'],
  'no-schema-version': ['no schema version'],
  'bad-schema-version': ['schema version must be a whole number'],
  'too-new': ['schema 9', 'schema 5'],
  'too-large': ['12,345 photos', 'at most 5,000'],
  invalid: ['the width must be positive', '(at slides.3.items.0.width)'],
  unreadable: ['(the getter threw)'],
};

/** Every part of a deck that has a limit, past it. */
const OVER: Record<DeckOverLimit['part'], DeckOverLimit> = {
  slides: { part: 'slides', count: 1001, limit: 1000 },
  items: { part: 'items', count: 501, limit: 500 },
  photos: { part: 'photos', count: 5001, limit: 5000 },
};

describe('deckErrorMessage', () => {
  it.each(Object.entries(DECK_ERRORS))('says %s as one whole sentence', (kind, error) => {
    expect(error.kind).toBe(kind);
    const words = deckErrorMessage(error);
    expectPlainWords(words);
    expect(words).toMatch(/^[A-Z].*[^.]\.$/);
    expectMentions(words, MENTIONS[error.kind]);
  });

  it('says each kind its own way', () => {
    const all = Object.values(DECK_ERRORS).map(deckErrorMessage);
    expect(new Set(all).size).toBe(all.length);
  });

  it('says the sentences people see', () => {
    expect(deckErrorMessage({ kind: 'not-json' })).toBe(
      'This is not a Common Thread deck: it is not valid JSON.',
    );
    expect(deckErrorMessage({ kind: 'too-large', part: 'slides', count: 1001, limit: 1000 })).toBe(
      'This deck is too large to open: it has 1,001 slides (at most 1,000).',
    );
    expect(deckErrorMessage(DECK_ERRORS.invalid)).toBe(
      'This deck is damaged: the width must be positive (at slides.3.items.0.width).',
    );
    expect(
      deckErrorMessage({ kind: 'invalid', issues: [{ path: '', problem: 'it is not an object' }] }),
    ).toBe('This deck is damaged: it is not an object.');
    expect(deckErrorMessage({ kind: 'invalid', issues: [] })).toBe(
      'This deck is damaged: it does not match the schema.',
    );
  });
});

describe('bundleDeckProblem', () => {
  it.each(Object.entries(DECK_ERRORS))('says %s in lower case, after a colon', (kind, error) => {
    expect(error.kind).toBe(kind);
    const words = bundleDeckProblem(error);
    expectPlainWords(words);
    expect(words).toMatch(/^[a-z]/);
    expectMentions(words, MENTIONS[error.kind]);
  });

  it('tells the person to update for a deck from a newer version', () => {
    expect(bundleDeckProblem(DECK_ERRORS['too-new'])).toBe(
      'it was made by a newer version of Common Thread (deck schema 9; this version opens up to schema 5), so update Common Thread to open it',
    );
  });

  it('otherwise says what deckErrorMessage says, as words after a colon', () => {
    expect(bundleDeckProblem({ kind: 'not-a-document' })).toBe(
      'this is not a Common Thread deck: it is not a document',
    );
  });
});

describe('overLimitWords', () => {
  it.each(Object.entries(OVER))('says the %s past the limit with both numbers', (part, over) => {
    expect(over.part).toBe(part);
    const words = overLimitWords(over);
    expectReadsAfterColon(words);
    expectMentions(words, [
      over.count.toLocaleString('en-GB'),
      `at most ${over.limit.toLocaleString('en-GB')}`,
    ]);
  });

  it('says the sentences people see', () => {
    expect(overLimitWords(OVER.slides)).toBe('it has 1,001 slides (at most 1,000)');
    expect(overLimitWords(OVER.items)).toBe('a slide holds 501 photos and texts (at most 500)');
    expect(overLimitWords(OVER.photos)).toBe('it has 5,001 photos (at most 5,000)');
  });
});

describe('refusedEditWords', () => {
  it('says the edit was not done, and which limit it would pass', () => {
    expect(refusedEditWords(OVER.slides)).toBe(
      'Not done: the deck would be too large, as it has 1,001 slides (at most 1,000).',
    );
    for (const over of Object.values(OVER)) {
      expect(refusedEditWords(over)).toMatch(/^Not done: the deck would be too large, as .*[^.]\.$/);
    }
  });
});

describe('savedDeckProblemWords', () => {
  it('says why the saved deck did not open, and that a new one was started and the old one kept', () => {
    expect(savedDeckProblemWords({ kind: 'not-json' })).toBe(
      'The saved deck could not be opened: this is not a Common Thread deck: it is not valid JSON. ' +
        'A new deck was started; the old one is kept.',
    );
    for (const error of Object.values(DECK_ERRORS)) {
      const words = savedDeckProblemWords(error);
      expectPlainWords(words);
      expect(words).toMatch(
        /^The saved deck could not be opened: .+\. A new deck was started; the old one is kept\.$/,
      );
      // The deck's own sentence loses its full stop: never two in a row.
      expect(words).not.toMatch(/\.\./);
      expectMentions(words, MENTIONS[error.kind]);
    }
  });
});
