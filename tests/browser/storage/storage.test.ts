// IndexedDB storage in real Chromium: decks, settings, photo blobs, object URLs, and a full disk.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, type Deck } from '../../../src/model/deck';
import type { DeckId, PhotoId } from '../../../src/model/ids';
import { getCurrentDeckId, loadDeck, saveDeck, setCurrentDeckId } from '../../../src/storage/deckStorage';
import { loadPhotoBlob } from '../../../src/storage/photoStorage';
import { hasPhoto, savePhotoBlobs } from './storedPhotos';
import { createPhotoUrlCache } from '../../../src/storage/photoUrls';
import { StorageFullError, withQuotaCheck } from '../../../src/storage/storageFullError';
import { freshDatabase, reopened } from './freshDatabase';

const PHOTO_A = 'a'.repeat(64) as PhotoId;
const PHOTO_B = 'b'.repeat(64) as PhotoId;

function sampleDeck(id: string, title: string): Deck {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: id as DeckId,
    title,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    size: { width: 1920, height: 1080 },
    theme: { background: '#111', textColor: '#fff', accentColor: '#f80', fontFamily: 'system-ui' },
    photos: {
      [PHOTO_A]: {
        id: PHOTO_A,
        fileName: 'São Paulo.jpg',
        mimeType: 'image/jpeg',
        width: 640,
        height: 427,
        bytes: 9,
      },
    },
    slides: [
      {
        id: 'slide-1' as Deck['slides'][number]['id'],
        notes: '',
        layout: null,
        items: [],
        reveal: null,
        transition: 'none',
      },
    ],
  } as Deck;
}

function blobs(tag: string) {
  return {
    original: new Blob([`original ${tag}`], { type: 'image/jpeg' }),
    thumbnail: new Blob([`thumbnail ${tag}`], { type: 'image/webp' }),
    display: new Blob([`display ${tag}`], { type: 'image/webp' }),
  };
}

describe('decks', () => {
  it('saves a deck and loads it back as plain data, also after reopening', async () => {
    const db = await freshDatabase();
    const deck = sampleDeck('deck-1', 'Ten years of Ana and Rui');
    await saveDeck(db, deck);
    expect(await loadDeck(db, 'deck-1')).toEqual(deck);

    const again = await reopened(db);
    expect(await loadDeck(again, 'deck-1')).toEqual(deck);
  });

  it('overwrites a deck saved again under the same id, and keeps others apart', async () => {
    const db = await freshDatabase();
    await saveDeck(db, sampleDeck('deck-1', 'first'));
    await saveDeck(db, sampleDeck('deck-2', 'other'));
    await saveDeck(db, sampleDeck('deck-1', 'second'));
    expect(await loadDeck(db, 'deck-1')).toMatchObject({ title: 'second' });
    expect(await loadDeck(db, 'deck-2')).toMatchObject({ title: 'other' });
    expect(await loadDeck(db, 'missing')).toBeUndefined();
  });

  it('saves a deck with the photos it brings and as the current deck, all in one transaction', async () => {
    const db = await freshDatabase();
    await saveDeck(db, sampleDeck('deck-1', 'with its photo'), {
      photos: new Map([[PHOTO_A, blobs('A')]]),
      current: true,
    });
    expect(await loadDeck(db, 'deck-1')).toMatchObject({ title: 'with its photo' });
    expect(await getCurrentDeckId(db)).toBe('deck-1');
    expect(await (await loadPhotoBlob(db, PHOTO_A, 'display'))?.text()).toBe('display A');

    // One photo that cannot be written (a value IndexedDB cannot store) fails the whole save: the deck as
    // saved before, no other photo, and the current deck unchanged.
    const unstorable = { ...blobs('B'), thumbnail: (() => {}) as unknown as Blob };
    await expect(
      saveDeck(db, sampleDeck('deck-1', 'half-written?'), {
        photos: new Map([
          [PHOTO_B, blobs('B')],
          ['c'.repeat(64) as PhotoId, unstorable],
        ]),
      }),
    ).rejects.toThrow();
    await expect(
      saveDeck(db, sampleDeck('deck-2', 'never current'), {
        photos: new Map([['c'.repeat(64) as PhotoId, unstorable]]),
        current: true,
      }),
    ).rejects.toThrow();
    expect(await loadDeck(db, 'deck-1')).toMatchObject({ title: 'with its photo' });
    expect(await loadDeck(db, 'deck-2')).toBeUndefined();
    expect(await getCurrentDeckId(db)).toBe('deck-1');
    expect(await hasPhoto(db, PHOTO_B)).toBe(false);
  });

  it('releases the photos a deck dropped: deleted unless another deck names them, and handed back', async () => {
    const db = await freshDatabase();
    const both = sampleDeck('deck-1', 'both photos');
    both.photos[PHOTO_B] = { ...both.photos[PHOTO_A]!, id: PHOTO_B, fileName: 'b.jpg' };
    const photos = new Map([
      [PHOTO_A, blobs('A')],
      [PHOTO_B, blobs('B')],
    ]);
    await saveDeck(db, both, { photos });
    // Another deck also names A.
    await saveDeck(db, sampleDeck('deck-2', 'A too'));

    const neither: Deck = { ...both, title: 'no photos', photos: {} };
    const released = await saveDeck(db, neither, {
      release: { photoIds: [PHOTO_A, PHOTO_B], ifStoredAt: both.updatedAt },
    });
    expect(released.get(PHOTO_A)?.deleted).toBe(false);
    expect(released.get(PHOTO_B)?.deleted).toBe(true);
    expect(await hasPhoto(db, PHOTO_A)).toBe(true);
    expect(await hasPhoto(db, PHOTO_B)).toBe(false);
    expect(await loadPhotoBlob(db, PHOTO_B, 'display')).toBeUndefined();
    // Deleted from storage, the photo is still whole in hand: an Undo stores it again.
    const b = released.get(PHOTO_B)?.blobs;
    expect(await b?.display.text()).toBe('display B');
    await saveDeck(db, both, { photos: new Map([[PHOTO_B, b!]]) });
    expect(await (await loadPhotoBlob(db, PHOTO_B, 'original'))?.text()).toBe('original B');

    // Only what it is asked to release: a save deletes nothing else.
    await saveDeck(db, neither);
    expect(await hasPhoto(db, PHOTO_B)).toBe(true);
  });

  it('releases nothing once another save replaced the deck the caller last saved', async () => {
    const db = await freshDatabase();
    const mine = sampleDeck('deck-1', 'as this tab saved it');
    await saveDeck(db, mine, { photos: new Map([[PHOTO_A, blobs('A')]]) });
    // Another tab, which took the deck over, saves it (still naming A).
    await saveDeck(db, {
      ...mine,
      title: 'as the other tab saved it',
      updatedAt: '2026-01-02T10:00:00.000Z',
    });
    // This tab's late save, without A: A must stay, the other tab's deck names it.
    const released = await saveDeck(
      db,
      { ...mine, photos: {} },
      { release: { photoIds: [PHOTO_A], ifStoredAt: mine.updatedAt } },
    );
    expect(released.size).toBe(0);
    expect(await hasPhoto(db, PHOTO_A)).toBe(true);
  });

  it('remembers the current deck id', async () => {
    const db = await freshDatabase();
    expect(await getCurrentDeckId(db)).toBeUndefined();
    await setCurrentDeckId(db, 'deck-7' as DeckId);
    expect(await getCurrentDeckId(db)).toBe('deck-7');
  });
});

