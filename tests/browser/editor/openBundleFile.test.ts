// Opening a bundle against real IndexedDB, the real import workers and autosave: a refused bundle changes
// nothing stored, and a deck already here is replaced, copied or left alone as the person chooses.
import { deleteDB } from 'idb';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { mediaPath } from '../../../src/bundle/bundleLayout';
import { createSaveStateStore, startAutosave } from '../../../src/session/autosave';
import type { OpenChoice } from '../../../src/session/deckToOpen';
import { openBundleFile } from '../../../src/editor/dialogs/openBundleFile';
import { hashBytes } from '../../../src/media/hashBytes';
import { createPhotoImportPool } from '../../../src/media/photoImportPool';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import { newDeck } from '../../../src/model/newDeck';
import { openDatabase, type Database } from '../../../src/storage/database';
import { saveDeck, setCurrentDeckId } from '../../../src/storage/deckStorage';
import { savePhotoBlobs } from '../storage/storedPhotos';
import { createDeckStore } from '../../../src/store/deckStore';
import { createUnsavedPhotos } from '../../../src/storage/unsavedPhotos';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Photo = { meta: PhotoMeta; bytes: Uint8Array<ArrayBuffer> };

async function jpeg(seed: number, name: string): Promise<Photo> {
  const canvas = new OffscreenCanvas(320 + seed, 240);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.fillStyle = `hsl(${(seed * 47) % 360} 70% 50%)`;
  context.fillRect(0, 0, canvas.width, canvas.height);
  const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
  return photoOf(name, bytes, canvas.width);
}

/** The photo as deck.json describes it: opening a bundle takes the size from the bytes, so it must be true. */
async function photoOf(fileName: string, bytes: Uint8Array<ArrayBuffer>, width = 320): Promise<Photo> {
  const meta: PhotoMeta = {
    id: await hashBytes(bytes),
    fileName,
    mimeType: 'image/jpeg',
    width,
    height: 240,
    bytes: bytes.length,
  };
  return { meta, bytes };
}

function deckWith(photos: readonly Photo[], title: string): Deck {
  return {
    ...newDeck(new Date('2026-03-01T00:00:00Z'), title),
    photos: Object.fromEntries(photos.map((p) => [p.meta.id, p.meta])),
  };
}

async function bundleFile(deck: Deck, photos: readonly Photo[], name = 'bundle.zip'): Promise<File> {
  const zip = new JSZip();
  zip.file('deck.json', JSON.stringify(deck));
  for (const photo of photos) zip.file(mediaPath(photo.meta), photo.bytes);
  return new File([await zip.generateAsync({ type: 'blob', compression: 'DEFLATE' })], name);
}

/** Everything this browser stores, in a form to compare: decks, settings, and each photo blob's size. */
async function snapshot(db: Database) {
  const read = async (store: 'decks' | 'settings' | 'photoBlobs') => {
    const keys = await db.getAllKeys(store);
    const values = await db.getAll(store);
    return keys.map((key, i) => [key, values[i] instanceof Blob ? (values[i] as Blob).size : values[i]]);
  };
  return {
    decks: await read('decks'),
    settings: await read('settings'),
    photoBlobs: await read('photoBlobs'),
  };
}

/** A browser holding one deck (the one open), its photos stored, with autosave running as in the editor. */
async function browserHolding(deck: Deck, photos: readonly Photo[]) {
  const name = `common-thread-test-${crypto.randomUUID()}`;
  const db = await openDatabase(name);
  const pool = createPhotoImportPool(2);
  const deckStore = createDeckStore(deck);
  const saveState = createSaveStateStore();
  const autosave = startAutosave(db, deckStore, saveState, createUnsavedPhotos());
  // What the open deck's save says when asked to finish first (a test may make it fail).
  let flushSaves = () => autosave.flush();
  cleanups.push(async () => {
    autosave.stop();
    pool.dispose();
    db.close();
    await deleteDB(name);
  });
  await saveDeck(db, deck);
  await setCurrentDeckId(db, deck.id);
  for (const photo of photos) {
    const blob = new Blob([photo.bytes], { type: 'image/jpeg' });
    await savePhotoBlobs(db, photo.meta.id, { original: blob, thumbnail: blob, display: blob });
  }
  const notices: [string, string][] = [];
  const asked: string[] = [];
  const open = (file: File, answer: OpenChoice | 'cancel' = 'cancel') =>
    openBundleFile(file, {
      db,
      deckStore,
      pool,
      notify: (kind, text) => notices.push([kind, text]),
      onProgress: () => {},
      flushSaves: () => flushSaves(),
      ask: async (title) => {
        asked.push(title);
        return answer;
      },
    });
  const settled = () => expect.poll(() => saveState.getState().status).toBe('saved');
  const failSaves = (reason: string) => {
    flushSaves = () => Promise.reject(new Error(reason));
  };
  return { db, deckStore, notices, asked, open, settled, failSaves };
}

