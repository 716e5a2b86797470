// "Open bundle" in the editor: the progress bar, the question when the deck is already here, and the deck
// opened selected. The reading and checking (openBundleFile, with the zip reader's worker and the words for
// what is wrong with a bundle) load when a bundle is first opened.
import { useCallback, useState } from 'react';
import { sharedPhotoImportPool } from '../../media/photoImportPool';
import { errorText } from '../../model/errorText';
import type { Notices } from '../../ui/useNotices';
import { useEditorServices } from '../editorServices';
import type { DeckQuestion } from './DeckAlreadyHereDialog';
import type { BundleOpenProgress } from './openBundleFile';

export function useBundleOpen(addNotice: Notices['add']) {
  const { db, deckStore, session, autosave } = useEditorServices();
  const [busy, setBusy] = useState<BundleOpenProgress | null>(null);
  const [question, setQuestion] = useState<DeckQuestion | null>(null);

  const open = useCallback(
    async (file: File) => {
      setBusy({ done: 0, total: 1 });
      try {
        let openBundleFile: typeof import('./openBundleFile').openBundleFile;
        try {
          ({ openBundleFile } = await import('./openBundleFile'));
        } catch (error) {
          addNotice(
            'error',
            `“${file.name}” could not be opened: ${errorText(error)}. Reload the page to try again.`,
          );
          return;
        }
        const deck = await openBundleFile(file, {
          db,
          deckStore,
          pool: sharedPhotoImportPool(),
          notify: addNotice,
          onProgress: setBusy,
          flushSaves: autosave.flush,
          ask: (title) =>
            new Promise((resolve) => {
              // The progress bar gives way to the question while the person decides.
              setBusy(null);
              let answered = false;
              setQuestion({
                title,
                answer: (choice) => {
                  if (answered) return;
                  answered = true;
                  setQuestion(null);
                  resolve(choice);
                },
              });
            }),
        });
        if (deck === null) return;
        session.getState().selectSlide(deck.slides[0]?.id ?? null);
        session.getState().selectItems([]);
        session.getState().selectPhotos([]);
      } finally {
        setBusy(null);
      }
    },
    [addNotice, autosave.flush, db, deckStore, session],
  );

  return { open, busy, question };
}
