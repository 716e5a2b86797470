// The layout gallery and slide style panel in real Chromium: live previews of the slide's photos, and undoable choices.
import { deleteDB } from 'idb';
import Konva from 'konva';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorServicesContext } from '../../../src/editor/editorServices';
import { testServices } from './editorServicesKit';
import { LayoutGallery } from '../../../src/editor/inspector/LayoutGallery';
import { SlideStylePanel } from '../../../src/editor/inspector/SlideStylePanel';
import type { PhotoItem } from '../../../src/model/deck';
import type { PhotoId } from '../../../src/model/ids';
import { layouts } from '../../../src/model/layouts/layoutGallery';
import { openDatabase } from '../../../src/storage/database';
import type { PhotoUrlCache } from '../../../src/storage/photoUrls';
import { createDeckStore, useDeck, type DeckStore } from '../../../src/store/deckStore';
import {
  BLUE,
  GREEN,
  RED,
  colourAt,
  deckOf,
  isNear,
  mount,
  photoItem,
  photoMeta,
  photoUrl,
  slideOf,
  solid,
  useRenderingCleanup,
  whileLoading,
} from '../slide/slideTestKit';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const red = photoMeta('a', 300, 200);
const blue = photoMeta('b', 200, 300);
const green = photoMeta('c', 200, 200);

/** The panels as the inspector shows them, reading the slide from the store so they follow its changes. */
function Panels({ deckStore }: { deckStore: DeckStore }) {
  const deck = useDeck(deckStore, (state) => state.deck);
  const slide = deck.slides[0];
  if (!slide) return null;
  return (
    <>
      <LayoutGallery deck={deck} slide={slide} />
      <SlideStylePanel deck={deck} slide={slide} />
    </>
  );
}

async function setting() {
  const name = `common-thread-test-${crypto.randomUUID()}`;
  const db = await openDatabase(name);
  cleanups.push(async () => {
    db.close();
    await deleteDB(name);
  });
  // Stored photos are not what this test is about; drawn test photos stand in for their object URLs.
  const urls = new Map<PhotoId, string>([
    [red.id, await photoUrl(300, 200, solid(RED))],
    [blue.id, await photoUrl(200, 300, solid(BLUE))],
    [green.id, await photoUrl(200, 200, solid(GREEN))],
  ]);
  const photoUrls: PhotoUrlCache = {
    get: (id) => Promise.resolve(urls.get(id)),
    peek: (id) => urls.get(id),
    dispose: () => undefined,
  };
  const items = [
    photoItem(red, { x: 24, y: 24, width: 600, height: 400 }, 'red'),
    photoItem(blue, { x: 648, y: 24, width: 600, height: 400 }, 'blue'),
    photoItem(green, { x: 1272, y: 24, width: 600, height: 400 }, 'green'),
  ];
  const deckStore = createDeckStore(deckOf([red, blue, green], [slideOf(items)]));
  const services = testServices({ db, deckStore, photoUrls });
  const view = await mount(
    <EditorServicesContext.Provider value={services}>
      <Panels deckStore={deckStore} />
    </EditorServicesContext.Provider>,
    { width: '280px' },
  );
  // The photos decode on their own; waiting for them here keeps their renders out of the tests' act() calls.
  await whileLoading(() =>
    expect.poll(() => previewColour(view.container, 'Hero left', 0.3, 0.5)).toEqual(RED),
  );
  const slide = () => deckStore.getState().deck.slides[0]!;
  const photoItems = () => slide().items.filter((i): i is PhotoItem => i.kind === 'photo');
  return { deckStore, container: view.container, slide, photoItems };
}

/** A button click as the user makes it, with React's renders flushed before the test looks. */
async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

/** The colour at a point of a layout's preview, in fractions of its width and height, snapped to pure colours. */
function previewColour(container: HTMLElement, label: string, x: number, y: number): readonly number[] {
  const preview = Konva.stages.find((stage) => button(container, label).contains(stage.container()));
  if (!preview) throw new Error(`no preview stage in the ${label} button`);
  const colour = colourAt(preview, preview.width() * x, preview.height() * y);
  return [RED, BLUE, GREEN].find((pure) => isNear(colour, pure)) ?? colour;
}

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].filter((b) => b.textContent?.trim() === name);
  expect(found, `one button named ${name}`).toHaveLength(1);
  return found[0]!;
}

