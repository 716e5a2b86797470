// Adding photos: imports picked or dropped files in the worker pool and adds them to the deck as they finish;
// autosave stores each photo in the transaction that saves the deck naming it.
import { useCallback, useRef, useState } from 'react';
import type { PhotoFile } from '../../media/importPhoto';
import { sharedPhotoImportPool, type PhotoImportPool } from '../../media/photoImportPool';
import type { PhotoMeta } from '../../model/deck';
import type { PhotoId } from '../../model/ids';
import { StorageFullError } from '../../storage/storageFullError';
import type { PhotoBlobs } from '../../storage/photoStorage';
import type { UnsavedPhotos } from '../../storage/unsavedPhotos';
import { commands } from '../../store/commands';
import type { DeckStore } from '../../store/deckStore';
import { useEditorServices } from '../editorServices';
import type { Notice, Notices, NoticeTopic } from '../../ui/useNotices';
import { errorText } from '../../model/errorText';
import { photoNotAddedWords } from '../../words/photoWords';

export type ImportProgress = { readonly done: number; readonly total: number };

/**
 * How often, at most, finished photos are added to the deck. Every add re-renders the editor and starts an
 * autosave; once per photo, that work would crowd out the user's own clicks during a big import.
 */
export const ADD_INTERVAL_MS = 250;

export type AddPhotoFilesOptions = {
  readonly deckStore: DeckStore;
  /** Where the photos wait for the deck's save (autosave) to store them. */
  readonly unsavedPhotos: UnsavedPhotos;
  readonly pool: PhotoImportPool;
  /** Bad files and photos already there are told with their topic, so the editor can group them. */
  readonly notify: (kind: Notice['kind'], text: string, topic?: NoticeTopic) => void;
  /** Called with each batch of news (at most every ADD_INTERVAL_MS), not per photo. */
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
};

/**
 * Imports `files` into the open deck: the photos are added in the order the files were chosen, a few at a
 * time, all as one undo step, and held until the deck's save stores them with it. A photo already in the
 * deck, or twice in the files, is said once and stored once. An abort keeps every photo already made.
 * When the browser's storage is full, the import stops and the photos that could not be stored are taken
 * out again (within the same undo step), so the deck and every photo saved before stay saved.
 */
