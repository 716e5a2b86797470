// Saves the deck to IndexedDB after every command; writes are serialised so the newest deck always wins.
import type { Deck } from '../model/deck';
import type { Database } from '../storage/database';
import { saveDeck, setCurrentDeckId } from '../storage/deckStorage';
import type { DeckStore } from '../store/deckStore';

export type SaveState = { status: 'saved' | 'saving' } | { status: 'failed'; message: string };

export function startAutosave(
  db: Database,
  deckStore: DeckStore,
  onState: (state: SaveState) => void,
): () => void {
  let pending: Deck | null = null;
  let writing = false;

  const writeLoop = async () => {
    writing = true;
    while (pending) {
      const deck = pending;
      pending = null;
      try {
        await saveDeck(db, deck);
        await setCurrentDeckId(db, deck.id);
      } catch (error) {
        writing = false;
        onState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        return;
      }
    }
    writing = false;
    onState({ status: 'saved' });
  };

  const unsubscribe = deckStore.subscribe((state, previous) => {
    if (state.deck === previous.deck) return;
    pending = state.deck;
    onState({ status: 'saving' });
    if (!writing) void writeLoop();
  });
  return unsubscribe;
}
