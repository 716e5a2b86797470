// The deck library in real IndexedDB: listing, duplicating, renaming, and deleting a deck with the photos that
// only it showed, in one transaction.
import { describe, expect, it } from 'vitest';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import type { DeckId, PhotoId } from '../../../src/model/ids';
import { newDeck } from '../../../src/model/newDeck';
import type { Database } from '../../../src/storage/database';
import { deleteDeck, duplicateDeck, listDecks, renameDeck } from '../../../src/storage/deckLibrary';
import { getCurrentDeckId, saveDeck, setCurrentDeckId } from '../../../src/storage/deckStorage';
import { loadPhotoBlob } from '../../../src/storage/photoStorage';
import { hasPhoto, savePhotoBlobs } from './storedPhotos';
import { freshDatabase } from './freshDatabase';

const photo = (digit: string): PhotoMeta => ({
  id: digit.repeat(64) as PhotoId,
  fileName: `${digit}.jpg`,
  mimeType: 'image/jpeg',
  width: 10,
  height: 10,
  bytes: 3,
});

/** A deck edited at `updatedAt`, showing the given photos in its library. */
function deckWith(title: string, updatedAt: string, photos: readonly PhotoMeta[]): Deck {
  return {
    ...newDeck(new Date('2026-01-01T00:00:00Z'), title),
    updatedAt,
    photos: Object.fromEntries(photos.map((p) => [p.id, p])),
  };
}

async function storePhoto(db: Database, id: PhotoId): Promise<void> {
  const blob = new Blob([id.slice(0, 3)]);
  await savePhotoBlobs(db, id, { original: blob, thumbnail: blob, display: blob });
}

describe('the deck library', () => {
  it('lists the decks that open, most recently edited first, and counts those that do not', async () => {
    const db = await freshDatabase();
    await saveDeck(db, deckWith('Old', '2026-01-01T10:00:00.000Z', []));
    await saveDeck(db, deckWith('New', '2026-03-01T10:00:00.000Z', []));
    await db.put('decks', { not: 'a deck' }, 'broken');
    const library = await listDecks(db);
    expect(library.decks.map((deck) => deck.title)).toEqual(['New', 'Old']);
    expect(library.unreadable).toBe(1);
  });

  it('duplicates a deck under a new id and name, sharing its photos, and renames one', async () => {
    const db = await freshDatabase();
    const original = deckWith('Ana & Rui', '2026-01-01T10:00:00.000Z', [photo('a')]);
    await saveDeck(db, original);
    // Saved again (by the editor, in another tab) after the library was listed: the copy is of this one.
    await saveDeck(db, { ...original, photos: { ...original.photos, [photo('b').id]: photo('b') } });
    const copy = await duplicateDeck(db, original.id, new Date('2026-02-02T10:00:00Z'));
    expect(copy.id).not.toBe(original.id);
    expect(copy.title).toBe('Ana & Rui (copy)');
    expect(Object.keys(copy.photos)).toEqual([photo('a').id, photo('b').id]);
    await renameDeck(db, copy.id, '10 years', new Date('2026-02-03T10:00:00Z'));
    const { decks } = await listDecks(db);
    expect(decks.map((deck) => [deck.title, deck.updatedAt])).toEqual([
      ['10 years', '2026-02-03T10:00:00.000Z'],
      ['Ana & Rui', '2026-01-01T10:00:00.000Z'],
    ]);
  });

  it('deletes a deck with the photos only it showed, keeping those another deck shows', async () => {
    const db = await freshDatabase();
    const [a, b] = [photo('a'), photo('b')];
    await storePhoto(db, a.id);
    await storePhoto(db, b.id);
    const gone = deckWith('Gone', '2026-01-01T10:00:00.000Z', [a, b]);
    const kept = deckWith('Kept', '2026-01-01T10:00:00.000Z', [b]);
    await saveDeck(db, gone);
    await saveDeck(db, kept);
    await setCurrentDeckId(db, gone.id);
    await deleteDeck(db, gone.id);
    expect((await listDecks(db)).decks.map((deck) => deck.title)).toEqual(['Kept']);
    expect(await hasPhoto(db, a.id)).toBe(false);
    expect(await loadPhotoBlob(db, a.id, 'thumbnail')).toBeUndefined();
    expect(await hasPhoto(db, b.id)).toBe(true);
    // The editor no longer opens the deleted deck.
    expect(await getCurrentDeckId(db)).toBeUndefined();
  });

  it('deletes the photos of the deck as stored, not as a screen last read it', async () => {
    const db = await freshDatabase();
    const [a, b] = [photo('a'), photo('b')];
    await storePhoto(db, a.id);
    await storePhoto(db, b.id);
    const listed = deckWith('Gone', '2026-01-01T10:00:00.000Z', [a]);
    // Saved again (by the editor, in another tab) with one more photo after the library was listed.
    await saveDeck(db, { ...listed, photos: { ...listed.photos, [b.id]: b } });
    await deleteDeck(db, listed.id);
    expect(await hasPhoto(db, a.id)).toBe(false);
    expect(await hasPhoto(db, b.id)).toBe(false);
  });

  it('keeps every photo while a deck it cannot read might still show it', async () => {
    const db = await freshDatabase();
    const a = photo('a');
    await storePhoto(db, a.id);
    const gone = deckWith('Gone', '2026-01-01T10:00:00.000Z', [a]);
    await saveDeck(db, gone);
    await setCurrentDeckId(db, 'other' as DeckId);
    await db.put('decks', { schemaVersion: 99 }, 'from-the-future');
    await deleteDeck(db, gone.id);
    expect(await hasPhoto(db, a.id)).toBe(true);
    expect(await getCurrentDeckId(db)).toBe('other');
  });
});