function range(container: HTMLElement, label: string): HTMLInputElement {
  const found = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no control labelled ${label}`);
  return input;
}

/** Moves a range input as a drag does: one input event per value, then the pointer lets go. */
async function drag(input: HTMLInputElement, values: readonly number[]): Promise<void> {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  for (const value of values) {
    await act(async () => {
      setValue?.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  await act(async () => {
    input.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
  });
}

describe('LayoutGallery', () => {
  useRenderingCleanup();

  it('shows every layout as a button named by its label, the current one pressed', async () => {
    const { container } = await setting();
    for (const layout of layouts) {
      expect(button(container, layout.label).getAttribute('aria-pressed')).toBe(
        layout.kind === 'grid' ? 'true' : 'false',
      );
    }
  });

  it('previews each layout live with the slide’s own photos', async () => {
    const { container } = await setting();
    const preview = Konva.stages.find((stage) => button(container, 'Hero left').contains(stage.container()));
    if (!preview) throw new Error('no preview stage in the Hero left button');
    // Hero left puts the first (red) photo over the left part; the blue one sits in the strip on the right.
    await whileLoading(() =>
      expect
        .poll(() => isNear(colourAt(preview, preview.width() * 0.3, preview.height() / 2), RED))
        .toBe(true),
    );
    // Each photo arrives on its own: the blue one may be drawn a moment after the red one.
    const stripHasBlue = () =>
      [0.2, 0.5, 0.8]
        .map((y) => colourAt(preview, preview.width() * 0.82, preview.height() * y))
        .some((colour) => isNear(colour, BLUE));
    await whileLoading(() => expect.poll(stripHasBlue).toBe(true));
  });

  it('applies the chosen layout, one undo step', async () => {
    const { container, deckStore, slide } = await setting();
    const before = slide();
    await click(button(container, 'Mosaic'));
    expect(slide().layout?.kind).toBe('mosaic');
    expect(button(container, 'Mosaic').getAttribute('aria-pressed')).toBe('true');
    expect(button(container, 'Justified rows').getAttribute('aria-pressed')).toBe('false');
    await act(async () => deckStore.getState().undo());
    expect(slide()).toEqual(before);
  });
});

describe('SlideStylePanel', () => {
  useRenderingCleanup();

  it('makes one drag of the corner radius slider one undo step', async () => {
    const { container, deckStore, photoItems } = await setting();
    await drag(range(container, 'Corner radius'), [4, 12, 30]);
    for (const item of photoItems()) expect(item.cornerRadius).toBe(30);
    await drag(range(container, 'Corner radius'), [50]);
    await act(async () => deckStore.getState().undo());
    for (const item of photoItems()) expect(item.cornerRadius).toBe(30);
    await act(async () => deckStore.getState().undo());
    for (const item of photoItems()) expect(item.cornerRadius).toBe(0);
  });

  it('re-lays the photos when the gutter changes', async () => {
    const { container, slide, photoItems } = await setting();
    await drag(range(container, 'Gutter'), [40, 60]);
    expect(slide().layout?.gutter).toBe(60);
    expect(Math.min(...photoItems().map((i) => i.x))).toBeCloseTo(60, 6);
  });

  it('has labelled colour inputs for the border and the background', async () => {
    const { container, slide } = await setting();
    const background = range(container, 'Background');
    expect(background.type).toBe('color');
    expect(range(container, 'Border colour').type).toBe('color');
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(background, '#336699');
      background.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(slide().background).toBe('#336699');
  });

  it('shuffles the photos between the cells, undoably', async () => {
    const { container, deckStore, photoItems } = await setting();
    const where = () => photoItems().map(({ id, x, y }) => `${id}@${Math.round(x)},${Math.round(y)}`);
    const before = where();
    await click(button(container, 'Shuffle'));
    expect(where()).not.toEqual(before);
    await act(async () => deckStore.getState().undo());
    expect(where()).toEqual(before);
  });
});
