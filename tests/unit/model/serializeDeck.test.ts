// deck.json is written one way only: keys in schema order, whatever order the deck object holds them in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deckSchema } from '../../../src/model/deck';
import { parseDeck } from '../../../src/model/parseDeck';
import { canonicalDeck, serializeDeck } from '../../../src/model/serializeDeck';
import { deckArbitrary } from '../arbitraries';

/** The same value with each object's keys shuffled by `order` (a permutation seed per object). */
function shuffledKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((entry, i) => shuffledKeys(entry, seed + i + 1));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const shuffled = entries
    .map((entry, i) => ({ entry, key: (Math.imul(seed + 7, i + 13) >>> 0) % 9973 }))
    .sort((a, b) => a.key - b.key)
    .map(({ entry: [key, inner] }, i) => [key, shuffledKeys(inner, seed * 31 + i)]);
  return Object.fromEntries(shuffled);
}

describe('serializeDeck', () => {
  it('writes the same text whatever order the deck holds its keys in', () => {
    fc.assert(
      fc.property(deckArbitrary, fc.integer({ min: 0, max: 1_000_000 }), (deck, seed) => {
        const text = serializeDeck(deck);
        expect(serializeDeck(shuffledKeys(deck, seed) as typeof deck)).toBe(text);
        // What it writes reads back as the same deck.
        const parsed = parseDeck(JSON.parse(text));
        expect(parsed.ok && parsed.deck).toEqual(deck);
      }),
      { numRuns: 200 },
    );
  });

  it('puts every key where the schema declares it', () => {
    fc.assert(
      fc.property(deckArbitrary, (deck) => {
        const canonical = canonicalDeck(deck);
        const declared = Object.keys(deckSchema.shape);
        expect(Object.keys(canonical)).toEqual(declared.filter((key) => key in canonical));
        for (const photo of Object.values(canonical.photos)) {
          const keys = Object.keys(photo);
          const order = ['id', 'fileName', 'mimeType', 'width', 'height', 'bytes', 'takenAt', 'alt', 'focus'];
          expect(keys).toEqual(order.filter((key) => keys.includes(key)));
        }
        for (const slide of canonical.slides) {
          for (const item of slide.items) {
            expect(Object.keys(item)[0]).toBe('kind');
            expect(Object.keys(item)[1]).toBe('id');
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('ends with one newline and indents by two spaces', () => {
    fc.assert(
      fc.property(deckArbitrary, (deck) => {
        const text = serializeDeck(deck);
        expect(text.endsWith('}\n')).toBe(true);
        expect(text.startsWith('{\n  "schemaVersion": ')).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
