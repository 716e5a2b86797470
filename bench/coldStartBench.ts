// Benchmark: an exported bundle opened from file:// as a user opens it, from navigation to its first slide
// drawn, against a page in the same folder that only shows the same first photo in one <img>.
// Must come before JSZip, as in the exporter: JSZip picks how it yields when it loads (see the module).
import '../src/bundle/fastSetImmediate';
import JSZip from 'jszip';
import { exportBundle } from '../src/bundle/exportBundle';
import { renderSlidePoster } from '../src/bundle/slidePoster';
import { loadPhotoImage } from '../src/slide/loadPhotoImage';
import { DECK_JSON, mediaPath } from '../src/bundle/bundleLayout';
import type { ExportPreset } from '../src/bundle/exportPresets';
import type { Deck, PhotoItem } from '../src/model/deck';
import { figure, measured, phase } from './benchmark';
import type { Benchmark, BenchOptions, Figure, Measurement } from './benchmark';
import { bigPhotoDeck, loadPlayerScript, readOriginal } from './bigPhotos';

declare global {
  interface Window {
    /** Given by scripts/bench.mjs: opens `url` in a new browser context with `initScript` run first. */
    benchColdLoad(url: string, initScript: string): Promise<ColdStart>;
    /** Left by the init script in the opened page. */
    benchColdStart?: ColdStart;
  }
}

/**
 * ms from the navigation's start: `ms` to what the init script waited for (the player's first slide drawn, or the
 * one <img>), `pictureMs` to the bundle's first-slide picture shown (0 when the player drew first), `canvasMs` to
 * the player's canvas being there (0 in the one-<img> page).
 */
type ColdStart = { ms: number; pictureMs: number; canvasMs: number };

/** The presets measured: the bundle of full-size photos and the small one meant for mail. */
const PRESETS: readonly ExportPreset[] = ['original', 'email'];
const IMG_PAGE = 'one-img.html';
/** Side of the grid of points read in each photo of the first slide. */
const GRID = 5;

/** A photo's place on the slide, as fractions of the slide's width and height. */
type Rect = { x: number; y: number; width: number; height: number };

type Opened = {
  /** file:// address of the unzipped bundle's folder, with its trailing slash. */
  folder: string;
  /** Where the first slide's photos are: the signal that it is drawn is all of them on the canvas. */
  rects: Rect[];
};

const opened = new Map<ExportPreset, Opened>();

function photoCount(options: BenchOptions): number {
  // Cold start reads only the first slides' photos; the deck's size only weighs in index.html's deck.
  return options.quick ? 12 : 24;
}

function loadsPerRun(options: BenchOptions): number {
  return options.quick ? 2 : 5;
}

async function post(path: string, body: Blob | string): Promise<string> {
  const response = await fetch(path, { method: 'POST', body });
  if (!response.ok) throw new Error(`cold start bench: ${path}: ${response.status} ${await response.text()}`);
  const { url } = (await response.json()) as { url: string };
  return url;
}

/**
 * Exports the deck with the preset, has the bench script unzip it into a folder of its own, and writes
 * beside its index.html the baseline page: one <img> of the bundle's own first photo, fitted like a slide.
 */
