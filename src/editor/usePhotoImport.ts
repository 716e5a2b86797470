// Adding photos: imports picked or dropped files one by one, stores them, and adds them to the deck.
import { useCallback, useRef, useState } from 'react';
import { importPhotos, type PhotoFile } from '../media/importPhoto';
import { savePhotoBlobs } from '../storage/photoStorage';
import { commands } from '../store/commands';
import { useEditorServices } from './editorServices';
import type { Notices } from './useNotices';

export type ImportProgress = { readonly done: number; readonly total: number };

export function usePhotoImport(addNotice: Notices['add']) {
  const { db, deckStore } = useEditorServices();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (files: readonly PhotoFile[]) => {
      if (files.length === 0) return;
      if (controller.current) {
        addNotice('info', 'Photos are still being added; wait for them to finish, then add more.');
        return;
      }
      const abort = new AbortController();
      controller.current = abort;
      const batch = `import-${Date.now()}-${Math.random()}`;
      let done = 0;
      setProgress({ done, total: files.length });
      try {
        await importPhotos(
          files,
          async (result) => {
            if (!result.ok) {
              addNotice('error', `“${result.fileName}” could not be added: ${result.reason}.`);
            } else if (result.photo.id in deckStore.getState().deck.photos) {
              addNotice('info', `“${result.photo.fileName}” is already in the library.`);
            } else {
              try {
                await savePhotoBlobs(db, result.photo.id, result);
                deckStore.getState().dispatch(commands.addPhotos, { photos: [result.photo], batch });
              } catch (error) {
                addNotice(
                  'error',
                  `“${result.photo.fileName}” could not be saved: ${error instanceof Error ? error.message : String(error)}.`,
                );
              }
            }
            done += 1;
            setProgress({ done, total: files.length });
          },
          abort.signal,
        );
      } finally {
        controller.current = null;
        setProgress(null);
      }
    },
    [addNotice, db, deckStore],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { start, cancel, progress };
}
