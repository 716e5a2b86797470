// Saves and loads decks, and remembers which deck was open last.
import type { Deck } from '../model/deck';
import type { DeckId } from '../model/ids';
import type { Database } from './database';
import { withQuotaCheck } from './storageFullError';

export const CURRENT_DECK_KEY = 'currentDeckId';

/** Rejects with StorageFullError when the browser has no room left. */
export async function saveDeck(db: Database, deck: Deck): Promise<void> {
  await withQuotaCheck(() => db.put('decks', deck, deck.id));
}

/** The raw stored data, or undefined. The caller passes it through parseDeck: storage is outside data too. */
export function loadDeck(db: Database, id: DeckId | string): Promise<unknown> {
  return db.get('decks', id);
}

export async function setCurrentDeckId(db: Database, id: DeckId): Promise<void> {
  await withQuotaCheck(() => db.put('settings', id, CURRENT_DECK_KEY));
}

export async function getCurrentDeckId(db: Database): Promise<DeckId | undefined> {
  const id = await db.get('settings', CURRENT_DECK_KEY);
  return typeof id === 'string' ? (id as DeckId) : undefined;
}
