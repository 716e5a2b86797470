// Adding photos to a deck through the real worker pool, IndexedDB, autosave and deck store: order, batching,
// duplicates, cancel, and a real full disk (Chromium's quota for this origin made small).
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createSaveStateStore, startAutosave } from '../../../src/session/autosave';
import { addPhotoFiles, type ImportProgress } from '../../../src/editor/library/usePhotoImport';
import { hashBytes } from '../../../src/media/hashBytes';
import type { PhotoFile } from '../../../src/media/importPhoto';
import { createPhotoImportPool, type PhotoImportPool } from '../../../src/media/photoImportPool';
import type { PhotoId } from '../../../src/model/ids';
import { newDeck } from '../../../src/model/newDeck';
import { openDatabase, type Database } from '../../../src/storage/database';
import { loadDeck } from '../../../src/storage/deckStorage';
import { hasPhoto } from '../storage/storedPhotos';
import { createUnsavedPhotos } from '../../../src/storage/unsavedPhotos';
import { commands } from '../../../src/store/commands';
import { createDeckStore, type DeckStore } from '../../../src/store/deckStore';

const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `real` with one method replaced; everything else is the real object's own. */
function replacing<T extends object, K extends keyof T>(real: T, key: K, replacement: T[K]): T {
  return new Proxy(real, {
    get(target, property) {
      if (property === key) return replacement;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * `full`: while it says so, the database refuses every photo put with the error Chromium raises on a full disk
 * (failing the whole transaction); decks alone still go in.
 */
async function setting(full: () => boolean = () => false) {
  const name = `common-thread-test-${crypto.randomUUID()}`;
  const db: Database = await openDatabase(name);
  const refusing = replacing(db, 'transaction', ((...args: Parameters<Database['transaction']>) => {
    const tx = db.transaction(...args);
    return replacing(tx, 'objectStore', ((storeName: 'photoBlobs') => {
      const store = tx.objectStore(storeName);
      if (storeName !== 'photoBlobs' || !full()) return store;
      return replacing(store, 'put', (() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }) as typeof store.put);
    }) as typeof tx.objectStore);
  }) as Database['transaction']);
  const pool: PhotoImportPool = createPhotoImportPool(2);
  cleanups.push(async () => {
    pool.dispose();
    db.close();
    await deleteDB(name);
  });
  const deckStore: DeckStore = createDeckStore(newDeck(new Date('2030-01-01T00:00:00Z')));
  const unsavedPhotos = createUnsavedPhotos();
  const saveState = createSaveStateStore();
  // As in the editor: autosave stores the photos with the deck that names them.
  const { stop: stopAutosave } = startAutosave(refusing, deckStore, saveState, unsavedPhotos);
  cleanups.push(stopAutosave);
  const notices: [string, string][] = [];
  const progress: ImportProgress[] = [];
  let adds = 0;
  deckStore.subscribe((state, previous) => {
    if (state.deck.photos !== previous.deck.photos) adds += 1;
  });
  return {
    db,
    deckStore,
    saveState,
    unsavedPhotos,
    notices,
    progress,
    adds: () => adds,
    options: {
      deckStore,
      unsavedPhotos,
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

/** Autosave has written the deck as it is now, and every photo it names is stored. */
async function expectSavedWithItsPhotos(db: Database, deckStore: DeckStore) {
  const deck = deckStore.getState().deck;
  await expect.poll(async () => JSON.stringify(await loadDeck(db, deck.id))).toBe(JSON.stringify(deck));
  for (const id of Object.keys(deck.photos) as PhotoId[]) expect(await hasPhoto(db, id)).toBe(true);
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
    await expectSavedWithItsPhotos(db, deckStore);
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
    await expectSavedWithItsPhotos(db, deckStore);
  });

  it('stops when the disk is full, takes the photos it could not store out again, and keeps everything saved', async () => {
    // (A real full disk, Chromium's own quota, is the e2e test's: an open in-memory database here keeps the
    // room it was given. Here the database refuses, as Chromium does, every write of photos once it is "full".)
    let full = false;
    const { db, deckStore, saveState, unsavedPhotos, notices, options } = await setting(() => full);
    await addPhotoFiles([await jpegFile(1, 'kept.jpg')], options);
    await expectSavedWithItsPhotos(db, deckStore);
    deckStore.getState().breakMerge();
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Saved before' });
    await expectSavedWithItsPhotos(db, deckStore);

    full = true;
    const files = await Promise.all([2, 3, 4, 5].map((s) => jpegFile(s, `more-${s}.jpg`, 1200)));
    await addPhotoFiles(files, options);

    // Told once, with what to do; the photos that could not be stored are not in the deck.
    await expect.poll(() => notices.length).toBe(1);
    expect(notices[0]?.[0]).toBe('error');
    expect(notices[0]?.[1]).toMatch(
      /^Adding photos stopped: the browser's storage is full\. Everything saved before this is kept\. Export a bundle/,
    );
    expect(notices[0]?.[1]).toMatch(/4 photos were not added\.$/);
    expect(fileNames(deckStore)).toEqual(['kept.jpg']);
    // The deck saves again (without them), and what was saved before is all there.
    await expect.poll(() => saveState.getState().status).toBe('saved');
    await expectSavedWithItsPhotos(db, deckStore);
    expect(deckStore.getState().deck.title).toBe('Saved before');
    // Nothing of them is held any more (no Undo can bring them back), nor stored.
    for (const file of files) {
      const id = await hashBytes(await file.arrayBuffer());
      expect(unsavedPhotos.has(id)).toBe(false);
      expect(await hasPhoto(db, id)).toBe(false);
    }
    // An import that came to nothing leaves no undo step: Undo takes back the title.
    deckStore.getState().undo();
    expect(deckStore.getState().deck.title).toBe('Untitled deck');
  });

  it('never lets a stored deck name a photo it could not store, whatever Undo and Redo do after a full disk', async () => {
    let full = true;
    const { db, deckStore, saveState, notices, options } = await setting(() => full);
    // An edit right after the first photo goes in, before its save fails: the withdrawal is then a step of
    // its own, which Undo can take back.
    let edited = false;
    await addPhotoFiles([await jpegFile(1, 'too-big.jpg')], {
      ...options,
      onProgress: (progress) => {
        if (progress.done === 1 && !edited) {
          edited = true;
          deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Typed meanwhile' });
        }
      },
    });
    await expect.poll(() => notices.length).toBe(1);
    expect(fileNames(deckStore)).toEqual([]);
    await expect.poll(() => saveState.getState().status).toBe('saved');

    // Undo the withdrawal: the photo is back in the deck, still held, and its save fails on the full disk;
    // the deck stored is the one without it.
    deckStore.getState().undo();
    expect(fileNames(deckStore)).toEqual(['too-big.jpg']);
    await expect.poll(() => saveState.getState().status).toBe('failed');
    const stored = await loadDeck(db, deckStore.getState().deck.id);
    expect(Object.keys((stored as { photos: object }).photos)).toEqual([]);
    // Room again: the retry stores the photo with the deck.
    full = false;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await expectSavedWithItsPhotos(db, deckStore);
    expect(fileNames(deckStore)).toEqual(['too-big.jpg']);
  });
});
