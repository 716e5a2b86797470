// Whether this tab edits the open deck (it holds the deck's lock), and, while another tab does, this tab's deck
// following what that tab saves, and the way to take the deck over from it ("Edit here instead").
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeckId } from '../../model/ids';
import { parseDeck } from '../../model/parseDeck';
import type { Database } from '../../storage/database';
import { loadDeck } from '../../storage/deckStorage';
import { useDeck, type DeckStore } from '../../store/deckStore';
import {
  announceLetGo,
  followSaves,
  holdDeck,
  letGoAnnounced,
  type DeckHold,
} from '../../session/deckInOneTab';

/** How long a tab taking a deck over waits for the other tab to say it stopped saving (it may be gone). */
const LET_GO_WAIT_MS = 2000;

export type EditingHere = {
  /** null until the browser has answered (a moment), true when this tab edits, false when another tab does. */
  readonly editingHere: boolean | null;
  /** Takes the deck over from the tab that edits it; editing starts here once the deck is read as last saved. */
  readonly takeOver: () => void;
  /** A take-over asked for and not finished yet. */
  readonly takingOver: boolean;
};

export function useEditingHere(db: Database, deckStore: DeckStore): EditingHere {
  const deckId = useDeck(deckStore, (state) => state.deck.id);
  const [editingHere, setEditingHere] = useState<boolean | null>(null);
  // Set when another tab took the lock from this one: this tab tells it once it has stopped saving.
  const [lost, setLost] = useState(false);
  const [takingOver, setTakingOver] = useState(false);
  const hold = useRef<DeckHold | null>(null);
  // While this tab takes the deck over: resolves once the tab that edited it has stopped saving.
  const otherStopped = useRef<Promise<void> | null>(null);

  useEffect(() => {
    let followed = false;
    let held = false;
    const current = holdDeck(deckId, (nowHeld) => {
      if (!nowHeld) {
        if (held) setLost(true);
        held = false;
        followed = true;
        setEditingHere(false);
        return;
      }
      held = true;
      setLost(false);
      if (!followed) {
        setEditingHere(true);
        return;
      }
      // Taking over from another tab: start from what it saved last, then edit. When this tab took the lock
      // while the other still edited, it first waits for that tab to stop saving, so its last write is read too.
      const stopped = otherStopped.current ?? Promise.resolve();
      otherStopped.current = null;
      void stopped
        .then(() => reloadDeck(db, deckStore, deckId))
        .finally(() => {
          setTakingOver(false);
          setEditingHere(true);
        });
    });
    hold.current = current;
    return () => {
      hold.current = null;
      current.letGo();
    };
  }, [db, deckStore, deckId]);

  useEffect(() => {
    if (editingHere !== false) return;
    const stop = followSaves(deckId, () => void reloadDeck(db, deckStore, deckId));
    // A save made between this tab's load and now was announced before it listened: read the deck once more.
    void reloadDeck(db, deckStore, deckId);
    // Taken over: the editor stopped autosave when editingHere turned false, in this same commit (React runs every
    // effect's cleanup before any effect), so no write of this tab starts after this message.
    if (lost) announceLetGo(deckId);
    return stop;
  }, [db, deckStore, deckId, editingHere, lost]);

  const takeOver = useCallback(() => {
    if (!hold.current || takingOver) return;
    setTakingOver(true);
    // Listening before the lock moves, so the other tab's answer cannot come first.
    otherStopped.current = letGoAnnounced(deckId, LET_GO_WAIT_MS);
    hold.current.takeOver();
  }, [deckId, takingOver]);

  return { editingHere, takeOver, takingOver };
}

/** The deck as last saved (by the tab that edits it), in place of the one shown here. */
async function reloadDeck(db: Database, deckStore: DeckStore, deckId: DeckId): Promise<void> {
  const parsed = parseDeck(await loadDeck(db, deckId));
  if (parsed.ok && parsed.deck.id === deckId) deckStore.getState().replaceDeck(parsed.deck);
}
