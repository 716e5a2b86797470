import { describe, expect, it } from 'vitest';
import { deckToOpen } from '../../../src/editor/deckToOpen';
import type { DeckId } from '../../../src/model/ids';
import { newDeck } from '../../../src/model/newDeck';
import { commands } from '../../../src/store/commands';

const bundleDeck = newDeck(new Date('2026-01-01T00:00:00Z'), 'Ana and Rui');
const copyId = 'copy-of-the-deck' as DeckId;

describe('deckToOpen', () => {
  it('opens the bundle as it is when this browser does not hold that deck', () => {
    expect(deckToOpen(bundleDeck, undefined, () => copyId)).toEqual({ deck: bundleDeck, asCopy: false });
  });

  it('opens it as it is when the stored deck has the same content (timestamps aside)', () => {
    const stored = { ...bundleDeck, updatedAt: '2026-02-01T00:00:00.000Z' };
    expect(deckToOpen(bundleDeck, stored, () => copyId)).toEqual({ deck: bundleDeck, asCopy: false });
  });

  it('opens a copy, with a new id, when the stored deck was edited since the bundle was made', () => {
    const edited = commands.setDeckTitle.apply(bundleDeck, { title: 'Ana and Rui, edited' });
    const opened = deckToOpen(bundleDeck, edited, () => copyId);
    expect(opened.asCopy).toBe(true);
    expect(opened.deck).toEqual({ ...bundleDeck, id: copyId, title: 'Ana and Rui (copy)' });
  });

  it('opens a copy when what is stored under that id cannot be read', () => {
    expect(deckToOpen(bundleDeck, { nonsense: true }, () => copyId).deck.id).toBe(copyId);
  });
});
