// Leaving the editor for the deck library: whatever autosave has not written yet is written first. If that
// fails (a full disk), the editor stays and says so; a second press leaves anyway, since making room is done in
// the library.
import { useCallback, useRef } from 'react';
import type { Notices } from '../../ui/useNotices';
import { errorText } from '../../model/errorText';

export type LeaveForDecksOptions = {
  /** Autosave's flush (resolved at once in a tab that does not edit the deck). */
  readonly flush: () => Promise<void>;
  readonly cancelImport: () => void;
  readonly addNotice: Notices['add'];
  readonly onShowDecks: () => void;
};

export function useLeaveForDecks({
  flush,
  cancelImport,
  addNotice,
  onShowDecks,
}: LeaveForDecksOptions): () => Promise<void> {
  const leaveUnsaved = useRef(false);
  return useCallback(async () => {
    // An import does not carry on into a deck no longer shown; the photos added so far are written below.
    cancelImport();
    if (!leaveUnsaved.current) {
      try {
        await flush();
      } catch (error) {
        leaveUnsaved.current = true;
        const reason = errorText(error);
        addNotice(
          'error',
          `The latest changes could not be saved: ${reason}. Press All decks again to leave without them.`,
        );
        return;
      }
    }
    onShowDecks();
  }, [addNotice, cancelImport, flush, onShowDecks]);
}
