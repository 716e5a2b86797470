// "Open bundle": reads a bundle zip and, only if all of it is good, makes it the open deck.
import { useCallback, useState } from 'react';
import { sharedPhotoImportPool } from '../media/photoImportPool';
import type { PhotoId } from '../model/ids';
import { loadDeck } from '../storage/deckStorage';
import { savePhotoBlobs, type PhotoBlobs } from '../storage/photoStorage';
import { deckToOpen } from './deckToOpen';
import { useEditorServices } from './editorServices';
import type { Notices } from './useNotices';

const PROGRESS_INTERVAL_MS = 250;

export function useBundleOpen(addNotice: Notices['add']) {
  const { db, deckStore, session } = useEditorServices();
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);

  const open = useCallback(
    async (file: File) => {
      // Reasons from parseDeck are whole sentences, those from openBundle are not: end with exactly one stop.
      const fail = (reason: string) =>
        addNotice('error', `“${file.name}” could not be opened: ${reason.replace(/\.$/, '')}.`);
      setBusy({ done: 0, total: 1 });
      try {
        // The zip reader is loaded only when a bundle is opened.
        const { openBundle } = await import('../bundle/openBundle');
        const bundle = await openBundle(file);
        if (!bundle.ok) return fail(bundle.reason);
        // Make every photo's renditions first, in the import workers: a bundle opens whole or not at all.
        const entries = [...bundle.media];
        const blobs = new Map<PhotoId, PhotoBlobs>();
        const files = entries.map(([id, original]) => {
          const fileName = bundle.deck.photos[id]?.fileName ?? id;
          return new File([original], fileName, { type: original.type });
        });
        // The first damaged photo stops the rest: the bundle will not open anyway.
        const stop = new AbortController();
        let damaged: string | undefined;
        let shown = 0;
        setBusy({ done: 0, total: entries.length });
        await sharedPhotoImportPool().importFiles(
          files,
          (result, index) => {
            if (!result.ok) {
              damaged ??= `the photo “${result.fileName}” in it is damaged (${result.reason})`;
              stop.abort();
              return;
            }
            const [id, original] = entries[index] as [PhotoId, Blob];
            // The deck's own facts about the photo stand; only the renditions are new.
            blobs.set(id, { original, thumbnail: result.thumbnail, display: result.display });
            // Progress is shown a few times a second, not per photo: each update re-renders the editor.
            if (blobs.size === entries.length || performance.now() - shown >= PROGRESS_INTERVAL_MS) {
              shown = performance.now();
              setBusy({ done: blobs.size, total: entries.length });
            }
          },
          stop.signal,
        );
        if (damaged !== undefined) return fail(damaged);
        const { deck, asCopy } = deckToOpen(bundle.deck, await loadDeck(db, bundle.deck.id));
        for (const [id, photoBlobs] of blobs) await savePhotoBlobs(db, id, photoBlobs);
        deckStore.getState().replaceDeck(deck);
        if (asCopy) {
          addNotice(
            'info',
            `This browser already holds “${bundle.deck.title}” with changes made since this bundle was exported, so the bundle was opened as a copy, “${deck.title}”. Both are kept.`,
          );
        }
        session.getState().selectSlide(deck.slides[0]?.id ?? null);
        session.getState().selectItems([]);
        session.getState().selectPhotos([]);
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      } finally {
        setBusy(null);
      }
    },
    [addNotice, db, deckStore, session],
  );

  return { open, busy };
}
