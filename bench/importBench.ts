// Benchmark: the app's photo import against the browser's bare decode of the same files.
import { importPhotos } from '../src/media/importPhoto';
import { figure, measured, phase, PEAK_HEAP_KEY } from './benchmark';
import type { Benchmark, BenchOptions, Measurement } from './benchmark';
import { distinctPhotoFiles } from './fixturePhotos';
import { watchLongTasks } from './longTasks';

const DECODE = 'decode';
const IMPORT = 'import';

function photoCount(options: BenchOptions): number {
  return options.quick ? 10 : 100;
}

/** One createImageBitmap per file on the main thread, closed at once: what decoding alone costs. */
async function bareDecode(files: readonly File[]): Promise<Measurement> {
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

async function appImport(files: readonly File[]): Promise<Measurement> {
  const failures: string[] = [];
  let imported = 0;
  const longTasks = watchLongTasks();
  const start = performance.now();
  let first = Number.NaN;
  await importPhotos(files, (result) => {
    if (Number.isNaN(first)) first = performance.now() - start;
    if (result.ok) imported += 1;
    else failures.push(`${result.fileName}: ${result.reason}`);
  });
  const total = performance.now() - start;
  const longestTask = await longTasks.stop();
  // A photo that failed would make the import look faster than it is.
  if (failures.length > 0 || imported !== files.length) {
    throw new Error(`import bench: ${imported} of ${files.length} imported; ${failures.join('; ')}`);
  }
  return { total, first, longestTask };
}

export const importBench: Benchmark = {
  name: 'import',
  needsFixtures: true,
  phases: [DECODE, IMPORT],
  async run(name, options) {
    // Fresh copies for every run, so no run profits from anything the one before left behind.
    const files = await distinctPhotoFiles(options.fixtureNames, photoCount(options));
    return name === DECODE ? bareDecode(files) : appImport(files);
  },
  figures(medians, options) {
    const decode = phase(medians, DECODE);
    const app = phase(medians, IMPORT);
    const count = photoCount(options);
    const about = `${count} photos (the ${options.fixtureNames.length} fixtures repeated, each copy distinct)`;
    return {
      total: figure({
        value: measured(app, 'total'),
        baseline: measured(decode, 'total'),
        unit: 'ms',
        target: 'ratio <= 1.3',
        note: `${about}; baseline: one createImageBitmap per file on the main thread`,
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
        note: 'until the first imported photo is reported; baseline: the first bare decode',
      }),
      longestTask: figure({
        value: measured(app, 'longestTask'),
        baseline: measured(decode, 'longestTask'),
        unit: 'ms',
        target: 'value <= 50',
        note: 'longest main-thread task (PerformanceObserver "longtask"; 0 = none over 50 ms)',
      }),
      peakHeap: figure({
        value: measured(app, PEAK_HEAP_KEY),
        baseline: measured(decode, PEAK_HEAP_KEY),
        unit: 'MB',
        target: 'value <= 600',
        note: 'peak JS heap incl. ArrayBuffers (CDP Runtime.getHeapUsage every ~50 ms); baseline: during the bare decode',
      }),
    };
  },
};