export async function addPhotoFiles(
  files: readonly PhotoFile[],
  options: AddPhotoFilesOptions,
): Promise<void> {
  const { deckStore, unsavedPhotos, pool, notify, onProgress, signal } = options;
  const total = files.length;
  const batch = `import-${Date.now()}-${Math.random()}`;
  const stop = new AbortController();
  const stopOnAbort = () => stop.abort();
  signal?.addEventListener('abort', stopOnAbort);
  if (signal?.aborted) stop.abort();
  // Photos of this import in the deck, files already reported (bad, or already there), and whether a full disk
  // made the import stop and withdraw its unsaved photos.
  const added = new Set<PhotoId>();
  let reported = 0;
  let full: StorageFullError | null = null;
  // Per file index: the photo to add (with its blobs), null when there is nothing to add, absent while it is
  // being made. The blobs are handed to autosave only as the photo goes into the deck, in the same moment.
  const ready = new Map<number, { photo: PhotoMeta; blobs: PhotoBlobs } | null>();
  // Which file of this import holds each photo, so the same photo twice is added once.
  const owners = new Map<PhotoId, number>();
  const news: [Notice['kind'], string, NoticeTopic][] = [];
  let nextIndex = 0;
  let done = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastAdd = Number.NEGATIVE_INFINITY;

  /** Adds the photos ready in file order; `all` also takes those behind a file that will never come. */
  const add = (all: boolean) => {
    timer = undefined;
    lastAdd = performance.now();
    const made: { photo: PhotoMeta; blobs: PhotoBlobs }[] = [];
    const indexes = all ? [...ready.keys()].sort((a, b) => a - b) : [];
    if (!all) for (let i = nextIndex; ready.has(i); i += 1) indexes.push(i);
    for (const index of indexes) {
      const one = ready.get(index);
      if (one) made.push(one);
      ready.delete(index);
      nextIndex = Math.max(nextIndex, index + 1);
    }
    // Once storage is full nothing more goes into the deck.
    if (!full && made.length > 0) {
      for (const { photo, blobs } of made) unsavedPhotos.hold(photo.id, blobs);
      const photos = made.map(({ photo }) => photo);
      const refusalBefore = deckStore.getState().refusal;
      deckStore.getState().dispatch(commands.addPhotos, { photos, batch });
      if (deckStore.getState().refusal === refusalBefore) {
        for (const photo of photos) {
          added.add(photo.id);
          watch(photo.id);
        }
      } else {
        // Refused: the deck would pass its photo limit (the store says so). Nothing more is read or held.
        const refused = new Set(photos.map((photo) => photo.id));
        unsavedPhotos.prune((id) => !refused.has(id));
        stop.abort();
      }
    }
    for (const [kind, text, topic] of news.splice(0)) notify(kind, text, topic);
    onProgress?.({ done, total });
  };
  /**
   * A save carrying this import's photos failed. When the disk is full, the import stops and takes its unsaved
   * photos out of the deck, so the deck (and every photo stored before) can be saved again; any other failure
   * is autosave's to retry. May come after the import has finished: the last photos are saved after it.
   */
  const withdrawIfFull = (error: StorageFullError) => {
    if (full) return;
    full = error;
    stop.abort();
    // (They stay held: should an Undo or Redo bring them back, autosave tries to store them again.)
    const unsaved = [...added].filter((id) => unsavedPhotos.has(id));
    if (unsaved.length > 0)
      deckStore.getState().dispatch(commands.removePhotos, { photoIds: unsaved, batch });
    for (const id of unsaved) added.delete(id);
    // Said once the pool has stopped, with every photo not added counted (see below); or now if it has.
    if (finished) sayFull();
  };
  /** Follows the photo's saves until it is stored: a failure other than a full disk is retried by autosave. */
  const watch = (id: PhotoId) => {
    unsavedPhotos.whenSaved(id).catch((error: unknown) => {
      if (error instanceof StorageFullError) withdrawIfFull(error);
      else if (!full && unsavedPhotos.has(id)) watch(id);
    });
  };
  let finished = false;
  const sayFull = () => {
    if (!full) return;
    // Every file neither in the deck nor reported already: withdrawn, dropped, or not read after the stop.
    const notAdded = total - added.size - reported;
    const count = notAdded === 1 ? '1 photo was' : `${notAdded} photos were`;
    notify('error', `Adding photos stopped: ${full.message}. ${count} not added.`);
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
        let photo: { photo: PhotoMeta; blobs: PhotoBlobs } | null = null;
        const owner = result.ok ? owners.get(result.photo.id) : undefined;
        if (!result.ok) {
          news.push(['error', photoNotAddedWords(result.fileName, result.error), 'photoNotAdded']);
          reported += 1;
        } else if (owner !== undefined) {
          // The same bytes twice in the files: the first file keeps the photo, whichever finished first.
          // A later file cannot have been added yet (photos are added in file order).
          const [kept, repeated] = owner < index ? [owner, index] : [index, owner];
          if (kept === index) {
            ready.set(owner, null);
            owners.set(result.photo.id, index);
            photo = { photo: result.photo, blobs: result };
          }
          news.push([
            'info',
            `“${files[repeated]?.name ?? ''}” is already in the library.`,
            'photoAlreadyHere',
          ]);
          reported += 1;
        } else if (result.photo.id in deckStore.getState().deck.photos) {
          news.push(['info', `“${result.photo.fileName}” is already in the library.`, 'photoAlreadyHere']);
          reported += 1;
        } else {
          owners.set(result.photo.id, index);
          photo = { photo: result.photo, blobs: result };
        }
        ready.set(index, photo);
        done += 1;
        scheduleAdd();
      },
      stop.signal,
    );
  } finally {
    signal?.removeEventListener('abort', stopOnAbort);
    clearTimeout(timer);
    add(true);
    finished = true;
    sayFull();
  }
}

export function usePhotoImport(addNotice: Notices['add']) {
  const { deckStore, unsavedPhotos } = useEditorServices();
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
          deckStore,
          unsavedPhotos,
          pool: sharedPhotoImportPool(),
          notify: addNotice,
          onProgress: setProgress,
          signal: abort.signal,
        });
      } catch (error) {
        addNotice('error', `Adding photos stopped: ${errorText(error)}.`);
      } finally {
        controller.current = null;
        setProgress(null);
      }
    },
    [addNotice, deckStore, unsavedPhotos],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { start, cancel, progress };
}
