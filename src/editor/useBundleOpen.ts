// "Open bundle": reads a bundle zip and, only if all of it is good, makes it the open deck.
import { useCallback, useState } from 'react';
import { importPhoto } from '../media/importPhoto';
import type { PhotoId } from '../model/ids';
import { savePhotoBlobs, type PhotoBlobs } from '../storage/photoStorage';
import { useEditorServices } from './editorServices';
import type { Notices } from './useNotices';

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
        // Make every photo's renditions first: a bundle opens whole or not at all.
        const blobs = new Map<PhotoId, PhotoBlobs>();
        const entries = [...bundle.media];
        for (const [index, [id, original]] of entries.entries()) {
          const photo = bundle.deck.photos[id];
          const result = await importPhoto(
            new File([original], photo?.fileName ?? id, { type: original.type }),
          );
          if (!result.ok) return fail(`the photo “${result.fileName}” in it is damaged (${result.reason})`);
          blobs.set(id, { original, thumbnail: result.thumbnail, display: result.display });
          setBusy({ done: index + 1, total: entries.length });
        }
        for (const [id, photoBlobs] of blobs) await savePhotoBlobs(db, id, photoBlobs);
        deckStore.getState().replaceDeck(bundle.deck);
        session.getState().selectSlide(bundle.deck.slides[0]?.id ?? null);
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
