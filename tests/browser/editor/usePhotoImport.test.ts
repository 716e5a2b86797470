// Adding photos to a deck through the real worker pool, IndexedDB and deck store: order, batching, duplicates, cancel.
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { addPhotoFiles, type ImportProgress } from '../../../src/editor/usePhotoImport';
import type { PhotoFile } from '../../../src/media/importPhoto';
import { createPhotoImportPool, type PhotoImportPool } from '../../../src/media/photoImportPool';
import type { PhotoId } from '../../../src/model/ids';
import { newDeck } from '../../../src/model/newDeck';
import { openDatabase, type Database } from '../../../src/storage/database';
import { hasPhoto } from '../../../src/storage/photoStorage';
import { createDeckStore, type DeckStore } from '../../../src/store/deckStore';

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setting() {
  const name = `common-thread-test-${crypto.randomUUID()}`;
  const db: Database = await openDatabase(name);
  const pool: PhotoImportPool = createPhotoImportPool(2);
  cleanups.push(async () => {
    pool.dispose();
    db.close();
    await deleteDB(name);
  });
  const deckStore: DeckStore = createDeckStore(newDeck(new Date('2030-01-01T00:00:00Z')));
  const notices: [string, string][] = [];
  const progress: ImportProgress[] = [];
  let adds = 0;
  deckStore.subscribe((state, previous) => {
    if (state.deck.photos !== previous.deck.photos) adds += 1;
  });
  return {
    db,
    deckStore,
    notices,
    progress,
    adds: () => adds,
    options: {
      db,
      deckStore,
      pool,
      notify: (kind: string, text: string) => notices.push([kind, text]),
      onProgress: (p: ImportProgress) => progress.push(p),
    },
  };
}

/** A JPEG drawn in the test, different for every seed; big files are slower, to vary finishing order. */
async function jpegFile(seed: number, name = `photo-${seed}.jpg`, size = 480): Promise<PhotoFile> {
  const canvas = new OffscreenCanvas(size + seed, size);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.fillStyle = `hsl(${(seed * 47) % 360} 70% 50%)`;
  context.fillRect(0, 0, canvas.width, canvas.height);
  return new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })], name);
}

const fileNames = (deckStore: DeckStore) =>
  Object.values(deckStore.getState().deck.photos).map((p) => p.fileName);

describe('addPhotoFiles', () => {
  it('adds the photos in the order chosen, a few per add, as one undo step, and stores their blobs', async () => {
    const { db, deckStore, progress, notices, adds, options } = await setting();
    // The first file is much larger, so it finishes after the ones behind it.
    const files = [
      await jpegFile(0, 'big.jpg', 2400),
      ...(await Promise.all([1, 2, 3, 4, 5].map((s) => jpegFile(s)))),
    ];

    await addPhotoFiles(files, options);

    expect(fileNames(deckStore)).toEqual([
      'big.jpg',
      'photo-1.jpg',
      'photo-2.jpg',
      'photo-3.jpg',
      'photo-4.jpg',
      'photo-5.jpg',
    ]);
    expect(notices).toEqual([]);
    expect(adds()).toBeLessThan(files.length);
    expect(progress.at(0)).toEqual({ done: 0, total: 6 });
    expect(progress.at(-1)).toEqual({ done: 6, total: 6 });
    for (const id of Object.keys(deckStore.getState().deck.photos) as PhotoId[]) {
      expect(await hasPhoto(db, id)).toBe(true);
    }
    deckStore.getState().undo();
    expect(fileNames(deckStore)).toEqual([]);
  });

  it('says once that a photo is already there, whether in the deck or twice in the files, and adds it once', async () => {
    const { deckStore, notices, options } = await setting();
    const [a, b] = [await jpegFile(1, 'a.jpg'), await jpegFile(2, 'b.jpg')];
    await addPhotoFiles([a], options);
    deckStore.getState().breakMerge();

    const sameAsB = new File([b], 'b again.jpg');
    await addPhotoFiles([a, b, sameAsB], options);

    expect(fileNames(deckStore)).toEqual(['a.jpg', 'b.jpg']);
    expect(notices).toEqual([
      ['info', '“a.jpg” is already in the library.'],
      ['info', '“b again.jpg” is already in the library.'],
    ]);
  });

  it('names a bad file in an alert and adds the rest', async () => {
    const { deckStore, notices, options } = await setting();
    const files = [await jpegFile(1), new File(['not a photo at all'], 'notes.jpg'), await jpegFile(2)];

    await addPhotoFiles(files, options);

    expect(fileNames(deckStore)).toEqual(['photo-1.jpg', 'photo-2.jpg']);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.[0]).toBe('error');
    expect(notices[0]?.[1]).toMatch(/^“notes\.jpg” could not be added: /);
  });

  it('keeps the photos finished before Cancel, stored, and adds nothing after', async () => {
    const { db, deckStore, options } = await setting();
    const files = await Promise.all(Array.from({ length: 16 }, (_, s) => jpegFile(s, undefined, 1600)));
    const abort = new AbortController();
    const done: number[] = [];

    await addPhotoFiles(files, {
      ...options,
      signal: abort.signal,
      onProgress: (p) => {
        done.push(p.done);
        if (p.done >= 1) abort.abort();
      },
    });
    const kept = fileNames(deckStore);
    await new Promise((resolve) => setTimeout(resolve, 400));

    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.length).toBeLessThan(files.length);
    expect(fileNames(deckStore)).toEqual(kept);
    for (const photo of Object.values(deckStore.getState().deck.photos)) {
      expect(await hasPhoto(db, photo.id)).toBe(true);
    }
  });
});
