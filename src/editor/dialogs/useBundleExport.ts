// "Export bundle": writes the deck, its photos (as the chosen preset makes them) and the player into a zip, or
// one HTML file, and downloads it.
import { useCallback, useRef, useState } from 'react';
import { bundleFileName } from '../../bundle/bundleLayout';
import { untilAborted } from '../../bundle/cancellable';
import type { ExportPreset } from '../../bundle/exportPresets';
import { renderSlidePoster } from '../../bundle/slidePoster';
import type { Deck, PhotoMeta } from '../../model/deck';
import { loadPhotoImage } from '../../slide/loadPhotoImage';
import type { PhotoImage } from '../../slide/photoImages';
import { loadPhotoBlob } from '../../storage/photoStorage';
import type { Database } from '../../storage/database';
import type { UnsavedPhotos } from '../../storage/unsavedPhotos';
import { downloadBlob } from '../../ui/downloadBlob';
import { useEditorServices } from '../editorServices';
import type { Notices } from '../../ui/useNotices';
import { causeWords } from '../../words/causeWords';

export type ExportProgress = { readonly done: number; readonly total: number };
export type ExportChoice = {
  readonly preset: ExportPreset;
  readonly singleFile: boolean;
  /** Speaker notes go in the bundle only when ticked (for presenting from it). */
  readonly includeNotes: boolean;
};
/** What was downloaded: the file's name and size, and whether it is the single HTML file. */
export type ExportedFile = {
  readonly fileName: string;
  readonly bytes: number;
  readonly singleFile: boolean;
};

/** The built player script, loaded on first need: it is big, and only exports use it. */
export async function loadPlayerScript(): Promise<string> {
  return (await import('virtual:bundle-player')).playerScript;
}

export function useBundleExport(addNotice: Notices['add']) {
  const { db, deckStore, unsavedPhotos } = useEditorServices();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  /** Resolves to the file downloaded, or null when cancelled or failed (an alert says why). */
  const start = useCallback(
    async ({ preset, singleFile, includeNotes }: ExportChoice): Promise<ExportedFile | null> => {
      if (controller.current) return null;
      const abort = new AbortController();
      controller.current = abort;
      const deck = deckStore.getState().deck;
      setProgress({ done: 0, total: 1 });
      try {
        // Settles the moment Cancel is pressed, even while the chunks below are still loading.
        const file = await untilAborted(
          abort.signal,
          (async () => {
            // The player script and the zip writer are big and only needed here: their own chunks, loaded on first export.
            const [playerScript, { exportBundle, exportSingleFileHtml }] = await Promise.all([
              loadPlayerScript(),
              import('../../bundle/exportBundle'),
            ]);
            const write = singleFile ? exportSingleFileHtml : exportBundle;
            return write(deck, {
              firstSlidePicture: singleFile ? null : await firstSlidePicture(db, deck, unsavedPhotos),
              playerScript,
              preset,
              includeNotes,
              signal: abort.signal,
              // Only while this export is the live one: a late report would bring the bar back after it ended.
              onProgress: (done, total) => {
                if (controller.current === abort && !abort.signal.aborted) setProgress({ done, total });
              },
              readPhoto: async (photo) => {
                const blob = await loadPhotoBlob(db, photo.id, 'original', unsavedPhotos);
                // The bundle names photos "photo-1.jpg"; the user knows theirs by the library's name.
                const name = deck.photos[photo.id]?.fileName ?? photo.fileName;
                if (!blob) throw new Error(`the photo “${name}” is missing from this browser's storage`);
                return blob;
              },
            });
          })(),
        );
        const fileName = bundleFileName(deck.title, singleFile ? 'html' : 'zip');
        downloadBlob(file, fileName);
        return { fileName, bytes: file.size, singleFile };
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'AbortError')) {
          addNotice('error', `The bundle could not be exported: ${causeWords(error)}.`);
        }
        return null;
      } finally {
        controller.current = null;
        setProgress(null);
      }
    },
    [addNotice, db, deckStore, unsavedPhotos],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { start, cancel, progress };
}

/**
 * The first slide as a picture for the zip's index.html, drawn from the screen-sized renditions the editor keeps.
 * Null when it cannot be drawn: the bundle then opens on the player alone, as it would anyway a moment later.
 */
async function firstSlidePicture(db: Database, deck: Deck, unsaved: UnsavedPhotos): Promise<Blob | null> {
  const loadImage = async (photo: PhotoMeta): Promise<PhotoImage | undefined> => {
    const blob =
      (await loadPhotoBlob(db, photo.id, 'display', unsaved)) ??
      (await loadPhotoBlob(db, photo.id, 'original', unsaved));
    if (!blob) return undefined;
    const url = URL.createObjectURL(blob);
    try {
      return await loadPhotoImage(url);
    } finally {
      URL.revokeObjectURL(url);
    }
  };
  return renderSlidePoster(deck, loadImage).catch(() => null);
}
