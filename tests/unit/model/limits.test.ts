// One table of limits, read by the schema and the commands: each limit holds in both, so they cannot drift.
import { describe, expect, it } from 'vitest';
import { deckSchema, photoMetaSchema, textItemSchema } from '../../../src/model/deck';
import { LIMITS } from '../../../src/model/limits';
import { newDeck } from '../../../src/model/newDeck';
import { commands } from '../../../src/store/commands';
import { createDeckStore } from '../../../src/store/deckStore';

describe('LIMITS', () => {
  it('is what the schema accepts, and one past it is refused', () => {
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    const titled = (title: string) => deckSchema.safeParse({ ...deck, title }).success;
    expect(titled('a'.repeat(LIMITS.shortText))).toBe(true);
    expect(titled('a'.repeat(LIMITS.shortText + 1))).toBe(false);
    const photo = {
      id: 'a'.repeat(64),
      fileName: 'x.jpg',
      mimeType: 'image/jpeg',
      width: 1,
      height: 1,
      bytes: 1,
    };
    expect(photoMetaSchema.safeParse({ ...photo, alt: 'a'.repeat(LIMITS.altText) }).success).toBe(true);
    expect(photoMetaSchema.safeParse({ ...photo, alt: 'a'.repeat(LIMITS.altText + 1) }).success).toBe(false);
    const text = {
      kind: 'text',
      id: 't',
      text: 'a'.repeat(LIMITS.text),
      x: 0,
      y: 0,
      width: 10,
      fontSize: LIMITS.fontSize,
      color: '#fff',
      align: 'left',
      font: 'sans',
      bold: false,
      appears: 'start',
    };
    expect(textItemSchema.safeParse(text).success).toBe(true);
    expect(textItemSchema.safeParse({ ...text, fontSize: LIMITS.fontSize + 1 }).success).toBe(false);
  });

  it('is what the commands cut typed text to, so an edit never makes a deck the schema refuses', () => {
    const store = createDeckStore(newDeck(new Date('2026-01-01T00:00:00Z')));
    store.getState().dispatch(commands.setDeckTitle, { title: 'a'.repeat(LIMITS.shortText + 50) });
    expect(store.getState().deck.title).toHaveLength(LIMITS.shortText);
    expect(deckSchema.safeParse(store.getState().deck).success).toBe(true);
  });
});
