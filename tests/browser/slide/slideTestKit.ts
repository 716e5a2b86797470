// Helpers for Konva rendering tests in Chromium: mounting React, solid-colour test photos, decks, canvas pixels.
import Konva from 'konva';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeEach, expect } from 'vitest';
import type { Deck, PhotoItem, PhotoMeta, Slide } from '../../../src/model/deck';
import type { Rect } from '../../../src/model/geometry';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import { over, parseHexColour } from '../../../src/model/colourContrast';
import { newDeck, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import { SCRIM_OPACITY, revealPalette } from '../../../src/model/themes';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
// Tells React it runs under tests, so act() flushes renders and effects before a test looks.
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

export type Rgb = readonly [number, number, number];
export const RED: Rgb = [255, 0, 0];
export const BLUE: Rgb = [0, 0, 255];
export const GREEN: Rgb = [0, 255, 0];
/** newDeck()'s theme background and accent colour. */
export const BACKGROUND: Rgb = [0x10, 0x14, 0x18];
export const ACCENT: Rgb = [0xf5, 0xb7, 0x00];

/** A point in slide units (the deck is 1920 × 1080). */
export type Point = { readonly x: number; readonly y: number };

/** Three cells side by side, clear of the question strip at the bottom and of each other. */
export const CELLS: readonly Rect[] = [
  { x: 60, y: 240, width: 540, height: 540 },
  { x: 690, y: 240, width: 540, height: 540 },
  { x: 1320, y: 240, width: 540, height: 540 },
];

export function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

// ---- mounting ------------------------------------------------------------------------------

type Mounted = { readonly root: Root; readonly container: HTMLDivElement };
const mounted: Mounted[] = [];
const objectUrls: string[] = [];

/**
 * Registers the hooks every rendering test file needs: each test's React roots are unmounted and
 * their containers removed afterwards, and a test that leaves a Konva Stage behind fails.
 */
export function useRenderingCleanup(): void {
  let stagesBefore = 0;
  beforeEach(() => {
    stagesBefore = Konva.stages.length;
  });
  afterEach(async () => {
    for (const { root, container } of mounted.splice(0)) {
      await act(async () => root.unmount());
      container.remove();
    }
    expect(Konva.stages.length, 'a Konva Stage outlived its test').toBe(stagesBefore);
  });
  afterAll(() => {
    for (const url of objectUrls.splice(0)) URL.revokeObjectURL(url);
  });
}

export type MountedView = {
  readonly container: HTMLDivElement;
  /** Renders new props into the same root, as a parent component would. */
  readonly rerender: (node: ReactNode) => Promise<void>;
  /** Unmounts and removes the container before the test ends. */
  readonly unmount: () => Promise<void>;
};

/** Renders `node` into a fresh container with the given style, appended to the page. */
export async function mount(
  node: ReactNode,
  style: Partial<Record<'width' | 'height' | 'position' | 'transform', string>> = {},
): Promise<MountedView> {
  const container = document.createElement('div');
  Object.assign(container.style, style);
  document.body.append(container);
  const root = createRoot(container);
  const entry = { root, container };
  mounted.push(entry);
  const rerender = (next: ReactNode) => act(async () => root.render(next));
  const unmount = async () => {
    mounted.splice(mounted.indexOf(entry), 1);
    await act(async () => root.unmount());
    container.remove();
  };
  await rerender(node);
  return { container, rerender, unmount };
}

/** The one Konva Stage drawn inside `container`. */
export function stageIn(container: HTMLElement): Konva.Stage {
  const found = Konva.stages.filter((stage) => container.contains(stage.container()));
  expect(found).toHaveLength(1);
  return found[0] as Konva.Stage;
}

/**
 * Waits for work that finishes on its own (photos decoding), letting React render its updates as
 * the app would; React's act() only covers updates the test itself causes.
 */
export async function whileLoading<T>(wait: () => PromiseLike<T>): Promise<T> {
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    return await wait();
  } finally {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  }
}

