// The decks this browser holds, as the home screen lists them: read, duplicated, renamed and deleted.
import type { Deck } from '../model/deck';
import type { DeckId, PhotoId } from '../model/ids';
import { newId } from '../model/ids';
import { parseDeck } from '../model/parseDeck';
import type { Database } from './database';
import { CURRENT_DECK_KEY } from './deckStorage';
import { releasePhotos } from './releasePhotos';
import { withQuotaCheck } from './storageFullError';

export type DeckLibrary = {
  /** The decks that open, most recently edited first. */
  readonly decks: readonly Deck[];
  /** How many stored decks could not be read (kept as they are, never deleted from here). */
  readonly unreadable: number;
};

export async function listDecks(db: Database): Promise<DeckLibrary> {
  const stored = await db.getAll('decks');
  const decks: Deck[] = [];
  let unreadable = 0;
  for (const value of stored) {
    const parsed = parseDeck(value);
    if (parsed.ok) decks.push(parsed.deck);
    else unreadable += 1;
  }
  decks.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { decks, unreadable };
}

/**
 * A copy under a new id, named "… (copy)"; the photos are shared, as every deck shares stored photos. The copy
 * is of the deck as stored, read in the transaction that writes the copy: never of an older version naming
 * photos since deleted.
 */
export function duplicateDeck(db: Database, deckId: DeckId, now: Date): Promise<Deck> {
  const time = now.toISOString();
  return rewriteStored(db, deckId, (deck) => ({
    ...deck,
    id: newId<DeckId>(),
    title: `${deck.title} (copy)`,
    createdAt: time,
    updatedAt: time,
  }));
}

/** The deck as stored, renamed (the caller makes sure no tab has it open, or that tab would save over it). */
export function renameDeck(db: Database, deckId: DeckId, title: string, now: Date): Promise<Deck> {
  return rewriteStored(db, deckId, (deck) => ({ ...deck, title, updatedAt: now.toISOString() }));
}

/** Reads the stored deck and writes `change(deck)`, in one transaction. */
async function rewriteStored(db: Database, deckId: DeckId, change: (deck: Deck) => Deck): Promise<Deck> {
  return withQuotaCheck(async () => {
    const tx = db.transaction('decks', 'readwrite');
    const parsed = parseDeck(await tx.store.get(deckId));
    if (!parsed.ok) {
      tx.abort();
      tx.done.catch(() => {});
      throw new Error('the deck could not be read');
    }
    const next = change(parsed.deck);
    await Promise.all([tx.store.put(next, next.id), tx.done]);
    return next;
  });
}

/**
 * Deletes the deck, and with it the photos no other deck shows, all in one transaction: a deck another tab
 * saves meanwhile is either seen (and its photos kept) or written after, never left pointing at deleted photos.
 * The photos are those of the deck as stored now, not as some screen last read it. It is no longer the deck the
 * editor opens with.
 */
export async function deleteDeck(db: Database, deckId: DeckId): Promise<void> {
  await withQuotaCheck(async () => {
    const tx = db.transaction(['decks', 'photoBlobs', 'settings'], 'readwrite');
    const decks = tx.objectStore('decks');
    const stored = parseDeck(await decks.get(deckId));
    await decks.delete(deckId);
    const settings = tx.objectStore('settings');
    if ((await settings.get(CURRENT_DECK_KEY)) === deckId) await settings.delete(CURRENT_DECK_KEY);
    // A deck that cannot be read names photos nobody knows: they are all kept.
    if (stored.ok) await releasePhotos(tx, Object.keys(stored.deck.photos) as PhotoId[]);
    await tx.done;
  });
}
