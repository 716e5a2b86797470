// Leaving the editor for the deck library: whatever autosave has not written yet is written first, with the
// photos it names. If that fails (a full disk), the editor stays and says so; a second press leaves anyway,
// since making room is done in the library.
import { useCallback, useRef } from 'react';
import { saveDeck } from '../storage/deckStorage';
import { useEditorServices } from './editorServices';
import type { Notices } from './useNotices';

export type LeaveForDecksOptions = {
  /** Only the tab that edits the deck writes it; another tab showing it just goes. */
  readonly editingHere: boolean;
  readonly cancelImport: () => void;
  readonly addNotice: Notices['add'];
  readonly onShowDecks: () => void;
};

export function useLeaveForDecks({
  editingHere,
  cancelImport,
  addNotice,
  onShowDecks,
}: LeaveForDecksOptions): () => Promise<void> {
  const { db, deckStore, unsavedPhotos } = useEditorServices();
  const leaveUnsaved = useRef(false);
  return useCallback(async () => {
    // An import does not carry on into a deck no longer shown; the photos added so far are written below.
    cancelImport();
    if (editingHere && !leaveUnsaved.current) {
      const deck = deckStore.getState().deck;
      try {
        await saveDeck(db, deck, { photos: unsavedPhotos.namedBy(deck), current: true });
      } catch (error) {
        leaveUnsaved.current = true;
        const reason = error instanceof Error ? error.message : String(error);
        addNotice(
          'error',
          `The latest changes could not be saved: ${reason}. Press All decks again to leave without them.`,
        );
        return;
      }
    }
    onShowDecks();
  }, [addNotice, cancelImport, db, deckStore, editingHere, onShowDecks, unsavedPhotos]);
}