/** Konva draws on the next animation frame after a change; two frames make sure it has. */
export async function drawn(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

// ---- test photos ---------------------------------------------------------------------------

export type Paint = (context: OffscreenCanvasRenderingContext2D, width: number, height: number) => void;

function cssColour([r, g, b]: Rgb): string {
  return `rgb(${r} ${g} ${b})`;
}

export function solid(colour: Rgb): Paint {
  return (context, width, height) => {
    context.fillStyle = cssColour(colour);
    context.fillRect(0, 0, width, height);
  };
}

export function leftRight(left: Rgb, right: Rgb): Paint {
  return (context, width, height) => {
    context.fillStyle = cssColour(left);
    context.fillRect(0, 0, width / 2, height);
    context.fillStyle = cssColour(right);
    context.fillRect(width / 2, 0, width / 2, height);
  };
}

/** A PNG drawn in the test, as an object URL (revoked after the file's tests). */
export async function photoUrl(width: number, height: number, paint: Paint): Promise<string> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  paint(context, width, height);
  const url = URL.createObjectURL(await canvas.convertToBlob({ type: 'image/png' }));
  objectUrls.push(url);
  return url;
}

export async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

// ---- decks ---------------------------------------------------------------------------------

/** Photo metadata with a made-up id (any 64 hex characters will do for drawing). */
export function photoMeta(hexDigit: string, width: number, height: number): PhotoMeta {
  return {
    id: hexDigit.repeat(64) as PhotoId,
    fileName: `photo-${hexDigit}.png`,
    mimeType: 'image/png',
    width,
    height,
    bytes: 1000,
  };
}

export function photoItem(
  photo: PhotoMeta,
  rect: Rect,
  id: string,
  changes: Partial<PhotoItem> = {},
): PhotoItem {
  return { ...newPhotoItem(photo.id, rect, id as ItemId), ...changes };
}

/** A slide of the given items, with a reveal over `revealOrder` when given. */
export function slideOf(items: PhotoItem[], revealOrder?: readonly PhotoItem[]): Slide {
  return {
    ...newSlide(),
    items,
    reveal: revealOrder ? newReveal(revealOrder.map((item) => item.id)) : null,
  };
}

export function deckOf(photos: readonly PhotoMeta[], slides: readonly Slide[]): Deck {
  return {
    ...newDeck(new Date('2026-01-01T00:00:00Z'), 'Test deck'),
    photos: Object.fromEntries(photos.map((photo) => [photo.id, photo])),
    slides: [...slides],
  };
}

// ---- pixels --------------------------------------------------------------------------------

/** The colour (RGB) at a point of the stage's first layer, given in CSS pixels of the stage. */
export function colourAt(stage: Konva.Stage, x: number, y: number): Rgb {
  const layer = stage.getLayers()[0];
  if (!layer) throw new Error('the stage has no layer');
  const canvas = layer.getCanvas();
  const ratio = canvas.getPixelRatio();
  const context = canvas._canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  const [r = -1, g = -1, b = -1] = context.getImageData(
    Math.floor(x * ratio),
    Math.floor(y * ratio),
    1,
    1,
  ).data;
  return [r, g, b];
}

/** The colour at a point given in slide units, for a stage showing the slide at `scale` CSS px per unit. */
export function slideColourAt(stage: Konva.Stage, scale: number, point: Point): Rgb {
  return colourAt(stage, point.x * scale, point.y * scale);
}

/** Every pixel of the stage's first layer, to tell whether two steps look different. */
export function layerPixels(stage: Konva.Stage): Uint8ClampedArray {
  const canvas = stage.getLayers()[0]?.getCanvas();
  if (!canvas) throw new Error('the stage has no layer');
  const context = canvas._canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  return context.getImageData(0, 0, canvas._canvas.width, canvas._canvas.height).data;
}

export function isNear(actual: Rgb, expected: Rgb, tolerance = 3): boolean {
  return actual.every((value, i) => Math.abs(value - (expected[i] ?? 0)) <= tolerance);
}

/** A colour seen through the veil over the collage behind the answer (the theme's background, translucent). */
export function veiled(colour: Rgb, theme: Deck['theme'] = newDeck(new Date(0)).theme): Rgb {
  return rounded(over(hexRgb(theme.background), SCRIM_OPACITY, colour));
}

/** A colour seen through the answer card (a shade off the theme's background, nearly opaque). */
export function throughCard(colour: Rgb, theme: Deck['theme'] = newDeck(new Date(0)).theme): Rgb {
  const { cardFill, cardOpacity } = revealPalette(theme);
  return rounded(over(hexRgb(cardFill), cardOpacity, colour));
}

function hexRgb(colour: string): Rgb {
  const parsed = parseHexColour(colour);
  if (!parsed) throw new Error(`not a hex colour: ${colour}`);
  return parsed;
}

function rounded([r, g, b]: Rgb): Rgb {
  return [Math.round(r), Math.round(g), Math.round(b)];
}
