// Adding photos: imports picked or dropped files in the worker pool, stores them, and adds them to the deck as they finish.
import { useCallback, useRef, useState } from 'react';
import type { PhotoFile } from '../media/importPhoto';
import { sharedPhotoImportPool, type PhotoImportPool } from '../media/photoImportPool';
import type { PhotoMeta } from '../model/deck';
import type { PhotoId } from '../model/ids';
import type { Database } from '../storage/database';
import { savePhotoBlobs } from '../storage/photoStorage';
import { commands } from '../store/commands';
import type { DeckStore } from '../store/deckStore';
import { useEditorServices } from './editorServices';
import type { Notice, Notices } from './useNotices';

export type ImportProgress = { readonly done: number; readonly total: number };

/**
 * How often, at most, finished photos are added to the deck. Every add re-renders the editor and starts an
 * autosave; once per photo, that work would crowd out the user's own clicks during a big import.
 */
export const ADD_INTERVAL_MS = 250;

export type AddPhotoFilesOptions = {
  readonly db: Database;
  readonly deckStore: DeckStore;
  readonly pool: PhotoImportPool;
  readonly notify: (kind: Notice['kind'], text: string) => void;
  /** Called with each batch of news (at most every ADD_INTERVAL_MS), not per photo. */
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
};

/**
 * Imports `files` into the open deck: each photo's blobs are stored as soon as it is made, and the photos
 * are added in the order the files were chosen, a few at a time, all as one undo step. A photo already in
 * the deck, or twice in the files, is said once and stored once. An abort keeps every photo already made.
 */
export async function addPhotoFiles(
  files: readonly PhotoFile[],
  options: AddPhotoFilesOptions,
): Promise<void> {
  const { db, deckStore, pool, notify, onProgress, signal } = options;
  const total = files.length;
  const batch = `import-${Date.now()}-${Math.random()}`;
  // Per file index: the photo to add, null when there is nothing to add, absent while it is being made.
  const ready = new Map<number, PhotoMeta | null>();
  // Which file of this import holds each photo, so the same photo twice is added once.
  const owners = new Map<PhotoId, number>();
  const news: [Notice['kind'], string][] = [];
  let nextIndex = 0;
  let done = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastAdd = Number.NEGATIVE_INFINITY;

  /** Adds the photos ready in file order; `all` also takes those behind a file that will never come. */
  const add = (all: boolean) => {
    timer = undefined;
    lastAdd = performance.now();
    const photos: PhotoMeta[] = [];
    const indexes = all ? [...ready.keys()].sort((a, b) => a - b) : [];
    if (!all) for (let i = nextIndex; ready.has(i); i += 1) indexes.push(i);
    for (const index of indexes) {
      const photo = ready.get(index);
      if (photo) photos.push(photo);
      ready.delete(index);
      nextIndex = Math.max(nextIndex, index + 1);
    }
    if (photos.length > 0) deckStore.getState().dispatch(commands.addPhotos, { photos, batch });
    for (const [kind, text] of news.splice(0)) notify(kind, text);
    onProgress?.({ done, total });
  };
  // The first photo shows at once; later ones wait for the next slot.
  const scheduleAdd = () => {
    timer ??= setTimeout(() => add(false), Math.max(0, lastAdd + ADD_INTERVAL_MS - performance.now()));
  };

  onProgress?.({ done, total });
  try {
    await pool.importFiles(
      files,
      async (result, index) => {
        let photo: PhotoMeta | null = null;
        const owner = result.ok ? owners.get(result.photo.id) : undefined;
        if (!result.ok) {
          news.push(['error', `“${result.fileName}” could not be added: ${result.reason}.`]);
        } else if (owner !== undefined) {
          // The same bytes twice in the files: the first file keeps the photo, whichever finished first.
          // A later file cannot have been added yet (photos are added in file order) and its blobs, the
          // same bytes, are already stored.
          const [kept, repeated] = owner < index ? [owner, index] : [index, owner];
          if (kept === index) {
            ready.set(owner, null);
            owners.set(result.photo.id, index);
            photo = result.photo;
          }
          news.push(['info', `“${files[repeated]?.name ?? ''}” is already in the library.`]);
        } else if (result.photo.id in deckStore.getState().deck.photos) {
          news.push(['info', `“${result.photo.fileName}” is already in the library.`]);
        } else {
          try {
            await savePhotoBlobs(db, result.photo.id, result);
            owners.set(result.photo.id, index);
            photo = result.photo;
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            news.push(['error', `“${result.photo.fileName}” could not be saved: ${reason}.`]);
          }
        }
        ready.set(index, photo);
        done += 1;
        scheduleAdd();
      },
      signal,
    );
  } finally {
    clearTimeout(timer);
    add(true);
  }
}

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
      try {
        await addPhotoFiles(files, {
          db,
          deckStore,
          pool: sharedPhotoImportPool(),
          notify: addNotice,
          onProgress: setProgress,
          signal: abort.signal,
        });
      } catch (error) {
        addNotice(
          'error',
          `Adding photos stopped: ${error instanceof Error ? error.message : String(error)}.`,
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