async function exportAndUnzip(
  deck: Deck,
  originals: ReadonlyMap<string, Uint8Array<ArrayBuffer>>,
  playerScript: string,
  preset: ExportPreset,
): Promise<Opened> {
  // The first-slide picture, as the editor makes it (from its screen-sized renditions; here from the originals).
  const firstSlidePicture = await renderSlidePoster(deck, async (photo) => {
    const url = URL.createObjectURL(await readOriginal(originals)(photo));
    try {
      return await loadPhotoImage(url);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
  const bundle = await exportBundle(deck, {
    playerScript,
    readPhoto: readOriginal(originals),
    preset,
    firstSlidePicture,
  });
  const folderName = `cold-start-${preset}`;
  const folder = await post(`/bench-files/unzip?folder=${folderName}`, bundle);
  // The deck as the bundle carries it: a resized photo is a new file with a new name.
  const deckFile = (await JSZip.loadAsync(bundle)).file(DECK_JSON);
  if (!deckFile) throw new Error('cold start bench: the bundle has no deck.json');
  const exported = JSON.parse(await deckFile.async('string')) as Deck;
  const first = exported.slides[0];
  const items = (first?.items ?? []).filter((item): item is PhotoItem => item.kind === 'photo');
  const firstPhoto = items[0] && exported.photos[items[0].photoId];
  if (!firstPhoto) throw new Error('cold start bench: the first slide shows no photo');
  const { width, height } = exported.size;
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>One photo</title>
<style>html, body { width: 100%; height: 100%; margin: 0; background: #000; } img { width: 100%; height: 100%; object-fit: contain; }</style>
</head><body><img src="${mediaPath(firstPhoto)}" alt=""></body></html>
`;
  await post(`/bench-files/write?folder=${folderName}&file=${IMG_PAGE}`, page);
  return {
    folder,
    rects: items.map((item) => ({
      x: item.x / width,
      y: item.y / height,
      width: item.width / width,
      height: item.height / height,
    })),
  };
}

/*
 * The two scripts below run at document start in the page opened from file:// (as init scripts, turned to
 * text with toString, so they use nothing from this module). Each checks once per animation frame and
 * leaves performance.now(), ms since the navigation started, in window.benchColdStart.
 */

/**
 * The player has drawn the first slide when every photo of it shows on its canvas: varied colours in a grid.
 * Before that, the page may show the bundle's first-slide picture: shown once loaded and decoded, on the next frame.
 */
function watchFirstSlide(
  rects: readonly { x: number; y: number; width: number; height: number }[],
  grid: number,
): void {
  const small = document.createElement('canvas');
  small.width = 192;
  small.height = 108;
  const context = small.getContext('2d', { willReadFrequently: true });
  let canvasMs = 0;
  let pictureMs = 0;
  let pictureDecoding = false;
  const watchPicture = (): void => {
    const picture = document.getElementById('first-slide');
    if (
      pictureDecoding ||
      !(picture instanceof HTMLImageElement) ||
      !picture.complete ||
      picture.naturalWidth === 0
    )
      return;
    pictureDecoding = true;
    void picture.decode().then(() =>
      requestAnimationFrame(() => {
        // Still on screen: the player had not drawn the slide and taken the picture away first.
        if (picture.isConnected) pictureMs = performance.now();
      }),
    );
  };
  const isDrawn = (): boolean => {
    const layers = document.querySelectorAll<HTMLCanvasElement>('[data-player] canvas');
    if (!context || layers.length === 0) return false;
    // When the script has run and React has mounted the stage: the rest is loading and drawing photos.
    if (canvasMs === 0) canvasMs = performance.now();
    context.clearRect(0, 0, small.width, small.height);
    // Konva draws each layer on a canvas of its own, all the stage's size: together they are the slide.
    for (const layer of layers) context.drawImage(layer, 0, 0, small.width, small.height);
    const pixels = context.getImageData(0, 0, small.width, small.height).data;
    return rects.every((rect) => {
      const colours = new Set<number>();
      for (let i = 0; i < grid; i += 1) {
        for (let j = 0; j < grid; j += 1) {
          const x = Math.floor((rect.x + rect.width * (0.15 + (0.7 * i) / (grid - 1))) * small.width);
          const y = Math.floor((rect.y + rect.height * (0.15 + (0.7 * j) / (grid - 1))) * small.height);
          const at = (y * small.width + x) * 4;
          colours.add(((pixels[at] ?? 0) << 16) | ((pixels[at + 1] ?? 0) << 8) | (pixels[at + 2] ?? 0));
        }
      }
      // A flat background, an empty frame or a placeholder has one or two colours; a photo has many.
      return colours.size > grid;
    });
  };
  const check = (): void => {
    watchPicture();
    if (isDrawn()) window.benchColdStart = { ms: performance.now(), pictureMs, canvasMs };
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** The one photo is shown when the <img> has loaded and decoded, on the next frame. */
function watchImage(): void {
  const check = (): void => {
    const image = document.querySelector('img');
    if (!image || !image.complete || image.naturalWidth === 0) {
      requestAnimationFrame(check);
      return;
    }
    void image.decode().then(() =>
      requestAnimationFrame(() => {
        window.benchColdStart = { ms: performance.now(), pictureMs: 0, canvasMs: 0 };
      }),
    );
  };
  requestAnimationFrame(check);
}

function ready(preset: ExportPreset): Opened {
  const bundle = opened.get(preset);
  if (!bundle) throw new Error('cold start bench: setup did not run');
  return bundle;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Several cold loads, each in a new browser context: their median, so one hiccup of the machine is not it. */
async function coldLoads(url: string, initScript: string, options: BenchOptions): Promise<Measurement> {
  const loads: ColdStart[] = [];
  for (let load = 0; load < loadsPerRun(options); load += 1)
    loads.push(await window.benchColdLoad(url, initScript));
  // On screen: the first-slide picture, or the player's own drawing when that came first (or there is no picture).
  const shown = loads.map((load) => (load.pictureMs > 0 ? Math.min(load.pictureMs, load.ms) : load.ms));
  const drawn = loads.map((load) => load.ms);
  return {
    ms: median(shown),
    fastest: Math.min(...shown),
    slowest: Math.max(...shown),
    playerMs: median(drawn),
    playerFastest: Math.min(...drawn),
    playerSlowest: Math.max(...drawn),
    canvasMs: median(loads.map((load) => load.canvasMs)),
  };
}

const phaseName = (kind: 'player' | 'img', preset: ExportPreset) => `${kind}:${preset}`;

export const coldStartBench: Benchmark = {
  name: 'coldStart',
  needsFixtures: false,
  phases: PRESETS.flatMap((preset) => [phaseName('img', preset), phaseName('player', preset)]),
  async setup(options) {
    const { playerScript, playerNote } = await loadPlayerScript();
    if (playerNote !== 'the real player script')
      throw new Error('cold start bench: no player script was built');
    const { deck, originals } = await bigPhotoDeck(photoCount(options));
    // One at a time: each bundle is dropped once it is on disk.
    for (const preset of PRESETS)
      opened.set(preset, await exportAndUnzip(deck, originals, playerScript, preset));
  },
  run(name, options) {
    const [kind, preset] = name.split(':') as ['player' | 'img', ExportPreset];
    const { folder, rects } = ready(preset);
    return kind === 'player'
      ? coldLoads(
          `${folder}index.html`,
          `(${watchFirstSlide.toString()})(${JSON.stringify(rects)}, ${GRID});`,
          options,
        )
      : coldLoads(`${folder}${IMG_PAGE}`, `(${watchImage.toString()})();`, options);
  },
  figures(medians, options) {
    const figures: Record<string, Figure> = {};
    for (const preset of PRESETS) {
      const player = phase(medians, phaseName('player', preset));
      const image = phase(medians, phaseName('img', preset));
      const bundle = `"${preset}" bundle of ${photoCount(options)} 12 MP photos (slides of six) unzipped and opened from file:// in a new browser context at 1280 × 720`;
      const baseline = `baseline: a page in the same folder with one <img> of the same first photo, until it is loaded and decoded (fastest ${measured(image, 'fastest').toFixed(0)}, slowest ${measured(image, 'slowest').toFixed(0)}); median of ${loadsPerRun(options)} loads per run`;
      figures[`${preset}.firstSlide`] = figure({
        value: measured(player, 'ms'),
        baseline: measured(image, 'ms'),
        unit: 'ms',
        target: 'ratio <= 2',
        note: `${bundle}: ms from navigation until the first slide is on screen: the bundle's first-slide picture loaded, decoded and painted, or the player's own drawing of it if that came first (fastest ${measured(player, 'fastest').toFixed(0)}, slowest ${measured(player, 'slowest').toFixed(0)}); ${baseline}`,
      });
      figures[`${preset}.playerDrawn`] = figure({
        value: measured(player, 'playerMs'),
        baseline: measured(image, 'ms'),
        unit: 'ms',
        note: `${bundle}: ms until the player itself has drawn the first slide, all ${GRID * GRID} points read in each of its ${ready(preset).rects.length} photos on the player's canvas showing a photo (its canvas was there after ${measured(player, 'canvasMs').toFixed(0)} ms; fastest ${measured(player, 'playerFastest').toFixed(0)}, slowest ${measured(player, 'playerSlowest').toFixed(0)}); ${baseline}`,
      });
    }
    return figures;
  },
};
