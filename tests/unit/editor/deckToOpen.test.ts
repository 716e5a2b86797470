import { describe, expect, it } from 'vitest';
import { deckToOpen, heldDeck } from '../../../src/session/deckToOpen';
import type { DeckId } from '../../../src/model/ids';
import { newDeck } from '../../../src/model/newDeck';
import { commands } from '../../../src/store/commands';

const bundleDeck = newDeck(new Date('2026-01-01T00:00:00Z'), 'Ana and Rui');
const copyId = 'copy-of-the-deck' as DeckId;

describe('heldDeck', () => {
  it('is "none" when this browser does not hold that deck', () => {
    expect(heldDeck(bundleDeck, undefined)).toBe('none');
  });

  it('is "same" when the stored deck has the same content (timestamps aside)', () => {
    const stored = {
      ...bundleDeck,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    expect(heldDeck(bundleDeck, stored)).toBe('same');
  });

  it('is "different" when the stored deck was edited since the bundle was made', () => {
    const edited = commands.setDeckTitle.apply(bundleDeck, { title: 'Ana and Rui, edited' });
    expect(heldDeck(bundleDeck, edited)).toBe('different');
  });

  it('is "different" when what is stored under that id cannot be read', () => {
    expect(heldDeck(bundleDeck, { nonsense: true })).toBe('different');
  });
});

describe('deckToOpen', () => {
  it('opens the bundle deck itself when it replaces the stored one', () => {
    expect(deckToOpen(bundleDeck, 'replace', () => copyId)).toBe(bundleDeck);
  });

  it('opens a copy with a new id and "(copy)" after the title', () => {
    expect(deckToOpen(bundleDeck, 'copy', () => copyId)).toEqual({
      ...bundleDeck,
      id: copyId,
      title: 'Ana and Rui (copy)',
    });
  });
});
