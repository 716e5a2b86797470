// parseDeck is the one door for outside documents: typed errors, never a throw, valid decks unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, deckSchema } from '../../../src/model/deck';
import type { Deck } from '../../../src/model/deck';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import { newDeck, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import { deckErrorMessage } from '../../../src/words/deckWords';
import { parseDeck } from '../../../src/model/parseDeck';
import type { ParseDeckResult } from '../../../src/model/parseDeck';
import { deckArbitrary } from '../arbitraries';

const photoId = 'd'.repeat(64) as PhotoId;

function sampleDeck(): Deck {
  const deck = newDeck(new Date('2025-01-01T00:00:00.000Z'), 'Sample');
  const item = () => newPhotoItem(photoId, { x: 24, y: 24, width: 800, height: 600 }, 'item1' as ItemId);
  return {
    ...deck,
    photos: {
      [photoId]: {
        id: photoId,
        fileName: 'a.jpg',
        mimeType: 'image/jpeg',
        width: 4000,
        height: 3000,
        bytes: 10,
      },
    },
    slides: [
      { ...newSlide(), items: [item()] },
      { ...newSlide(), items: [item()], reveal: newReveal(['item1' as ItemId]) },
    ],
  };
}

const NOT_A_DECK = ['not-json', 'not-a-document', 'no-schema-version'];

/** Fails unless the result is a well-formed answer: a valid deck, or an error as data that has words. */
function expectWellFormed(result: ParseDeckResult): void {
  if (result.ok) {
    expect(deckSchema.safeParse(result.deck).success).toBe(true);
  } else {
    expect([...NOT_A_DECK, 'bad-schema-version', 'too-new', 'too-large', 'invalid', 'unreadable']).toContain(
      result.error.kind,
    );
    if (result.error.kind === 'invalid') expect(result.error.issues.length).toBeGreaterThan(0);
    expect(deckErrorMessage(result.error)).toMatch(/^This .+\.$/);
  }
}

describe('parseDeck', () => {
  it('accepts a current deck as a value or as JSON text', () => {
    const deck = sampleDeck();
    expect(parseDeck(deck)).toEqual({ ok: true, deck, migratedFrom: null });
    expect(parseDeck(JSON.stringify(deck))).toEqual({ ok: true, deck, migratedFrom: null });
  });

  it('says what is not a deck', () => {
    for (const input of ['{not json', '42', 'null', '[]', 42, null, undefined, [], 'hello', { title: 'x' }]) {
      const result = parseDeck(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(NOT_A_DECK).toContain(result.error.kind);
    }
  });

  it('refuses a deck from a newer version with its own error', () => {
    const result = parseDeck({ ...sampleDeck(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'too-new', version: CURRENT_SCHEMA_VERSION + 1, newest: CURRENT_SCHEMA_VERSION },
    });
    expect(deckErrorMessage({ kind: 'too-new', version: 9, newest: 5 })).toBe(
      'This deck was made by a newer version of Common Thread (schema 9); this app reads up to schema 5.',
    );
    const huge = parseDeck('{"schemaVersion": 1e400}');
    expect(huge.ok).toBe(false);
    expect(!huge.ok && huge.error.kind).toBe('bad-schema-version');
    const big = parseDeck({ schemaVersion: 1e300 });
    expect(!big.ok && big.error.kind).toBe('too-new');
  });

  it('names the path of the first invalid field', () => {
    const deck = sampleDeck() as unknown as { slides: { items: Record<string, unknown>[] }[] };
    deck.slides[1]!.items[0]!.width = -5;
    const result = parseDeck(deck);
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'invalid') {
      expect(result.error.issues[0]?.path).toBe('slides.1.items.0.width');
      expect(deckErrorMessage(result.error)).toContain('(at slides.1.items.0.width)');
    } else {
      expect.unreachable('expected an invalid-deck error');
    }
  });

  it('rejects bad schema versions, dangling references and repeated ids', () => {
    const bad = (input: unknown) => {
      const result = parseDeck(input);
      return result.ok
        ? 'ok'
        : result.error.kind === 'invalid'
          ? result.error.issues[0]?.path
          : result.error.kind;
    };
    expect(bad({ ...sampleDeck(), schemaVersion: 0 })).toBe('bad-schema-version');
    expect(bad({ ...sampleDeck(), schemaVersion: 1.5 })).toBe('bad-schema-version');
    expect(bad({ ...sampleDeck(), schemaVersion: '2' })).toBe('bad-schema-version');
    expect(bad({ ...sampleDeck(), photos: {} })).toBe('slides.0.items.0.photoId');
    const deck = sampleDeck();
    expect(bad({ ...deck, slides: [deck.slides[0], deck.slides[0]] })).toBe('slides.1.id');
    const slide = deck.slides[1]!;
    const twice = { ...slide, reveal: { ...slide.reveal!, order: ['item1', 'item1'] } };
    expect(bad({ ...deck, slides: [twice] })).toBe('slides.0.reveal.order.1');
  });

  it('survives cyclic objects, throwing getters, proxies and __proto__ keys', () => {
    const cyclic = sampleDeck() as unknown as Record<string, unknown>;
    cyclic.self = cyclic;
    (cyclic.slides as unknown[]).push(cyclic);
    expectWellFormed(parseDeck(cyclic));

    const getter = sampleDeck();
    Object.defineProperty(getter, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectWellFormed(parseDeck(getter));

    const trap = new Proxy(
      {},
      {
        has: () => {
          throw new Error('trap');
        },
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expectWellFormed(parseDeck(trap));

    const polluting = `{"__proto__": {"polluted": true}, ${JSON.stringify(sampleDeck()).slice(1)}`;
    const result = parseDeck(polluting);
    expectWellFormed(result);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const inherited = Object.create(sampleDeck()) as unknown;
    expectWellFormed(parseDeck(inherited));

    let deep: unknown = sampleDeck();
    for (let i = 0; i < 100_000; i++) deep = { slides: [deep] };
    expectWellFormed(parseDeck({ ...sampleDeck(), notes: deep }));
  });

  it('round-trips every valid deck through JSON unchanged', () => {
    fc.assert(
      fc.property(deckArbitrary, (deck) => {
        const result = parseDeck(JSON.stringify(deck));
        expect(result).toEqual({ ok: true, deck, migratedFrom: null });
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary values or JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({
            withNullPrototype: true,
            withObjectString: true,
            withBigInt: true,
            withDate: true,
            withMap: true,
          }),
          fc.json(),
          fc.string(),
        ),
        (input) => {
          expectWellFormed(parseDeck(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on a valid deck with one thing broken', () => {
    const strange = fc.constantFrom<unknown>(
      Number.NaN,
      Infinity,
      -Infinity,
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      -1,
      0,
      '',
      'x'.repeat(5000),
      null,
      true,
      [],
      {},
      { __proto__: null },
    );
    const mutation = fc.oneof(
      fc.constant({ kind: 'delete' as const }),
      strange.map((value) => ({ kind: 'set' as const, value })),
    );
    fc.assert(
      fc.property(deckArbitrary, fc.nat(), mutation, (deck, pick, change) => {
        const doc = structuredClone(deck) as unknown;
        const places = containers(doc);
        const place = places[pick % places.length]!;
        const keys = Object.keys(place);
        if (keys.length === 0) return;
        const key = keys[pick % keys.length]!;
        if (change.kind === 'delete') delete (place as Record<string, unknown>)[key];
        else (place as Record<string, unknown>)[key] = change.value;
        expectWellFormed(parseDeck(doc));
      }),
      { numRuns: 400 },
    );
  });
});

/** Every object and array inside a JSON-like value, the value itself first. */
function containers(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(containers)];
}

describe('parseDeck errors as data', () => {
  it('keeps every refused field (up to twenty), not only the first', () => {
    const deck = sampleDeck() as unknown as {
      title: unknown;
      slides: { items: Record<string, unknown>[] }[];
    };
    deck.title = 42;
    deck.slides[1]!.items[0]!.width = -5;
    const result = parseDeck(deck);
    if (result.ok || result.error.kind !== 'invalid') return expect.unreachable('expected an invalid deck');
    expect(result.error.issues.map((issue) => issue.path)).toEqual(['title', 'slides.1.items.0.width']);
  });

  it('gives the limit passed as counts, and the words from them', () => {
    const slides = Array.from({ length: 1001 }, () => ({}));
    const result = parseDeck({ ...sampleDeck(), slides });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'too-large', part: 'slides', count: 1001, limit: 1000 },
    });
    if (!result.ok) {
      expect(deckErrorMessage(result.error)).toBe(
        'This deck is too large to open: it has 1,001 slides (at most 1,000).',
      );
    }
  });

  it('says a value that throws when read is damaged, with what it threw', () => {
    const hostile = new Proxy(
      {},
      {
        has: () => {
          throw new Error('no touching');
        },
      },
    );
    const result = parseDeck(hostile);
    expect(result).toEqual({ ok: false, error: { kind: 'unreadable', cause: 'no touching' } });
    if (!result.ok) expect(deckErrorMessage(result.error)).toContain('could not be read (no touching)');
  });
});
