// Benchmark: frame times of the player's reveal styles and slide transitions at 1920×1080, against the same stage redrawn with no animation.
import Konva from 'konva';
import { createElement, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Deck, PhotoMeta, Reveal, Slide } from '../src/model/deck';
import { newId, type PhotoId, type SlideId } from '../src/model/ids';
import type { Position } from '../src/model/navigation';
import { newDeck } from '../src/model/newDeck';
import { stepCount } from '../src/model/revealSteps';
import { SlideStage } from '../src/present/SlideStage';
import type { PhotoImages } from '../src/slide/photoImages';
import { loadPhotoImage } from '../src/slide/loadPhotoImage';
import { commands } from '../src/store/commands';
import { REVEAL_STYLES } from '../src/store/commands/setRevealOptions';
import { createDeckStore } from '../src/store/deckStore';
import { figure, measured, phase } from './benchmark';
import type { Benchmark, Figure, Measurement } from './benchmark';
import { drawPhoto } from './syntheticPhotos';

const STILL = 'still';
const ANSWER = 'answer';
const FADE_TRANSITION = 'transitionFade';
const SLIDE_TRANSITION = 'transitionSlide';
const PHOTOS_PER_SLIDE = 9;
const WIDTH = 1920;
const HEIGHT = 1080;
/**
 * Each step is watched a little longer than its animation runs at the default pace (0.6 s a photo: fade and zoom
 * 0.6 s, unblur 1.2 s, spotlight 1.6 s; the answer 0.8 s, then confetti).
 */
const WATCH_MS: Readonly<Record<string, number>> = {
  appear: 400,
  fade: 800,
  zoom: 800,
  unblur: 1400,
  spotlight: 1900,
  [ANSWER]: 2500,
  [FADE_TRANSITION]: 700,
  [SLIDE_TRANSITION]: 800,
};
/** A frame is on time unless it came so late that the display showed the previous one again. */
const LATE_FACTOR = 1.5;
const READY_TIMEOUT_MS = 60_000;

type Prepared = {
  deck: Deck;
  images: PhotoImages;
  box: HTMLDivElement;
  go: (position: Position) => void;
  /** Index of the slide of each reveal style, the answer's slide, and the two pairs of transition slides. */
  slideOf: Readonly<Record<string, number>>;
  /** The display's frame interval: the median time between frames of the idle page, measured in setup. */
  interval: number;
};

let prepared: Prepared | undefined;

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Nine decoded photo-like pictures, loaded the way the player loads photos. */
async function makePhotos(): Promise<{ photos: PhotoMeta[]; images: PhotoImages }> {
  const photos: PhotoMeta[] = [];
  const images = new Map<PhotoId, Awaited<ReturnType<typeof loadPhotoImage>> & object>();
  for (let index = 0; index < PHOTOS_PER_SLIDE; index += 1) {
    const canvas = drawPhoto(index, PHOTOS_PER_SLIDE);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
    const id = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('') as PhotoId;
    const image = await loadPhotoImage(URL.createObjectURL(blob));
    if (!image) throw new Error('reveal bench: a photo did not decode');
    images.set(id, image);
    photos.push({
      id,
      fileName: `bench-${index + 1}.jpg`,
      mimeType: 'image/jpeg',
      width: canvas.width,
      height: canvas.height,
      bytes: blob.size,
    });
  }
  return { photos, images };
}

/** One slide per reveal style, one for the answer (with confetti), and two pairs with fade and slide transitions. */
function makeDeck(photos: readonly PhotoMeta[]): { deck: Deck; slideOf: Record<string, number> } {
  const store = createDeckStore(newDeck(new Date(), 'Reveal bench'));
  const { dispatch } = store.getState();
  dispatch(commands.addPhotos, { photos: [...photos] });
  const slideOf: Record<string, number> = {};
  const addSlide = (name: string, reveal: Reveal['style'] | null, transition: Slide['transition']) => {
    const slideId = newId<SlideId>();
    dispatch(commands.addSlide, { photoIds: photos.map((photo) => photo.id), slideId });
    if (reveal) {
      dispatch(commands.setQuizReveal, { slideId, on: true });
      dispatch(commands.setRevealOptions, { slideId, style: reveal, confetti: true });
      dispatch(commands.setRevealAnswer, {
        slideId,
        title: '10 years of Ana and Rui!',
        subtitle: 'Since 2015',
      });
    }
    dispatch(commands.setSlideTransition, { slideId, transition });
    slideOf[name] = store.getState().deck.slides.length - 1;
  };
  for (const style of REVEAL_STYLES) addSlide(style, style, 'none');
  addSlide(ANSWER, 'appear', 'none');
  addSlide(FADE_TRANSITION, null, 'fade');
  addSlide(`${FADE_TRANSITION}-other`, null, 'fade');
  addSlide(SLIDE_TRANSITION, null, 'slide');
  addSlide(`${SLIDE_TRANSITION}-other`, null, 'slide');
  return { deck: store.getState().deck, slideOf };
}

