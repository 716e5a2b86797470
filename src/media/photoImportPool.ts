// A small pool of import workers: photos are imported in parallel off the main thread, results come back as they finish.
import type { ImportPhotoResult, PhotoFile } from './importPhoto';
import { startAppWorker } from './appWorker';
import type { ImportJob, ImportJobDone } from './importJob';

export type OnImported = (result: ImportPhotoResult, index: number) => void | Promise<void>;

export type PhotoImportPool = {
  /** How many workers (and so photos in flight) at most. */
  readonly size: number;
  /**
   * Imports `files`, calling `onEach` with each result and the file's index as soon as it is ready: in
   * finishing order, not file order, one call at a time (each is awaited before the next). Resolves when
   * every file is reported, or after an abort. An abort starts no further file and drops the photos
   * being worked on (their workers are stopped); the results already reported stand.
   */
  importFiles(files: readonly PhotoFile[], onEach: OnImported, signal?: AbortSignal): Promise<void>;
  /** Stops every worker; imports under way end as if aborted, and the pool cannot be used again. */
  dispose(): void;
};

export type PhotoImportPoolOptions = {
  readonly createWorker?: () => Worker;
  /** Bounds the believable capture date (tests pass a fixed one). */
  readonly now?: () => Date;
};

/**
 * One worker per core but one, kept for the page, and never more than 3: the import measured fastest
 * with 2–3 workers (decoding also uses threads of its own). Two cores still get 2 workers.
 */
export function defaultPoolSize(cores: number = navigator.hardwareConcurrency || 1): number {
  if (cores < 2) return 1;
  return Math.min(3, Math.max(2, cores - 1));
}

export function createImportWorker(): Worker {
  return startAppWorker('photo import');
}

type Run = {
  readonly files: readonly PhotoFile[];
  /** Results received whose onEach has not settled: when there are `size` of them, no new job starts. */
  waiting: number;
  stopped: boolean;
  deliver(job: Job, result: ImportPhotoResult): void;
  /** Ends the import: nothing more starts or is reported; settles its promise once onEach is done. */
  stop(error?: unknown): void;
};

type Job = { readonly jobId: number; readonly index: number; readonly run: Run };

type Slot = { worker: Worker | null; job: Job | null };

export function createPhotoImportPool(
  size: number = defaultPoolSize(),
  { createWorker = createImportWorker, now = () => new Date() }: PhotoImportPoolOptions = {},
): PhotoImportPool {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`a pool needs at least 1 worker, not ${size}`);
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, job: null }));
  const queue: Job[] = [];
  const runs = new Set<Run>();
  let nextJobId = 1;
  let disposed = false;

  function stopWorker(slot: Slot): void {
    slot.worker?.terminate();
    slot.worker = null;
    slot.job = null;
  }

  // Workers start on first use and are kept between imports: starting one costs a module load.
  function workerOf(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    const worker = createWorker();
    worker.addEventListener('message', (event: MessageEvent<ImportJobDone>) => {
      const job = slot.job;
      // An answer for a job that was dropped (abort) has no one waiting for it.
      if (slot.worker !== worker || !job || job.jobId !== event.data.jobId) return;
      slot.job = null;
      job.run.deliver(job, event.data.result);
      pump();
    });
    const fail = (event: Event) => {
      // Handled here: the failure becomes this one file's result instead of an error in the console.
      event.preventDefault();
      if (slot.worker !== worker) return;
      const job = slot.job;
      // A worker that failed (out of memory on a huge photo, say) is not trusted with the next one.
      stopWorker(slot);
      if (job) job.run.deliver(job, failure(job));
      pump();
    };
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    slot.worker = worker;
    return worker;
  }

  function failure(job: Job): ImportPhotoResult {
    return { ok: false, fileName: job.run.files[job.index]?.name ?? '', error: { kind: 'import-stopped' } };
  }

  /** Starts queued jobs on idle workers, skipping those of an import whose caller is behind. */
  function pump(): void {
    if (disposed) return;
    for (const slot of slots) {
      if (slot.job) continue;
      const next = queue.findIndex((job) => job.run.waiting < size);
      if (next < 0) return;
      const [job] = queue.splice(next, 1) as [Job];
      const file = job.run.files[job.index] as PhotoFile;
      slot.job = job;
      const message: ImportJob = {
        kind: 'import',
        jobId: job.jobId,
        file,
        fileName: file.name,
        now: now().getTime(),
      };
      workerOf(slot).postMessage(message);
    }
  }

  function importFiles(files: readonly PhotoFile[], onEach: OnImported, signal?: AbortSignal): Promise<void> {
    if (disposed) return Promise.reject(new Error('the photo import pool has been disposed'));
    if (files.length === 0 || signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      let reported = 0;
      // onEach calls run one after another, so a caller never has two of its own calls in flight.
      let chain: Promise<void> = Promise.resolve();

      const run: Run = {
        files,
        waiting: 0,
        stopped: false,
        deliver(job, result) {
          if (run.stopped) return;
          run.waiting += 1;
          chain = chain
            .then(async () => {
              if (run.stopped) return;
              await onEach(result, job.index);
              reported += 1;
              if (reported === files.length) run.stop();
            })
            // The caller failed to take a photo: stop, and pass its error on.
            .catch((error: unknown) => run.stop(error))
            .finally(() => {
              run.waiting -= 1;
              pump();
            });
        },
        stop(error) {
          if (run.stopped) return;
          run.stopped = true;
          runs.delete(run);
          signal?.removeEventListener('abort', onAbort);
          for (let i = queue.length - 1; i >= 0; i -= 1) if (queue[i]?.run === run) queue.splice(i, 1);
          // Dropping a photo half done means stopping its worker; a fresh one starts when next needed.
          for (const slot of slots) if (slot.job?.run === run) stopWorker(slot);
          pump();
          // The onEach call under way is awaited, so the caller's own work is settled when this returns.
          void chain.then(() => (error === undefined ? resolve() : reject(error)));
        },
      };
      const onAbort = () => run.stop();

      runs.add(run);
      signal?.addEventListener('abort', onAbort, { once: true });
      for (const index of files.keys()) queue.push({ jobId: nextJobId++, index, run });
      pump();
    });
  }

  function dispose(): void {
    disposed = true;
    for (const run of [...runs]) run.stop();
    for (const slot of slots) stopWorker(slot);
  }

  return { size, importFiles, dispose };
}

let shared: PhotoImportPool | undefined;

/** The page's one pool, made on first use: adding photos and opening bundles share its workers. */
export function sharedPhotoImportPool(): PhotoImportPool {
  shared ??= createPhotoImportPool();
  return shared;
}
