// The import worker pool in real Chromium with real workers: parallel results match the main thread's, failures stay per file.
import { afterEach, describe, expect, it } from 'vitest';
import { importPhoto, type ImportPhotoResult, type PhotoFile } from '../../../src/media/importPhoto';
import {
  createImportWorker,
  createPhotoImportPool,
  defaultPoolSize,
  type PhotoImportPool,
} from '../../../src/media/photoImportPool';

const NOW = new Date('2030-01-01T00:00:00Z');
const pools: PhotoImportPool[] = [];

afterEach(() => {
  for (const pool of pools.splice(0)) pool.dispose();
});

/** A real pool whose workers are counted, so tests can see them start, get reused and stop. */
function countedPool(size: number) {
  const counts = { started: 0, terminated: 0 };
  const pool = createPhotoImportPool(size, {
    now: () => NOW,
    createWorker: () => {
      counts.started += 1;
      const worker = createImportWorker();
      const terminate = worker.terminate.bind(worker);
      worker.terminate = () => {
        counts.terminated += 1;
        terminate();
      };
      return worker;
    },
  });
  pools.push(pool);
  return { pool, counts };
}

/** A JPEG drawn in the test: a coloured field with a stripe, so every seed gives different bytes. */
async function jpegFile(seed: number, width = 640, height = 480): Promise<PhotoFile> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.fillStyle = `hsl(${(seed * 47) % 360} 70% 50%)`;
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#fff';
  context.fillRect((seed * 13) % width, 0, 20, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new File([blob], `photo-${seed}.jpg`);
}

function jpegFiles(count: number, first = 0): Promise<PhotoFile[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => jpegFile(first + i, 640 + i * 16, 480)));
}

async function sizeOf(blob: Blob): Promise<[number, number]> {
  const bitmap = await createImageBitmap(blob);
  const size: [number, number] = [bitmap.width, bitmap.height];
  bitmap.close();
  return size;
}

/** What a test compares: the photo's facts and the pixel sizes of its renditions. */
async function summary(result: ImportPhotoResult) {
  if (!result.ok) return result;
  return {
    ok: true,
    photo: result.photo,
    original: result.original.size,
    thumbnail: await sizeOf(result.thumbnail),
    display: await sizeOf(result.display),
  };
}

/** Imports through the pool, returning the results by file index. */
async function importAll(pool: PhotoImportPool, files: readonly PhotoFile[], signal?: AbortSignal) {
  const results = new Map<number, ImportPhotoResult>();
  await pool.importFiles(
    files,
    (result, index) => {
      expect(results.has(index)).toBe(false);
      results.set(index, result);
    },
    signal,
  );
  return results;
}

describe('defaultPoolSize', () => {
  it('keeps a core for the page but uses at least 2 workers on 2 cores, and never more than 3', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultPoolSize(cores))).toEqual([1, 2, 2, 3, 3, 3]);
    expect(defaultPoolSize(0)).toBe(1);
  });
});