describe('photo blobs', () => {
  it('saves the three variants and loads each back', async () => {
    const db = await freshDatabase();
    expect(await hasPhoto(db, PHOTO_A)).toBe(false);
    await savePhotoBlobs(db, PHOTO_A, blobs('A'));
    expect(await hasPhoto(db, PHOTO_A)).toBe(true);
    expect(await hasPhoto(db, PHOTO_B)).toBe(false);

    for (const variant of ['original', 'thumbnail', 'display'] as const) {
      const blob = await loadPhotoBlob(db, PHOTO_A, variant);
      expect(blob).toBeInstanceOf(Blob);
      expect(await blob?.text()).toBe(`${variant} A`);
    }
    expect((await loadPhotoBlob(db, PHOTO_A, 'original'))?.type).toBe('image/jpeg');
    expect(await loadPhotoBlob(db, PHOTO_B, 'thumbnail')).toBeUndefined();
  });
});

describe('createPhotoUrlCache', () => {
  it('makes one URL per photo and variant, and revokes them all on dispose', async () => {
    const db = await freshDatabase();
    await savePhotoBlobs(db, PHOTO_A, blobs('A'));
    await savePhotoBlobs(db, PHOTO_B, blobs('B'));
    const cache = createPhotoUrlCache(db);

    expect(cache.peek(PHOTO_A, 'thumbnail')).toBeUndefined();
    // Two callers at once share one load and one URL.
    const [first, second] = await Promise.all([
      cache.get(PHOTO_A, 'thumbnail'),
      cache.get(PHOTO_A, 'thumbnail'),
    ]);
    expect(first).toMatch(/^blob:/);
    expect(second).toBe(first);
    expect(await cache.get(PHOTO_A, 'thumbnail')).toBe(first);
    expect(cache.peek(PHOTO_A, 'thumbnail')).toBe(first);

    const display = await cache.get(PHOTO_A, 'display');
    const otherPhoto = await cache.get(PHOTO_B, 'thumbnail');
    expect(new Set([first, display, otherPhoto]).size).toBe(3);
    expect(await (await fetch(first ?? '')).text()).toBe('thumbnail A');
    expect(await (await fetch(otherPhoto ?? '')).text()).toBe('thumbnail B');

    expect(await cache.get('c'.repeat(64) as PhotoId, 'original')).toBeUndefined();

    cache.dispose();
    for (const url of [first, display, otherPhoto]) {
      await expect(fetch(url ?? '')).rejects.toThrow();
    }
    expect(cache.peek(PHOTO_A, 'thumbnail')).toBeUndefined();
    expect(await cache.get(PHOTO_A, 'thumbnail')).toBeUndefined();
  });
});

describe('a full disk', () => {
  // Chromium's CDP quota override (Storage.overrideQuotaForOrigin) does not reach the off-the-record
  // context Playwright runs tests in, so the browser's own QuotaExceededError is raised by hand here.
  it('turns QuotaExceededError into StorageFullError and lets other errors through', async () => {
    const full = withQuotaCheck(() =>
      Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
    );
    await expect(full).rejects.toBeInstanceOf(StorageFullError);
    await expect(full).rejects.toMatchObject({ name: 'StorageFullError', message: /storage is full/ });
    const other = new DOMException('Read only', 'ReadOnlyError');
    await expect(withQuotaCheck(() => Promise.reject(other))).rejects.toBe(other);
    expect(await withQuotaCheck(() => Promise.resolve(7))).toBe(7);
  });
});
