// A deck has limits (slides, items a slide, photos, date lengths): a document past them is refused before it is
// validated, with words saying which limit; an edit that would pass them is refused by the store and said.
import { describe, expect, it } from 'vitest';
import { DECK_LIMITS, deckOverLimit } from '../../../src/model/deckLimits';
import type { SlideId } from '../../../src/model/ids';
import { newDeck, newSlide } from '../../../src/model/newDeck';
import { parseDeck } from '../../../src/model/parseDeck';
import { commands } from '../../../src/store/commands';
import { createDeckStore } from '../../../src/store/deckStore';
import { deckErrorMessage, overLimitWords, refusedEditWords } from '../../../src/words/deckWords';

const START = new Date('2025-01-01T00:00:00.000Z');

function deckWithSlides(count: number) {
  const deck = newDeck(START, 'Big');
  return { ...deck, slides: Array.from({ length: count }, (_, i) => newSlide(`s${i}` as SlideId)) };
}

describe('deck limits', () => {
  it('opens a deck at the limit and refuses one slide more, saying how many and the most', () => {
    expect(parseDeck(deckWithSlides(DECK_LIMITS.slides)).ok).toBe(true);
    const parsed = parseDeck(deckWithSlides(DECK_LIMITS.slides + 1));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.kind).toBe('too-large');
    expect(deckErrorMessage(parsed.error)).toBe(
      'This deck is too large to open: it has 1,001 slides (at most 1,000).',
    );
  });

  it('refuses a crafted document of 500,000 slides by counting, before any slide is validated', () => {
    // Slides that are not even slides: validating them would fail differently, so this proves the order.
    const doc = { ...newDeck(START), slides: Array.from({ length: 500_000 }, () => 0) };
    const parsed = parseDeck(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(deckErrorMessage(parsed.error)).toContain('500,000 slides');
  });

  it('refuses a slide of 501 items and a library past 5,000 photos', () => {
    const items = { ...newDeck(START), slides: [{ items: Array.from({ length: 501 }, () => ({})) }] };
    const overItems = deckOverLimit(items);
    expect(overItems).toEqual({ part: 'items', count: 501, limit: 500 });
    if (overItems) expect(overLimitWords(overItems)).toBe('a slide holds 501 photos and texts (at most 500)');
    const photos = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [String(i), {}]));
    const overPhotos = deckOverLimit({ ...newDeck(START), photos });
    expect(overPhotos).toEqual({ part: 'photos', count: 5001, limit: 5000 });
    if (overPhotos) expect(overLimitWords(overPhotos)).toBe('it has 5,001 photos (at most 5,000)');
    expect(deckOverLimit(newDeck(START))).toBeNull();
  });

  it('refuses dates longer than any date', () => {
    const parsed = parseDeck({ ...newDeck(START), createdAt: '2025'.repeat(1000) });
    expect(parsed.ok).toBe(false);
  });

  it('the store refuses the edit that would pass a limit, says why, and keeps the deck as it was', () => {
    const store = createDeckStore(deckWithSlides(DECK_LIMITS.slides));
    const before = store.getState().deck;
    expect(store.getState().dispatch(commands.addSlide, { photoIds: [] })).toBe(false);
    expect(store.getState().deck).toBe(before);
    expect(store.getState().canUndo).toBe(false);
    const refusal = store.getState().refusal;
    expect(refusal).toEqual({ over: { part: 'slides', count: 1001, limit: 1000 } });
    if (refusal) {
      expect(refusedEditWords(refusal.over)).toBe(
        'Not done: the deck would be too large, as it has 1,001 slides (at most 1,000).',
      );
    }
    // Removing a slide is still an edit the deck takes.
    expect(store.getState().dispatch(commands.deleteSlide, { slideId: 's0' as SlideId })).toBe(true);
    expect(store.getState().deck.slides).toHaveLength(DECK_LIMITS.slides - 1);
  });
});
