// Autosave in real IndexedDB: what is changed before it starts is saved when it starts, and every change after.
import { afterEach, describe, expect, it } from 'vitest';
import { createSaveStateStore, startAutosave } from '../../../src/session/autosave';
import { newDeck } from '../../../src/model/newDeck';
import { parseDeck } from '../../../src/model/parseDeck';
import type { Database } from '../../../src/storage/database';
import { deleteDeck } from '../../../src/storage/deckLibrary';
import { loadDeck, saveDeck } from '../../../src/storage/deckStorage';
import { loadPhotoBlob } from '../../../src/storage/photoStorage';
import { hasPhoto } from '../storage/storedPhotos';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import type { PhotoId } from '../../../src/model/ids';
import { commands } from '../../../src/store/commands';
import { createDeckStore } from '../../../src/store/deckStore';
import { createUnsavedPhotos } from '../../../src/storage/unsavedPhotos';
import { freshDatabase } from '../storage/freshDatabase';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function savedTitle(db: Database, id: string): Promise<string | undefined> {
  const parsed = parseDeck(await loadDeck(db, id));
  return parsed.ok ? parsed.deck.title : undefined;
}

describe('startAutosave', () => {
  it('saves a change made before it started, then each change after', async () => {
    const db = await freshDatabase();
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    await saveDeck(db, deck);
    const deckStore = createDeckStore(deck);
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Changed before autosave' });
    const saveState = createSaveStateStore();
    const { stop } = startAutosave(db, deckStore, saveState, createUnsavedPhotos());
    cleanups.unshift(async () => stop());
    await expect.poll(() => savedTitle(db, deck.id)).toBe('Changed before autosave');
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Changed after' });
    await expect.poll(() => savedTitle(db, deck.id)).toBe('Changed after');
    expect(saveState.getState().status).toBe('saved');
  });

  it('writes an imported photo with the deck that names it, and lets go of one nothing can name', async () => {
    const db = await freshDatabase();
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    const { deckStore, unsavedPhotos } = autosaving(db, deck);
    await expect.poll(async () => (await loadDeck(db, deck.id)) !== undefined).toBe(true);

    const { id, meta, bytes, blobs } = testPhoto('d', 'a photo');
    unsavedPhotos.hold(id, blobs);
    // Shown from what is held before any save.
    expect(await loadPhotoBlob(db, id, 'display', unsavedPhotos)).toBe(bytes);
    const saved = unsavedPhotos.whenSaved(id);
    deckStore.getState().dispatch(commands.addPhotos, { photos: [meta] });
    await saved;
    expect(await hasPhoto(db, id)).toBe(true);
    expect(unsavedPhotos.has(id)).toBe(false);
    const stored = parseDeck(await loadDeck(db, deck.id));
    expect(stored.ok && Object.keys(stored.deck.photos)).toEqual([id]);

    // Added and undone before its save: held while Redo can bring it back, let go once nothing can.
    const { id: other, meta: otherMeta } = testPhoto('f', 'another photo');
    unsavedPhotos.hold(other, blobs);
    deckStore.getState().dispatch(commands.addPhotos, { photos: [otherMeta] });
    deckStore.getState().undo();
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Redo is gone' });
    await expect.poll(() => savedTitle(db, deck.id)).toBe('Redo is gone');
    expect(unsavedPhotos.has(other)).toBe(false);
    expect(await hasPhoto(db, other)).toBe(false);
  });

  it('tries a failed save again at once when the page is hidden or left, not after its wait', async () => {
    const db = await freshDatabase();
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    // The database refuses writes while `refusing` holds, counting the tries.
    let refusing = true;
    const flaky = refusingWhile(db, () => refusing);
    const { saveState } = autosaving(flaky.db, deck);
    // Two failures: the next try waits 2 s.
    await expect.poll(() => flaky.tries(), { timeout: 5000 }).toBe(2);
    expect(saveState.getState().status).toBe('failed');
    refusing = false;

    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await expect.poll(() => savedTitle(db, deck.id), { timeout: 1000 }).toBe(deck.title);
    expect(saveState.getState().status).toBe('saved');
  });

  it('flushes on demand: resolves once the newest deck is written, rejects while it cannot be', async () => {
    const db = await freshDatabase();
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    let refusing = false;
    const flaky = refusingWhile(db, () => refusing);
    const { deckStore, autosave } = autosaving(flaky.db, deck);
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Flushed' });
    await autosave.flush();
    expect(await savedTitle(db, deck.id)).toBe('Flushed');

    refusing = true;
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Not written' });
    await expect(autosave.flush()).rejects.toThrow('The disk is busy.');
    expect(await savedTitle(db, deck.id)).toBe('Flushed');
    // Flushing again tries again at once, without the retry's wait.
    refusing = false;
    await autosave.flush();
    expect(await savedTitle(db, deck.id)).toBe('Not written');
  });

  it('writes the edit made just before it stops (another tab takes over), then writes nothing more', async () => {
    const db = await freshDatabase();
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    const { deckStore, autosave } = autosaving(db, deck);
    await autosave.flush();
    // Two edits in a row: the first is being written when the second lands and the take-over stops autosave.
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Being written' });
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'The last word before take-over' });
    await autosave.stop();
    expect(await savedTitle(db, deck.id)).toBe('The last word before take-over');
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'After the stop' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await savedTitle(db, deck.id)).toBe('The last word before take-over');
  });

  it('stops after one failed last try, without retrying and without throwing', async () => {
    const db = await freshDatabase();
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    let refusing = false;
    const flaky = refusingWhile(db, () => refusing);
    const { deckStore, autosave } = autosaving(flaky.db, deck);
    await autosave.flush();
    refusing = true;
    const before = flaky.tries();
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Refused' });
    await autosave.stop();
    const after = flaky.tries();
    expect(after).toBeGreaterThan(before);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(flaky.tries()).toBe(after);
  });

  it('deletes a photo taken out of the deck with its save, and stores it again on Undo', async () => {
    const db = await freshDatabase();
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    const { deckStore, unsavedPhotos } = autosaving(db, deck);
    const { id, meta, blobs } = testPhoto('e', 'the only copy');
    unsavedPhotos.hold(id, blobs);
    deckStore.getState().dispatch(commands.addPhotos, { photos: [meta] });
    await expect.poll(() => hasPhoto(db, id)).toBe(true);

    deckStore.getState().dispatch(commands.removePhotos, { photoIds: [id] });
    await expect.poll(() => hasPhoto(db, id)).toBe(false);
    deckStore.getState().undo();
    await expect.poll(() => hasPhoto(db, id)).toBe(true);
    expect(await (await loadPhotoBlob(db, id, 'original'))?.text()).toBe('the only copy');
    const stored = parseDeck(await loadDeck(db, deck.id));
    expect(stored.ok && Object.keys(stored.deck.photos)).toEqual([id]);
  });

  it('keeps the copies of deleted photos within its limit: Undo stops short of the oldest deletion', async () => {
    const db = await freshDatabase();
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    // Each photo's three blobs weigh 3 × 10 bytes: room for two copies, not three.
    const { deckStore, unsavedPhotos } = autosaving(db, deck, { maxUndoCopyBytes: 70 });
    const photos = ['1', '2', '3'].map((digit) => testPhoto(digit, `photo ${digit}..`));
    for (const { id, blobs } of photos) unsavedPhotos.hold(id, blobs);
    deckStore.getState().dispatch(commands.addPhotos, { photos: photos.map((p) => p.meta) });
    for (const { id } of photos) await expect.poll(() => hasPhoto(db, id)).toBe(true);
    for (const { id } of photos) {
      // Three separate deletions, three Undo steps.
      deckStore.getState().breakMerge();
      deckStore.getState().dispatch(commands.removePhotos, { photoIds: [id] });
      await expect.poll(() => hasPhoto(db, id)).toBe(false);
    }
    const [first, second, third] = photos.map((p) => p.id) as [PhotoId, PhotoId, PhotoId];
    await expect.poll(() => unsavedPhotos.has(first)).toBe(false);
    expect(unsavedPhotos.has(second) && unsavedPhotos.has(third)).toBe(true);
    // Undo brings back the two newest deletions, then stops: the first photo's copy is gone.
    while (deckStore.getState().canUndo) deckStore.getState().undo();
    expect(Object.keys(deckStore.getState().deck.photos).sort()).toEqual([second, third].sort());
    await expect.poll(() => hasPhoto(db, second)).toBe(true);
    expect(await (await loadPhotoBlob(db, third, 'original'))?.text()).toBe('photo 3..');
  });

  it('brings back on Undo a photo it took out that another deck kept, even after that deck is deleted', async () => {
    const db = await freshDatabase();
    const { id, meta: photo, blobs } = testPhoto('5', 'shared photo');
    const deck = { ...newDeck(new Date('2026-01-01T00:00:00Z')), photos: { [id]: photo } };
    const other = { ...newDeck(new Date('2026-01-02T00:00:00Z')), photos: { [id]: photo } };
    await saveDeck(db, deck, {
      photos: new Map([[id, blobs]]),
    });
    await saveDeck(db, other);
    const { deckStore } = autosaving(db, deck);
    await expect.poll(() => savedTitle(db, deck.id)).toBe(deck.title);

    deckStore.getState().dispatch(commands.removePhotos, { photoIds: [id] });
    await expect.poll(async () => Object.keys(parsed(await loadDeck(db, deck.id)).photos)).toEqual([]);
    // The other deck still shows it: kept. Then that deck is deleted, and the photo with it.
    expect(await hasPhoto(db, id)).toBe(true);
    await deleteDeck(db, other.id);
    expect(await hasPhoto(db, id)).toBe(false);

    deckStore.getState().undo();
    await expect.poll(() => hasPhoto(db, id)).toBe(true);
    expect(await (await loadPhotoBlob(db, id, 'original'))?.text()).toBe('shared photo');
  });

  it('releases only what this tab took out: a late save does not delete a photo another tab added', async () => {
    const db = await freshDatabase();
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    const { deckStore } = autosaving(db, deck);
    await expect.poll(() => savedTitle(db, deck.id)).toBe(deck.title);

    // Another tab (which took the deck over) stores it with a new photo.
    const { id, meta: photo, blobs } = testPhoto('6', 'added elsewhere');
    await saveDeck(
      db,
      { ...deck, photos: { [id]: photo } },
      {
        photos: new Map([[id, blobs]]),
      },
    );
    // This tab, not yet told, writes its own deck once more.
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'A late write' });
    await expect.poll(() => savedTitle(db, deck.id)).toBe('A late write');
    expect(await hasPhoto(db, id)).toBe(true);
  });

  it('releases a photo taken out while the first saves failed, once a save goes through', async () => {
    const db = await freshDatabase();
    const { id, meta: photo, blobs } = testPhoto('7', 'removed on a full disk');
    const deck = { ...newDeck(new Date('2026-01-01T00:00:00Z')), photos: { [id]: photo } };
    await saveDeck(db, deck, {
      photos: new Map([[id, blobs]]),
    });
    let refusing = true;
    const flaky = refusingWhile(db, () => refusing);
    const { deckStore, autosave } = autosaving(flaky.db, deck);
    deckStore.getState().dispatch(commands.removePhotos, { photoIds: [id] });
    await expect(autosave.flush()).rejects.toThrow();
    refusing = false;
    await autosave.flush();
    expect(Object.keys(parsed(await loadDeck(db, deck.id)).photos)).toEqual([]);
    expect(await hasPhoto(db, id)).toBe(false);
  });
});

