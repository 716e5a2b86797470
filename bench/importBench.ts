// Benchmark: adding 12 MP phone photos the way the editor does, against the browser's bare decode of the same files.
import { deleteDB } from 'idb';
import { createSaveStateStore, startAutosave } from '../src/session/autosave';
import { addPhotoFiles } from '../src/editor/library/usePhotoImport';
import { createPhotoImportPool, defaultPoolSize } from '../src/media/photoImportPool';
import { newDeck } from '../src/model/newDeck';
import type { PhotoId } from '../src/model/ids';
import { openDatabase } from '../src/storage/database';
import { createUnsavedPhotos } from '../src/storage/unsavedPhotos';
import { createDeckStore } from '../src/store/deckStore';
import { figure, measured, phase, PEAK_HEAP_KEY, PEAK_PROCESS_KEY } from './benchmark';
import type { Benchmark, BenchOptions, Measurement } from './benchmark';
import { distinctFiles, phonePhotos, PHONE_LONG_EDGE, PHONE_SHORT_EDGE } from './fixturePhotos';
import { watchLongTasks } from './longTasks';

const DECODE = 'decode';
const IMPORT = 'import';

let photos: Blob[] | undefined;

function photoCount(options: BenchOptions): number {
  return options.quick ? 12 : 100;
}

/** `npm run bench -- --pool-size=3` tries another pool size; by default the editor's own choice. */
function poolSize(): number {
  const asked = Number(new URLSearchParams(location.search).get('poolSize'));
  return Number.isInteger(asked) && asked > 0 ? asked : defaultPoolSize();
}

function files(options: BenchOptions): File[] {
  if (!photos) throw new Error('import bench: setup did not run');
  // Fresh copies for every run, so no run profits from anything the one before left behind.
  return distinctFiles(options.fixtureNames, photos, photoCount(options));
}

/**
 * The files, handed over in a task after the one that made them: making 100 distinct Files takes the
 * harness ~100 ms, which a long-task watch started in the same task would count against the app.
 */
export async function madeApart(made: File[]): Promise<File[]> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return made;
}

/** One createImageBitmap per file on the main thread, closed at once: what decoding alone costs. */
export async function bareDecode(files: readonly File[]): Promise<Measurement> {
  const longTasks = watchLongTasks();
  const start = performance.now();
  let first = Number.NaN;
  for (const file of files) {
    const bitmap = await createImageBitmap(file);
    bitmap.close();
    if (Number.isNaN(first)) first = performance.now() - start;
  }
  const total = performance.now() - start;
  return { total, first, longestTask: await longTasks.stop() };
}

/**
 * The editor's own import (worker pool, deck commands, and autosave storing each photo with the deck) into a
 * scratch database and deck; the time ends when every photo is stored.
 */
async function editorImport(files: readonly File[]): Promise<Measurement> {
  const databaseName = `common-thread-bench-${Date.now()}-${Math.random()}`;
  const db = await openDatabase(databaseName);
  const deckStore = createDeckStore(newDeck(new Date(), 'Bench deck'));
  const unsavedPhotos = createUnsavedPhotos();
  const autosave = startAutosave(db, deckStore, createSaveStateStore(), unsavedPhotos);
  // A new pool each run, so its workers' start-up is paid as on a user's first import.
  const pool = createPhotoImportPool(poolSize());
  const notices: string[] = [];
  let first = Number.NaN;
  let adds = 0;
  const unsubscribe = deckStore.subscribe((state, previous) => {
    if (state.deck.photos === previous.deck.photos) return;
    adds += 1;
    if (Number.isNaN(first)) first = performance.now() - start;
  });
  const longTasks = watchLongTasks();
  const start = performance.now();
  try {
    await addPhotoFiles(files, {
      deckStore,
      unsavedPhotos,
      pool,
      notify: (_kind, text) => notices.push(text),
    });
    const photoIds = Object.keys(deckStore.getState().deck.photos) as PhotoId[];
    await Promise.all(photoIds.map((id) => unsavedPhotos.whenSaved(id)));
    const total = performance.now() - start;
    const longestTask = await longTasks.stop();
    const imported = Object.keys(deckStore.getState().deck.photos).length;
    // A photo that failed or was skipped would make the import look faster than it is.
    if (notices.length > 0 || imported !== files.length) {
      throw new Error(`import bench: ${imported} of ${files.length} imported; ${notices.join(' ')}`);
    }
    return { total, first, longestTask, adds };
  } finally {
    unsubscribe();
    autosave.stop();
    pool.dispose();
    db.close();
    await deleteDB(databaseName);
  }
}

export const importBench: Benchmark = {
  name: 'import',
  needsFixtures: true,
  phases: [DECODE, IMPORT],
  async setup(options) {
    photos ??= await phonePhotos(options.fixtureNames);
  },
  async run(name, options) {
    const chosen = await madeApart(files(options));
    return name === DECODE ? bareDecode(chosen) : editorImport(chosen);
  },
  figures(medians, options) {
    const decode = phase(medians, DECODE);
    const app = phase(medians, IMPORT);
    const count = photoCount(options);
    const about =
      `${count} photos of 12 MP (${PHONE_LONG_EDGE}×${PHONE_SHORT_EDGE} JPEG q0.9, scaled up from the ` +
      `${options.fixtureNames.length} fixtures, each copy distinct), pool of ${poolSize()} workers`;
    return {
      total: figure({
        value: measured(app, 'total'),
        baseline: measured(decode, 'total'),
        unit: 'ms',
        // Issue 16's floor for hash, decode and two renditions on two cores.
        target: 'ratio <= 1.15',
        note:
          `${about}; the editor's addPhotoFiles: hash, decode, two renditions, EXIF date in the workers, ` +
          'blobs into a scratch IndexedDB, addPhotos into a deck; baseline: one createImageBitmap per file on the main thread',
      }),
      photosPerSecond: figure({
        value: count / (measured(app, 'total') / 1000),
        baseline: count / (measured(decode, 'total') / 1000),
        unit: 'photos/s',
        note: 'baseline: the bare decode rate',
      }),
      firstThumbnail: figure({
        value: measured(app, 'first'),
        baseline: measured(decode, 'first'),
        unit: 'ms',
        note: `until the first photo is in the deck (so in the library); ${measured(app, 'adds')} adds in all; baseline: the first bare decode`,
      }),
      longestTask: figure({
        value: measured(app, 'longestTask'),
        baseline: measured(decode, 'longestTask'),
        unit: 'ms',
        target: 'value <= 50',
        note: 'longest main-thread task (PerformanceObserver "longtask"; 0 = none over 50 ms); no React rendering in this page',
      }),
      peakHeap: figure({
        value: measured(app, PEAK_HEAP_KEY),
        baseline: measured(decode, PEAK_HEAP_KEY),
        unit: 'MB',
        note: "peak JS heap of the page's main thread incl. ArrayBuffers (CDP Runtime.getHeapUsage; the workers' heaps are not in it); baseline: during the bare decode",
      }),
      peakMemory: figure({
        value: measured(app, PEAK_PROCESS_KEY),
        baseline: measured(decode, PEAK_PROCESS_KEY),
        unit: 'MB',
        target: 'value <= 600',
        note: "peak memory of the page's renderer process (with its workers) plus the GPU process: RssAnon + RssShmem from /proc/<pid>/status; baseline: during the bare decode",
      }),
    };
  },
};
