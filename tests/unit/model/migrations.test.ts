// Migrations: numbered and complete, and the frozen v1 fixture opens as the expected current deck.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../src/model/deck';
import { migrations } from '../../../src/model/migrations';
import { dropContentHash } from '../../../src/model/migrations/v2_dropContentHash';
import { addSlideStyleAndTextFont } from '../../../src/model/migrations/v3_slideStyleAndTextFont';
import { addRevealConfetti } from '../../../src/model/migrations/v4_revealConfetti';
import { addTextAppearsAndRevealPace } from '../../../src/model/migrations/v5_textAppearsAndRevealPace';
import { parseDeck } from '../../../src/model/parseDeck';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as unknown;

describe('migrations', () => {
  it('are numbered 2, 3, … up to the current schema, in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('turn the frozen v1 deck into the expected v2 deck, one step', () => {
    const v2 = { ...dropContentHash(fixture('deck-v1.json') as Record<string, unknown>), schemaVersion: 2 };
    expect(v2).toEqual(fixture('deck-v1.expected-v2.json'));
  });

  it('turn the frozen v2 deck into the expected v3 deck, one step', () => {
    const v3 = {
      ...addSlideStyleAndTextFont(fixture('deck-v2.json') as Record<string, unknown>),
      schemaVersion: 3,
    };
    expect(v3).toEqual(fixture('deck-v2.expected-v3.json'));
  });

  it('turn the frozen v3 deck into the expected v4 deck, one step', () => {
    const v4 = { ...addRevealConfetti(fixture('deck-v3.json') as Record<string, unknown>), schemaVersion: 4 };
    expect(v4).toEqual(fixture('deck-v3.expected-v4.json'));
  });

  it('turn the frozen v4 deck into the expected v5 deck, one step', () => {
    const v5 = {
      ...addTextAppearsAndRevealPace(fixture('deck-v4.json') as Record<string, unknown>),
      schemaVersion: 5,
    };
    expect(v5).toEqual(fixture('deck-v4.expected-v5.json'));
  });

  it('open the frozen v1, v2, v3 and v4 decks as the current deck', () => {
    for (const [name, from] of [
      ['deck-v1.json', 1],
      ['deck-v2.json', 2],
      ['deck-v3.json', 3],
      ['deck-v4.json', 4],
    ] as const) {
      expect(parseDeck(fixture(name))).toEqual({
        ok: true,
        deck: fixture('deck-v4.expected-v5.json'),
        migratedFrom: from,
      });
    }
  });

  it('open the v1 deck from its JSON text too', () => {
    const text = readFileSync(new URL('../fixtures/deck-v1.json', import.meta.url), 'utf8');
    const result = parseDeck(text);
    expect(result.ok && result.migratedFrom).toBe(1);
  });
});

describe('v5: text appears, reveal continues and pace', () => {
  it('shows existing texts from the start and gives reveals no continuation and 0.6 s, keeping values and input', () => {
    const doc = {
      slides: [
        {
          items: [{ kind: 'text' }, { kind: 'text', appears: 'answer' }, { kind: 'photo' }],
          reveal: { question: 'q', stepSeconds: 2 },
        },
        { items: 'odd', reveal: null },
        'odd',
      ],
    };
    const before = structuredClone(doc);
    expect(addTextAppearsAndRevealPace(doc)).toEqual({
      slides: [
        {
          items: [{ kind: 'text', appears: 'start' }, { kind: 'text', appears: 'answer' }, { kind: 'photo' }],
          reveal: { question: 'q', continues: false, stepSeconds: 2 },
        },
        { items: 'odd', reveal: null },
        'odd',
      ],
    });
    expect(doc).toEqual(before);
    expect(addTextAppearsAndRevealPace({ slides: 3 })).toEqual({ slides: 3 });
  });
});

describe('v4: reveal confetti', () => {
  it('turns confetti on for every existing reveal, keeping a value already there and the input untouched', () => {
    const doc = {
      slides: [{ reveal: { question: 'q' } }, { reveal: { confetti: false } }, { reveal: null }, 'odd'],
    };
    const before = structuredClone(doc);
    expect(addRevealConfetti(doc)).toEqual({
      slides: [
        { reveal: { confetti: true, question: 'q' } },
        { reveal: { confetti: false } },
        { reveal: null },
        'odd',
      ],
    });
    expect(doc).toEqual(before);
    expect(addRevealConfetti({ slides: 3 })).toEqual({ slides: 3 });
  });
});

describe('v3: slide style and text font', () => {
  it('gives layouts the plain style and text the sans font, not bold, keeping what is already there', () => {
    const doc = {
      slides: [
        {
          layout: { kind: 'grid', gutter: 10, borderWidth: 4 },
          items: [{ kind: 'text', bold: true }, { kind: 'photo' }],
        },
        { layout: null, items: [] },
        'odd',
      ],
    };
    const before = structuredClone(doc);
    expect(addSlideStyleAndTextFont(doc)).toEqual({
      slides: [
        {
          layout: { kind: 'grid', gutter: 10, cornerRadius: 0, borderWidth: 4, borderColor: '#ffffff' },
          items: [{ kind: 'text', font: 'sans', bold: true }, { kind: 'photo' }],
        },
        { layout: null, items: [] },
        'odd',
      ],
    });
    expect(doc).toEqual(before);
    expect(addSlideStyleAndTextFont({ slides: 'nope' })).toEqual({ slides: 'nope' });
  });
});

describe('v2: drop contentHash', () => {
  it('removes contentHash from every photo and leaves the input untouched', () => {
    const v1 = fixture('deck-v1.json') as Record<string, unknown>;
    const before = structuredClone(v1);
    const v2 = dropContentHash(v1);
    expect(v1).toEqual(before);
    const photos = Object.values(v2.photos as Record<string, Record<string, unknown>>);
    expect(photos).toHaveLength(2);
    for (const photo of photos) expect(photo).not.toHaveProperty('contentHash');
    expect(photos[0]).toMatchObject({ fileName: 'IMG_2015_award_night.jpg', width: 4032 });
  });

  it('passes odd shapes through for validation to reject', () => {
    expect(dropContentHash({ photos: 'nope' })).toEqual({ photos: 'nope' });
    expect(dropContentHash({ photos: { a: 3 } })).toEqual({ photos: { a: 3 } });
    expect(dropContentHash({})).toEqual({});
  });

  it('keeps a "__proto__" photo key a plain key', () => {
    const doc = JSON.parse('{"photos": {"__proto__": {"contentHash": "x", "polluted": true}}}') as Record<
      string,
      unknown
    >;
    const migrated = dropContentHash(doc);
    const photos = migrated.photos as Record<string, unknown>;
    expect(Object.keys(photos)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(photos)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
