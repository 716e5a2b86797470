// "Export bundle": writes the deck, its photos and the player into a zip and downloads it.
import { useCallback, useRef, useState } from 'react';
import { bundleFileName } from '../bundle/bundleLayout';
import { loadPhotoBlob } from '../storage/photoStorage';
import { downloadBlob } from '../ui/downloadBlob';
import { useEditorServices } from './editorServices';
import type { Notices } from './useNotices';

export type ExportProgress = { readonly done: number; readonly total: number };

export function useBundleExport(addNotice: Notices['add']) {
  const { db, deckStore } = useEditorServices();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async () => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    const deck = deckStore.getState().deck;
    setProgress({ done: 0, total: 1 });
    try {
      // The player script and the zip writer are big and only needed here: their own chunks, loaded on first export.
      const [{ playerScript }, { exportBundle }] = await Promise.all([
        import('virtual:bundle-player'),
        import('../bundle/exportBundle'),
      ]);
      const zip = await exportBundle(deck, {
        playerScript,
        signal: abort.signal,
        onProgress: (done, total) => setProgress({ done, total }),
        readPhoto: async (photo) => {
          const blob = await loadPhotoBlob(db, photo.id, 'original');
          if (!blob) throw new Error(`the photo “${photo.fileName}” is missing from this browser's storage`);
          return blob;
        },
      });
      downloadBlob(zip, bundleFileName(deck.title));
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        addNotice(
          'error',
          `The bundle could not be exported: ${error instanceof Error ? error.message : String(error)}.`,
        );
      }
    } finally {
      controller.current = null;
      setProgress(null);
    }
  }, [addNotice, db, deckStore]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { start, cancel, progress };
}