describe('createPhotoImportPool', () => {
  it('imports in workers exactly what importPhoto makes on the main thread', async () => {
    const files = await jpegFiles(5);
    const { pool, counts } = countedPool(2);
    expect(counts.started).toBe(0); // workers start on first use

    const results = await importAll(pool, files);

    expect([...results.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    for (const [index, file] of files.entries()) {
      const inWorker = await summary(results.get(index) as ImportPhotoResult);
      const onMainThread = await summary(await importPhoto(file, NOW));
      expect(inWorker).toEqual(onMainThread);
      expect(inWorker.ok).toBe(true);
    }
    expect(counts.started).toBe(2);
  });

  it('reuses its workers for the next import', async () => {
    const { pool, counts } = countedPool(2);
    await importAll(pool, await jpegFiles(3));
    const second = await importAll(pool, await jpegFiles(3, 10));
    expect([...second.values()].every((result) => result.ok)).toBe(true);
    expect(counts).toEqual({ started: 2, terminated: 0 });
  });

  it('reports a bad file with its problem and goes on with the others', async () => {
    const files = await jpegFiles(4);
    files.splice(1, 0, new File(['just some words, not a photo'], 'notes.jpg'));
    const { pool } = countedPool(2);

    const results = await importAll(pool, files);

    expect(results.get(1)).toEqual({ ok: false, fileName: 'notes.jpg', error: { kind: 'text' } });
    for (const index of [0, 2, 3, 4]) expect(results.get(index)?.ok).toBe(true);
  });

  it('hands results to the caller one at a time, waiting for each', async () => {
    const { pool } = countedPool(2);
    let busy = 0;
    let mostAtOnce = 0;
    await pool.importFiles(await jpegFiles(4), async () => {
      busy += 1;
      mostAtOnce = Math.max(mostAtOnce, busy);
      await new Promise((resolve) => setTimeout(resolve, 30));
      busy -= 1;
    });
    expect(mostAtOnce).toBe(1);
  });

  it('stops on abort, keeps what was reported and reports nothing after', async () => {
    const files = await jpegFiles(8);
    const { pool, counts } = countedPool(2);
    const abort = new AbortController();
    const reported: number[] = [];

    await pool.importFiles(
      files,
      (result, index) => {
        expect(result.ok).toBe(true);
        reported.push(index);
        if (reported.length === 2) abort.abort();
      },
      abort.signal,
    );

    expect(reported).toHaveLength(2);
    // Photos half done were dropped with their workers, so nothing can arrive later.
    expect(counts.terminated).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reported).toHaveLength(2);
    // The pool goes on working with fresh workers.
    const again = await importAll(pool, files.slice(0, 2));
    expect([...again.values()].every((result) => result.ok)).toBe(true);
  });

  it('does nothing for an import aborted before it starts', async () => {
    const { pool, counts } = countedPool(2);
    const abort = new AbortController();
    abort.abort();
    expect((await importAll(pool, await jpegFiles(2), abort.signal)).size).toBe(0);
    expect(counts.started).toBe(0);
  });

  it('terminates its workers on dispose and ends the import under way', async () => {
    const { pool, counts } = countedPool(2);
    const reported: number[] = [];
    const importing = pool.importFiles(await jpegFiles(6), (_result, index) => {
      reported.push(index);
      if (reported.length === 1) pool.dispose();
    });
    await importing;
    expect(reported).toHaveLength(1);
    expect(counts.terminated).toBe(counts.started);
    await expect(pool.importFiles(await jpegFiles(1), () => undefined)).rejects.toThrow(/disposed/);
  });

  it('keeps the results of two pools apart', async () => {
    const [first, second] = [countedPool(2).pool, countedPool(1).pool];
    const [filesA, filesB] = await Promise.all([jpegFiles(3), jpegFiles(3, 20)]);
    const [resultsA, resultsB] = await Promise.all([importAll(first, filesA), importAll(second, filesB)]);
    const idOf = (result: ImportPhotoResult | undefined) => (result?.ok ? result.photo.id : undefined);
    const expectedIds = async (files: PhotoFile[]) =>
      Promise.all(files.map(async (file) => idOf(await importPhoto(file, NOW))));
    const idsOf = (results: Map<number, ImportPhotoResult>) => [0, 1, 2].map((i) => idOf(results.get(i)));
    expect(idsOf(resultsA)).toEqual(await expectedIds(filesA));
    expect(idsOf(resultsB)).toEqual(await expectedIds(filesB));
    expect(new Set([...idsOf(resultsA), ...idsOf(resultsB)]).size).toBe(6);
  });

  it('turns a worker that dies into a failure of that one file and replaces the worker', async () => {
    // A real worker that dies on the file named "crash.jpg" and answers for the others like the import worker.
    const source = `self.onmessage = (event) => {
      const { jobId, fileName } = event.data;
      if (fileName === 'crash.jpg') throw new Error('worker died');
      self.postMessage({ jobId, result: { ok: false, fileName, error: { kind: 'damaged' } } });
    };`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    let started = 0;
    const pool = createPhotoImportPool(1, {
      createWorker: () => {
        started += 1;
        return new Worker(url);
      },
    });
    pools.push(pool);
    const files = ['a.jpg', 'crash.jpg', 'b.jpg'].map((name) => new File(['x'], name));

    const results = await importAll(pool, files);
    URL.revokeObjectURL(url);

    expect(results.get(1)).toEqual({ ok: false, fileName: 'crash.jpg', error: { kind: 'import-stopped' } });
    expect(results.get(0)).toEqual({ ok: false, fileName: 'a.jpg', error: { kind: 'damaged' } });
    expect(results.get(2)).toEqual({ ok: false, fileName: 'b.jpg', error: { kind: 'damaged' } });
    expect(started).toBe(2);
  });
});