describe('openBundleFile', () => {
  it('leaves every stored deck, photo and setting as it was when a bundle is refused at any step', async () => {
    const mine = [await jpeg(1, 'mine.jpg')];
    const current = deckWith(mine, 'My deck');
    const { db, deckStore, notices, asked, open, settled } = await browserHolding(current, mine);
    await settled();
    const before = await snapshot(db);

    const good = [await jpeg(2, 'a.jpg'), await jpeg(3, 'b.jpg')];
    const incoming = deckWith(good, 'Incoming');
    const [first, second] = good as [Photo, Photo];
    // Starts like a JPEG and hashes right: measuring it (its header is cut before the frame size) finds it broken.
    const cut = await photoOf('cut.jpg', second.bytes.slice(0, 300), second.meta.width);
    const text = await photoOf('text.jpg', new TextEncoder().encode('not a photo at all'));
    const refused: [File, RegExp][] = [
      [await bundleFile(incoming, [first]), /missing a photo: b\.jpg/],
      [
        await bundleFile(deckWith([first, text], 'x'), [first, text]),
        /"text\.jpg" in this bundle is not an image/,
      ],
      [
        await bundleFile(deckWith([first, cut], 'x'), [first, cut]),
        /the photo "cut\.jpg" in this bundle could not be decoded \(damaged file\)/,
      ],
      [
        await bundleFile({ ...incoming, schemaVersion: 99 } as unknown as Deck, good),
        /made by a newer version of Common Thread/,
      ],
      [new File([new TextEncoder().encode('hello')], 'notes.zip'), /not a zip file/],
    ];
    for (const [file, reason] of refused) {
      notices.length = 0;
      expect(await open(file, 'replace')).toBeNull();
      expect(notices).toEqual([['error', expect.stringMatching(reason)]]);
      expect(deckStore.getState().deck).toBe(current);
      expect(await snapshot(db)).toEqual(before);
    }
    expect(asked).toEqual([]);
  });

  it('opens a deck this browser does not hold without asking, storing its photos', async () => {
    const { db, deckStore, asked, open, settled } = await browserHolding(deckWith([], 'My deck'), []);
    const photos = [await jpeg(4, 'a.jpg')];
    const incoming = deckWith(photos, 'Incoming');
    expect(await open(await bundleFile(incoming, photos))).toEqual(incoming);
    expect(asked).toEqual([]);
    expect(deckStore.getState().deck).toEqual(incoming);
    await settled();
    expect(await db.get('decks', incoming.id)).toEqual(incoming);
    expect(await db.count('photoBlobs')).toBe(3);
  });

  it('opens the same deck again without asking when nothing changed but the timestamps', async () => {
    const photos = [await jpeg(5, 'a.jpg')];
    const here = deckWith(photos, 'Ana and Rui');
    const { asked, open } = await browserHolding(here, photos);
    const exported = { ...here, updatedAt: '2026-04-01T00:00:00.000Z' };
    expect(await open(await bundleFile(exported, photos))).toEqual(exported);
    expect(asked).toEqual([]);
  });

  it('asks when the deck here has other changes, and Cancel, copy and Replace each do what they say', async () => {
    const photos = [await jpeg(6, 'a.jpg')];
    const bundled = deckWith(photos, 'Ana and Rui');
    const here = { ...bundled, title: 'Ana and Rui, edited' };
    const { db, deckStore, asked, notices, open, settled } = await browserHolding(here, photos);
    await settled();
    const file = await bundleFile(bundled, photos);

    const before = await snapshot(db);
    expect(await open(file, 'cancel')).toBeNull();
    expect(asked).toEqual(['Ana and Rui']);
    expect(deckStore.getState().deck).toBe(here);
    expect(await snapshot(db)).toEqual(before);

    const copy = await open(file, 'copy');
    expect(copy).toEqual({
      ...bundled,
      id: expect.not.stringMatching(bundled.id),
      title: 'Ana and Rui (copy)',
    });
    expect(notices.at(-1)).toEqual([
      'info',
      expect.stringContaining('opened as a copy, “Ana and Rui (copy)”'),
    ]);
    await settled();
    expect(await db.get('decks', here.id)).toEqual(here);
    expect(await db.get('decks', copy?.id ?? '')).toEqual(copy);

    // The deck here is still the edited one (the copy is open now): asked again, and replaced this time.
    expect(await open(file, 'replace')).toEqual(bundled);
    expect(asked).toHaveLength(3);
    await settled();
    expect(await db.get('decks', here.id)).toEqual(bundled);
    expect(await db.get('decks', copy?.id ?? '')).toEqual(copy);
    expect(await db.count('decks')).toBe(2);
  });

  it("Replace lets go of the replaced deck's photos the bundle does not name, unless another deck names them", async () => {
    const kept = await jpeg(7, 'kept.jpg');
    const dropped = await jpeg(8, 'dropped.jpg');
    const shared = await jpeg(9, 'shared.jpg');
    // Edited here after the bundle was made: its last change is later than the bundle's.
    const here = {
      ...deckWith([kept, dropped, shared], 'Ana and Rui, edited'),
      updatedAt: '2026-03-05T00:00:00.000Z',
    };
    const { db, open, settled } = await browserHolding(here, [kept, dropped, shared]);
    // Another deck in this browser also shows the shared photo.
    const other = { ...deckWith([shared], 'Another tribute'), id: 'other-deck' as Deck['id'] };
    await saveDeck(db, other);
    await settled();
    const bundled = { ...deckWith([kept], 'Ana and Rui'), id: here.id };
    expect(await open(await bundleFile(bundled, [kept]), 'replace')).toEqual(bundled);
    await settled();
    const stored = async (photo: Photo) =>
      (await db.get('photoBlobs', `${photo.meta.id}/original`)) !== undefined;
    expect(await stored(kept)).toBe(true);
    expect(await stored(dropped)).toBe(false);
    expect(await db.get('photoBlobs', `${dropped.meta.id}/thumbnail`)).toBeUndefined();
    expect(await stored(shared)).toBe(true);
  });

  it('does not replace a deck another tab has open; a copy still opens', async () => {
    const photos = [await jpeg(7, 'b.jpg')];
    const bundled = deckWith(photos, 'Open elsewhere');
    const here = { ...bundled, title: 'Open elsewhere, edited' };
    const { db, notices, open, settled } = await browserHolding(here, photos);
    await settled();
    const file = await bundleFile(bundled, photos);
    // This browser now shows a copy; the deck itself is open in another tab (which holds its lock).
    const copy = await open(file, 'copy');
    await settled();
    let letGo = () => {};
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const locked = new Promise<void>((resolve) => {
      void navigator.locks.request(`common-thread-deck:${here.id}`, () => {
        resolve();
        return held;
      });
    });
    await locked;
    try {
      expect(await open(file, 'replace')).toBeNull();
      expect(notices.at(-1)).toEqual([
        'error',
        expect.stringContaining(
          '“Open elsewhere” is open in another tab; close it there first, or open the bundle as a copy',
        ),
      ]);
      expect(await db.get('decks', here.id)).toEqual(here);
      expect(await open(file, 'copy')).not.toBeNull();
    } finally {
      letGo();
    }
    expect(copy).not.toBeNull();
  });

  it('does not take the place of a deck whose latest changes cannot be saved first', async () => {
    const photos = [await jpeg(8, 'c.jpg')];
    const current = deckWith(photos, 'Unsaved here');
    const { db, deckStore, notices, open, settled, failSaves } = await browserHolding(current, photos);
    await settled();
    const before = await snapshot(db);
    failSaves('the disk is full');
    const other = deckWith([await jpeg(9, 'd.jpg')], 'Another deck');
    expect(await open(await bundleFile(other, [await jpeg(9, 'd.jpg')]))).toBeNull();
    expect(notices.at(-1)?.[1]).toContain(
      'the latest changes to the deck open now could not be saved first (the disk is full)',
    );
    expect(deckStore.getState().deck).toBe(current);
    expect(await snapshot(db)).toEqual(before);
  });
});
