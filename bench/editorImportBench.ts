// Benchmark: the whole editor (library, slide list, autosave rendering as photos arrive) while 12 MP photos
// are added through its "Add photos" input; is any main-thread task over 50 ms?
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '../src/app/App';
import '../src/editor/shell/editor.css';
import { figure, measured, phase, PEAK_PROCESS_KEY } from './benchmark';
import type { Benchmark, BenchOptions, Measurement } from './benchmark';
import { distinctFiles, phonePhotos } from './fixturePhotos';
import { bareDecode, madeApart } from './importBench';
import { watchLongTasks } from './longTasks';

const DECODE = 'decode';
const EDITOR = 'editor';

let photos: Blob[] | undefined;
let root: Root | undefined;
let container: HTMLDivElement | undefined;

function photoCount(options: BenchOptions): number {
  return options.quick ? 12 : 100;
}

function files(options: BenchOptions): File[] {
  if (!photos) throw new Error('editor import bench: setup did not run');
  return distinctFiles(options.fixtureNames, photos, photoCount(options));
}

async function until(test: () => boolean, what: string, timeoutMs = 600_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!test()) {
    if (performance.now() > end) throw new Error(`editor import bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const libraryCount = () => document.querySelectorAll('ul[aria-label="Photos"] > li').length;
const addPhotosInput = () =>
  [...document.querySelectorAll<HTMLInputElement>('input[type="file"][multiple]')].find((input) =>
    input.closest('label')?.textContent?.includes('Add photos'),
  );

/** Picks the files in the editor's own "Add photos" input, as the file dialog does, and waits for the library. */
async function editorImport(chosen: readonly File[]): Promise<Measurement> {
  const input = addPhotosInput();
  if (!input) throw new Error('editor import bench: no "Add photos" input');
  const before = libraryCount();
  const transfer = new DataTransfer();
  for (const file of chosen) transfer.items.add(file);
  const longTasks = watchLongTasks();
  const start = performance.now();
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(
    () => libraryCount() === before + chosen.length && !document.querySelector('[role="progressbar"]'),
    'every photo in the library',
  );
  const total = performance.now() - start;
  const alerts = document.querySelectorAll('[role="alert"]').length;
  if (alerts > 0) throw new Error(`editor import bench: ${alerts} photos failed to import`);
  return { total, longestTask: await longTasks.stop(), library: libraryCount() };
}

export const editorImportBench: Benchmark = {
  name: 'editorImport',
  needsFixtures: true,
  phases: [DECODE, EDITOR],
  async setup(options) {
    photos ??= await phonePhotos(options.fixtureNames);
    container = document.createElement('div');
    container.style.cssText = 'position:fixed;inset:0;width:1440px;height:900px;';
    document.body.append(container);
    root = createRoot(container);
    root.render(createElement(App));
    await until(() => addPhotosInput() !== undefined, 'the editor to open', 30_000);
  },
  async run(name, options) {
    const chosen = await madeApart(files(options));
    return name === DECODE ? bareDecode(chosen) : editorImport(chosen);
  },
  figures(medians, options) {
    const decode = phase(medians, DECODE);
    const editor = phase(medians, EDITOR);
    const about = `${photoCount(options)} photos of 12 MP picked in the editor's "Add photos" input, the whole editor rendering (library of up to ${measured(editor, 'library')} photos by the last run)`;
    return {
      longestTask: figure({
        value: measured(editor, 'longestTask'),
        baseline: measured(decode, 'longestTask'),
        unit: 'ms',
        target: 'value <= 50',
        note: `${about}; longest main-thread task (PerformanceObserver "longtask"; 0 = none over 50 ms); baseline: during the bare decode`,
      }),
      total: figure({
        value: measured(editor, 'total'),
        baseline: measured(decode, 'total'),
        unit: 'ms',
        note: 'until every photo is in the library and the progress bar is gone; baseline: one createImageBitmap per file on the main thread',
      }),
      peakMemory: figure({
        value: measured(editor, PEAK_PROCESS_KEY),
        baseline: measured(decode, PEAK_PROCESS_KEY),
        unit: 'MB',
        target: 'value <= 600',
        note: 'renderer (with its workers) plus GPU process, RssAnon + RssShmem; baseline: during the bare decode',
      }),
    };
  },
};