type HarnessProps = {
  readonly deck: Deck;
  readonly images: PhotoImages;
  readonly expose: (go: (position: Position) => void) => void;
};

/** The player's stage alone, full size, moved by the benchmark instead of keys. */
function Harness({ deck, images, expose }: HarnessProps) {
  const [position, setPosition] = useState<Position>({ slide: 0, step: 0 });
  useEffect(() => expose((to) => flushSync(() => setPosition(to))), [expose]);
  return createElement(SlideStage, { deck, position, images, width: WIDTH, pixelRatio: 1, motion: 'full' });
}

async function prepare(): Promise<Prepared> {
  const { photos, images } = await makePhotos();
  const { deck, slideOf } = makeDeck(photos);
  // The stage keeps its 1920 × 1080 canvas; the box is only shown smaller, to fit the bench window.
  const box = document.createElement('div');
  Object.assign(box.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${WIDTH}px`,
    height: `${HEIGHT}px`,
    transform: `scale(${1280 / WIDTH})`,
    transformOrigin: '0 0',
    background: '#000',
  });
  document.body.append(box);
  let go: ((position: Position) => void) | undefined;
  createRoot(box).render(createElement(Harness, { deck, images, expose: (g) => (go = g) }));
  const end = performance.now() + READY_TIMEOUT_MS;
  while (!go || stagesIn(box).length === 0) {
    if (performance.now() > end) throw new Error('reveal bench: the stage did not appear');
    await nextFrame();
  }
  const idle = await watch(1000, () => undefined);
  return { deck, images, box, go, slideOf, interval: percentile(idle, 0.5) };
}

function stagesIn(box: HTMLElement): Konva.Stage[] {
  return Konva.stages.filter((stage) => box.contains(stage.container()));
}

/** Times between animation frames for `ms` after `start` runs at the beginning of a frame. */
async function watch(ms: number, start: () => void, eachFrame?: () => void): Promise<number[]> {
  let last = await nextFrame();
  start();
  const deltas: number[] = [];
  const until = last + ms;
  while (last < until) {
    eachFrame?.();
    const time = await nextFrame();
    deltas.push(time - last);
    last = time;
  }
  return deltas;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

function summary(ready: Prepared, deltas: readonly number[]): Measurement {
  const budget = ready.interval * LATE_FACTOR;
  return {
    medianFrame: percentile(deltas, 0.5),
    p95Frame: percentile(deltas, 0.95),
    maxFrame: Math.max(...deltas),
    frames: deltas.length,
    onTimeShare: (100 * deltas.filter((delta) => delta <= budget).length) / deltas.length,
  };
}

function stepsToWatch(quick: boolean): number {
  return quick ? 2 : 6;
}

/** Walks a reveal slide's photos one step forward at a time, watching each step's animation. */
async function revealSteps(ready: Prepared, style: string, quick: boolean): Promise<Measurement> {
  const slide = ready.slideOf[style] as number;
  ready.go({ slide, step: 0 });
  await nextFrame();
  const deltas: number[] = [];
  for (let step = 1; step <= stepsToWatch(quick); step += 1) {
    deltas.push(...(await watch(WATCH_MS[style] as number, () => ready.go({ slide, step }))));
  }
  return summary(ready, deltas);
}

/** Moves onto the answer (confetti on) from the last photo, a few times. */
async function answers(ready: Prepared, quick: boolean): Promise<Measurement> {
  const slide = ready.slideOf[ANSWER] as number;
  const last = stepCount(ready.deck.slides[slide] as Slide) - 1;
  const deltas: number[] = [];
  for (let time = 0; time < (quick ? 1 : 2); time += 1) {
    ready.go({ slide, step: last - 1 });
    await nextFrame();
    deltas.push(...(await watch(WATCH_MS[ANSWER] as number, () => ready.go({ slide, step: last }))));
  }
  return summary(ready, deltas);
}

/** Goes back and forth between two slides with the same transition. */
async function transitions(ready: Prepared, name: string, quick: boolean): Promise<Measurement> {
  const first = ready.slideOf[name] as number;
  const deltas: number[] = [];
  ready.go({ slide: first, step: 0 });
  await nextFrame();
  for (let time = 0; time < (quick ? 2 : 4); time += 1) {
    const slide = time % 2 === 0 ? first + 1 : first;
    deltas.push(...(await watch(WATCH_MS[name] as number, () => ready.go({ slide, step: 0 }))));
  }
  return summary(ready, deltas);
}

/** The baseline: the same stage showing a full slide, every layer redrawn each frame, nothing moving. */
async function still(ready: Prepared, quick: boolean): Promise<Measurement> {
  ready.go({ slide: ready.slideOf.appear as number, step: PHOTOS_PER_SLIDE });
  await nextFrame();
  const stages = stagesIn(ready.box);
  const deltas = await watch(
    quick ? 1500 : 4000,
    () => undefined,
    () => {
      for (const stage of stages) stage.draw();
    },
  );
  return summary(ready, deltas);
}

function ready(): Prepared {
  if (!prepared) throw new Error('reveal bench: setup did not run');
  return prepared;
}

const ANIMATED = [...REVEAL_STYLES, ANSWER, FADE_TRANSITION, SLIDE_TRANSITION];

const ABOUT: Readonly<Record<string, string>> = {
  appear: 'photos of a 9-photo reveal appearing at once, one step at a time',
  fade: 'photos fading in',
  zoom: 'photos zooming in',
  unblur: 'photos going from heavy blur to sharp (2D context filter)',
  spotlight: 'photos shown enlarged in the centre, then settling into place',
  [ANSWER]:
    'the answer arriving over the collage (blurred backdrop and card fading and growing in on layers of their own), then confetti',
  [FADE_TRANSITION]: 'cross-fading between two slides of 9 photos',
  [SLIDE_TRANSITION]: 'sliding between two slides of 9 photos',
};

export const revealBench: Benchmark = {
  name: 'reveal',
  needsFixtures: false,
  phases: [STILL, ...ANIMATED],
  async setup() {
    prepared ??= await prepare();
  },
  run(name, { quick }) {
    if (name === STILL) return still(ready(), quick);
    if (name === ANSWER) return answers(ready(), quick);
    if (name === FADE_TRANSITION || name === SLIDE_TRANSITION) return transitions(ready(), name, quick);
    return revealSteps(ready(), name, quick);
  },
  figures(medians) {
    const base = phase(medians, STILL);
    const { interval } = ready();
    const result: Record<string, Figure> = {};
    for (const name of ANIMATED) {
      const m = phase(medians, name);
      result[`${name}.onTimeFrames`] = figure({
        value: measured(m, 'onTimeShare'),
        baseline: measured(base, 'onTimeShare'),
        unit: '%',
        target: 'value >= 95',
        note:
          `${ABOUT[name] ?? name} on a ${WIDTH}×${HEIGHT} stage (pixelRatio 1): share of frames that came within ` +
          `${LATE_FACTOR}× the display's frame interval (${interval.toFixed(1)} ms, measured on the idle page: ` +
          'a later frame means one was dropped), ' +
          `of ${measured(m, 'frames')}; baseline: the same stage redrawing every frame with nothing moving`,
      });
      result[`${name}.p95Frame`] = figure({
        value: measured(m, 'p95Frame'),
        baseline: measured(base, 'p95Frame'),
        unit: 'ms',
        note: '95th percentile of the time between frames; baseline: the unanimated stage redrawing every frame',
      });
    }
    return result;
  },
};
