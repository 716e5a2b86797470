// What the deck itself has to tell the person, said as a notice and never silent: an edit its limits refused
// (a 1,001st slide, an import past 5,000 photos), and a saved deck that could not be opened on start.
import { useEffect } from 'react';
import type { DeckError } from '../../model/parseDeck';
import { useDeck, type DeckStore } from '../../store/deckStore';
import type { Notices } from '../../ui/useNotices';
import { refusedEditWords, savedDeckProblemWords } from '../../words/deckWords';

export function useDeckNotices(
  deckStore: DeckStore,
  bootProblem: DeckError | null,
  addNotice: Notices['add'],
): void {
  const refusal = useDeck(deckStore, (state) => state.refusal);
  useEffect(() => {
    if (refusal) addNotice('info', refusedEditWords(refusal.over));
  }, [refusal, addNotice]);
  useEffect(() => {
    if (bootProblem) addNotice('error', savedDeckProblemWords(bootProblem));
  }, [bootProblem, addNotice]);
}
