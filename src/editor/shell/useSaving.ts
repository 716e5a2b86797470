// Saving while this tab edits the deck: autosave runs exactly while it may (this tab edits, the database is
// open), one alert says when saving starts failing, and a newer version of the app opening the database in
// another tab gets a last save before this tab stops and says to reload.
import { useEffect, useState } from 'react';
import { startAutosave } from '../../session/autosave';
import { beforeDatabaseCloses } from '../../storage/database';
import type { Notices } from '../../ui/useNotices';
import { useEditorServices } from '../editorServices';

/** Whether the database is closed for a newer version: the editor must then stop editing. */
export function useDatabaseClosing(addNotice: Notices['add']): boolean {
  const { db, autosave } = useEditorServices();
  const [closed, setClosed] = useState(false);
  useEffect(
    () =>
      beforeDatabaseCloses(db, async () => {
        await autosave.flush().catch(() => undefined);
        setClosed(true);
        addNotice(
          'error',
          'Common Thread was updated in another tab. Your changes are saved; reload this tab to go on editing.',
        );
      }),
    [db, autosave, addNotice],
  );
  return closed;
}

/** Runs autosave while `editingHere`, and says once when saving starts failing. */
export function useAutosaveWhileEditing(editingHere: boolean, addNotice: Notices['add']): void {
  const { db, deckStore, saveState, unsavedPhotos, autosave } = useEditorServices();
  useEffect(() => {
    if (!editingHere) return;
    const running = startAutosave(db, deckStore, saveState, unsavedPhotos);
    autosave.use(running);
    return () => {
      void running.stop();
      autosave.use(null);
    };
  }, [db, deckStore, saveState, unsavedPhotos, autosave, editingHere]);
  // One alert when saving starts failing (autosave keeps retrying), not one per keystroke.
  useEffect(
    () =>
      saveState.subscribe((state, previous) => {
        if (state.status === 'failed' && previous.status !== 'failed') {
          addNotice(
            'error',
            `Your changes are not being saved: ${state.message}. Common Thread keeps trying.`,
          );
        }
      }),
    [saveState, addNotice],
  );
}