/** Autosave over a store holding `deck`, writing to `db` as the editor runs it; stopped after the test. */
function autosaving(db: Database, deck: Deck, options: { maxUndoCopyBytes?: number } = {}) {
  const deckStore = createDeckStore(deck);
  const saveState = createSaveStateStore();
  const unsavedPhotos = createUnsavedPhotos();
  const autosave = startAutosave(db, deckStore, saveState, unsavedPhotos, options);
  cleanups.unshift(async () => autosave.stop());
  return { deckStore, saveState, unsavedPhotos, autosave };
}

/** A made-up photo: its id (a digit repeated), its facts, and its three blobs (the same few bytes). */
function testPhoto(digit: string, text: string) {
  const bytes = new Blob([text], { type: 'image/jpeg' });
  const id = digit.repeat(64) as PhotoId;
  const meta: PhotoMeta = {
    id,
    fileName: `${digit}.jpg`,
    mimeType: 'image/jpeg',
    width: 10,
    height: 10,
    bytes: bytes.size,
  };
  return { id, meta, bytes, blobs: { original: bytes, thumbnail: bytes, display: bytes } };
}

/** `db` refusing every write while `refusing()` says so, as a busy disk does; counts the writes tried. */
function refusingWhile(db: Database, refusing: () => boolean) {
  let tries = 0;
  const refusingDb = new Proxy(db, {
    get(target, key, receiver) {
      if (key !== 'transaction') return Reflect.get(target, key, receiver) as unknown;
      return (stores: 'decks', mode?: IDBTransactionMode) => {
        if (mode === 'readwrite') {
          tries += 1;
          if (refusing()) throw new DOMException('The disk is busy.', 'UnknownError');
        }
        return target.transaction(stores, mode);
      };
    },
  });
  return { db: refusingDb, tries: () => tries };
}

function parsed(value: unknown): Deck {
  const result = parseDeck(value);
  if (!result.ok) throw new Error('the stored deck does not parse');
  return result.deck;
}
