// Whether this tab edits the deck, and what follows from it: only the editing tab saves; a tab that stops
// editing (another took the deck over, or a newer version closed the database) stops adding photos and lets
// go of those it held for saving; "Edit here instead" moves the focus on to the deck title once it edits.
import { useEffect, useRef } from 'react';
import type { Database } from '../../storage/database';
import type { UnsavedPhotos } from '../../storage/unsavedPhotos';
import type { DeckStore } from '../../store/deckStore';
import type { Notices } from '../../ui/useNotices';
import { useEditingHere } from './useEditingHere';
import { useAutosaveWhileEditing, useDatabaseClosing } from './useSaving';

export type EditingTab = {
  readonly editingHere: boolean;
  readonly takingOver: boolean;
  /** "Edit here instead": takes the deck over from the other tab, then focuses the title. */
  readonly takeOver: () => void;
  /** The deck title's input, which takes the focus after a take-over. */
  readonly titleInput: React.RefObject<HTMLInputElement | null>;
};

type EditingTabOptions = {
  readonly db: Database;
  readonly deckStore: DeckStore;
  readonly unsavedPhotos: UnsavedPhotos;
  readonly addNotice: Notices['add'];
  readonly cancelImport: () => void;
};

export function useEditingTab({
  db,
  deckStore,
  unsavedPhotos,
  addNotice,
  cancelImport,
}: EditingTabOptions): EditingTab {
  const editing = useEditingHere(db, deckStore);
  const databaseClosed = useDatabaseClosing(addNotice);
  const editingHere = editing.editingHere === true && !databaseClosed;
  useAutosaveWhileEditing(editingHere, addNotice);

  useEffect(() => {
    if (editingHere) return;
    cancelImport();
    unsavedPhotos.prune(() => false);
  }, [editingHere, cancelImport, unsavedPhotos]);

  const titleInput = useRef<HTMLInputElement>(null);
  const tookOver = useRef(false);
  useEffect(() => {
    if (!editingHere || !tookOver.current) return;
    tookOver.current = false;
    titleInput.current?.focus();
  }, [editingHere]);

  const { takeOver, takingOver } = editing;
  return {
    editingHere,
    takingOver,
    takeOver: () => {
      tookOver.current = true;
      takeOver();
    },
    titleInput,
  };
}
