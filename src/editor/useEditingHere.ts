// Whether this tab edits the open deck (it holds the deck's lock), and, while another tab does, this tab's deck
// following what that tab saves.
import { useEffect, useState } from 'react';
import type { DeckId } from '../model/ids';
import { parseDeck } from '../model/parseDeck';
import type { Database } from '../storage/database';
import { loadDeck } from '../storage/deckStorage';
import { useDeck, type DeckStore } from '../store/deckStore';
import { followSaves, holdDeck } from './deckInOneTab';

/** null until the browser has answered (a moment), true when this tab edits, false when another tab does. */
export function useEditingHere(db: Database, deckStore: DeckStore): boolean | null {
  const deckId = useDeck(deckStore, (state) => state.deck.id);
  const [editingHere, setEditingHere] = useState<boolean | null>(null);

  useEffect(() => {
    let followed = false;
    const reload = () => reloadDeck(db, deckStore, deckId);
    return holdDeck(deckId, (held) => {
      if (!held) {
        followed = true;
        setEditingHere(false);
        return;
      }
      // Taking over from another tab: start from what it saved last, then edit.
      if (followed) void reload().finally(() => setEditingHere(true));
      else setEditingHere(true);
    });
  }, [db, deckStore, deckId]);

  useEffect(() => {
    if (editingHere !== false) return;
    const stop = followSaves(deckId, () => void reloadDeck(db, deckStore, deckId));
    // A save made between this tab's load and now was announced before it listened: read the deck once more.
    void reloadDeck(db, deckStore, deckId);
    return stop;
  }, [db, deckStore, deckId, editingHere]);

  return editingHere;
}

/** The deck as last saved (by the tab that edits it), in place of the one shown here. */
async function reloadDeck(db: Database, deckStore: DeckStore, deckId: DeckId): Promise<void> {
  const parsed = parseDeck(await loadDeck(db, deckId));
  if (parsed.ok && parsed.deck.id === deckId) deckStore.getState().replaceDeck(parsed.deck);
}
