// The editing canvas in real Chromium, driven by mouse events: snapping, crop mode, swap and marquee.
import { deleteDB } from 'idb';
import type Konva from 'konva';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAutosaveHandle, createSaveStateStore } from '../../../src/session/autosave';
import { EditorServicesContext, type EditorServices } from '../../../src/editor/editorServices';
import { SlideCanvas } from '../../../src/editor/canvas/SlideCanvas';
import { panCrop } from '../../../src/model/crop';
import type { Deck, PhotoItem } from '../../../src/model/deck';
import { openDatabase } from '../../../src/storage/database';
import { createPhotoUrlCache } from '../../../src/storage/photoUrls';
import { PHOTO_DRAG_TYPE } from '../../../src/editor/library/PhotoLibrary';
import { createDeckStore } from '../../../src/store/deckStore';
import { createSessionStore } from '../../../src/store/sessionStore';
import {
  BACKGROUND,
  colourAt,
  deckOf,
  drawn,
  isNear,
  mount,
  photoItem,
  photoMeta,
  slideOf,
  stageIn,
  useRenderingCleanup,
  whileLoading,
  type Point,
} from '../slide/slideTestKit';
import { createUnsavedPhotos } from '../../../src/storage/unsavedPhotos';
import { userEvent } from 'vitest/browser';
import { addTextAndEdit } from '../../../src/editor/canvas/textEditing';
import { loadSlideFonts } from '../../../src/slide/fonts';
import { NEW_TEXT } from '../../../src/store/commands/addText';

/** The canvas is 960 CSS px wide: half a slide unit per pixel. */
const SCALE = 0.5;
/** What PhotoFrame draws for a photo whose image is not loaded. */
const FRAME_GREY = [0x2a, 0x30, 0x38] as const;
const photoA = photoMeta('a', 400, 400);
const photoB = photoMeta('b', 400, 200);
const A = { x: 100, y: 100, width: 400, height: 400 };
const B = { x: 1000, y: 100, width: 200, height: 200 };

let services: EditorServices;
let dbName: string;
const style = document.createElement('style');
style.textContent = '.canvas-box { width: 960px; height: 540px; position: relative; }';

beforeEach(async () => {
  document.head.append(style);
  dbName = `slide-canvas-${crypto.randomUUID()}`;
  const db = await openDatabase(dbName);
  services = {
    db,
    deckStore: createDeckStore(testDeck()),
    session: createSessionStore(),
    photoUrls: createPhotoUrlCache(db),
    saveState: createSaveStateStore(),
    revealStash: new Map(),
    unsavedPhotos: createUnsavedPhotos(),
    autosave: createAutosaveHandle(),
  };
  const slide = services.deckStore.getState().deck.slides[0]!;
  services.session.getState().selectSlide(slide.id);
});

afterEach(async () => {
  services.photoUrls.dispose();
  services.db.close();
  await deleteDB(dbName);
  style.remove();
});

function testDeck(): Deck {
  return deckOf(
    [photoA, photoB],
    [slideOf([photoItem(photoA, A, 'item-a'), photoItem(photoB, B, 'item-b')])],
  );
}

const deck = () => services.deckStore.getState().deck;
const itemA = () => deck().slides[0]!.items.find((i) => i.id === 'item-a') as PhotoItem;
const itemB = () => deck().slides[0]!.items.find((i) => i.id === 'item-b') as PhotoItem;

async function renderCanvas(): Promise<Konva.Stage> {
  const mounted = await mount(
    <EditorServicesContext.Provider value={services}>
      <SlideCanvas />
    </EditorServicesContext.Provider>,
  );
  const stage = stageIn(mounted.container);
  await drawn();
  return stage;
}

/** Sends what a browser sends for a mouse action at a point in slide units: the pointer event, then the mouse one. */
async function pointer(stage: Konva.Stage, kind: 'down' | 'move' | 'up', at: Point, shiftKey = false) {
  const rect = stage.content.getBoundingClientRect();
  const init = {
    bubbles: true,
    cancelable: true,
    clientX: rect.left + at.x * SCALE,
    clientY: rect.top + at.y * SCALE,
    button: 0,
    buttons: kind === 'up' ? 0 : 1,
    shiftKey,
  };
  await act(async () => {
    stage.content.dispatchEvent(
      new PointerEvent(`pointer${kind}`, { ...init, pointerId: 1, isPrimary: true }),
    );
    stage.content.dispatchEvent(new MouseEvent(`mouse${kind}`, init));
  });
}

/** A press, a few moves and a release, as a person drags. */
async function drag(stage: Konva.Stage, from: Point, to: Point) {
  await pointer(stage, 'down', from);
  for (let i = 1; i <= 5; i++)
    await pointer(stage, 'move', {
      x: from.x + ((to.x - from.x) * i) / 5,
      y: from.y + ((to.y - from.y) * i) / 5,
    });
  await pointer(stage, 'up', to);
  await drawn();
}

async function key(name: string, init: KeyboardEventInit = {}) {
  await act(async () => {
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...init }),
    );
  });
}

describe('SlideCanvas', () => {
  useRenderingCleanup();

  it('snaps a dragged photo exactly onto another photo edge, in one undo step', async () => {
    const stage = await renderCanvas();
    // Photo A's left edge is let go 3 units right of B's right edge (x = 1200): within 6 px, so it snaps.
    await drag(stage, { x: 300, y: 300 }, { x: 300 + 1103, y: 300 });
    expect(itemA().x).toBe(1200);
    expect(itemA().y).toBe(100);
    // On the canvas: the frame begins exactly at the guide.
    await drawn();
    expect(isNear(colourAt(stage, 1200 * SCALE + 1, 300 * SCALE), FRAME_GREY)).toBe(true);
    expect(isNear(colourAt(stage, 1200 * SCALE - 1, 400 * SCALE), BACKGROUND)).toBe(true);
    services.deckStore.getState().undo();
    expect(itemA().x).toBe(100);
  });

  it('leaves a photo where it is let go when no guide is near', async () => {
    await renderCanvas().then((stage) => drag(stage, { x: 300, y: 300 }, { x: 340, y: 360 }));
    expect(itemA()).toMatchObject({ x: 140, y: 160 });
  });

  it('crops by double-click, drag and Enter, as one command; Esc cancels', async () => {
    const stage = await renderCanvas();
    const before = itemA().crop;
    for (let i = 0; i < 2; i++) {
      await pointer(stage, 'down', { x: 300, y: 300 });
      await pointer(stage, 'up', { x: 300, y: 300 });
    }
    // Zoom in with the toolbar's button first, so there is room to pan.
    const zoomIn = document.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]');
    expect(zoomIn).not.toBeNull();
    await act(async () => zoomIn!.click());
    await drag(stage, { x: 300, y: 300 }, { x: 340, y: 300 });
    // Nothing is recorded until crop mode ends.
    expect(itemA().crop).toEqual(before);
    await key('Enter');
    const frame = { width: A.width, height: A.height };
    expect(itemA().crop).toEqual(panCrop(photoA, frame, { ...before, scale: 1.25 }, 40, 0));
    expect(itemA().crop.x).toBeLessThan(0.5);
    services.deckStore.getState().undo();
    expect(itemA().crop).toEqual(before);

    // Again, but Esc: the deck never hears of it.
    for (let i = 0; i < 2; i++) {
      await pointer(stage, 'down', { x: 300, y: 300 });
      await pointer(stage, 'up', { x: 300, y: 300 });
    }
    await act(async () => document.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click());
    await key('Escape');
    expect(itemA().crop).toEqual(before);
    expect(services.deckStore.getState().canUndo).toBe(false);
  });

  it('swaps two photos when one is let go over the other', async () => {
    const stage = await renderCanvas();
    await drag(stage, { x: 300, y: 300 }, { x: 1100, y: 200 });
    expect(itemA()).toMatchObject({ photoId: photoB.id, x: A.x, y: A.y, width: A.width });
    expect(itemB()).toMatchObject({ photoId: photoA.id, x: B.x, y: B.y, width: B.width });
    services.deckStore.getState().undo();
    expect(itemA().photoId).toBe(photoA.id);
    expect(services.deckStore.getState().canUndo).toBe(false);
  });

  it('selects the items a marquee touches', async () => {
    const stage = await renderCanvas();
    await drag(stage, { x: 50, y: 700 }, { x: 1050, y: 250 });
    expect([...services.session.getState().selectedItemIds].sort()).toEqual(['item-a', 'item-b']);
    await drag(stage, { x: 50, y: 700 }, { x: 300, y: 450 });
    expect(services.session.getState().selectedItemIds).toEqual(['item-a']);
  });

  it('nudges, duplicates, copies and pastes the selection with keys, each undoable', async () => {
    await renderCanvas();
    await act(async () => services.session.getState().selectItems([itemA().id]));
    await key('ArrowRight');
    await key('ArrowDown', { shiftKey: true });
    expect(itemA()).toMatchObject({ x: 101, y: 110 });
    await key('d', { ctrlKey: true });
    const items = deck().slides[0]!.items;
    expect(items).toHaveLength(3);
    expect(items[2]).toMatchObject({ photoId: photoA.id, x: 121, y: 130 });
    expect(services.session.getState().selectedItemIds).toEqual([items[2]!.id]);
    await key('c', { ctrlKey: true });
    await key('v', { ctrlKey: true });
    expect(deck().slides[0]!.items).toHaveLength(4);
    services.deckStore.getState().undo();
    services.deckStore.getState().undo();
    expect(deck().slides[0]!.items).toHaveLength(2);
    // The two nudges in a row were one step.
    services.deckStore.getState().undo();
    expect(itemA()).toMatchObject({ x: 100, y: 100 });
    expect(services.deckStore.getState().canUndo).toBe(false);
  });

  it('replaces the photo a library photo is dropped on, keeping the frame', async () => {
    const stage = await renderCanvas();
    const rect = stage.content.getBoundingClientRect();
    const dataTransfer = new DataTransfer();
    dataTransfer.setData(PHOTO_DRAG_TYPE, photoB.id);
    const box = stage.container().closest('.canvas-box')!;
    await act(async () => {
      box.dispatchEvent(
        new DragEvent('drop', {
          bubbles: true,
          cancelable: true,
          dataTransfer,
          clientX: rect.left + 300 * SCALE,
          clientY: rect.top + 300 * SCALE,
        }),
      );
    });
    expect(itemA()).toMatchObject({ ...A, photoId: photoB.id, crop: { x: 0.5, y: 0.5, scale: 1 } });
    expect(deck().slides[0]!.items).toHaveLength(2);
  });

  it('Add text writes in the new box at once, with the old text left out of the canvas meanwhile', async () => {
    await whileLoading(() => loadSlideFonts());
    const stage = await renderCanvas();
    const { deckStore, session } = services;
    let id: string | null = null;
    await act(async () => {
      id = addTextAndEdit(deckStore, session);
    });
    await drawn();
    const textarea = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Text"]');
    expect(textarea).not.toBeNull();
    expect(document.activeElement).toBe(textarea);
    expect(textarea!.value).toBe(NEW_TEXT);
    expect([textarea!.selectionStart, textarea!.selectionEnd]).toEqual([0, NEW_TEXT.length]);
    // The placeholder is in the deck but not drawn: only the editing box shows words there.
    const box = textRect();
    expect(inkIn(stage, box)).toBe(0);
    expect(stage.findOne(`#${id!}`)).toBeUndefined();

    await whileLoading(() => userEvent.keyboard('Ten years of Ana'));
    await whileLoading(() => userEvent.keyboard('{Escape}'));
    await drawn();
    expect(document.querySelector('textarea')).toBeNull();
    expect(
      deck()
        .slides[0]!.items.filter((i) => i.kind === 'text')
        .map((i) => i.kind === 'text' && i.text),
    ).toEqual(['Ten years of Ana']);
    // Drawn again, with the new words; the canvas has the focus back and the box is selected.
    expect(inkIn(stage, box)).toBeGreaterThan(50);
    expect(document.activeElement).toBe(stage.container().closest('.canvas-box'));
    expect(session.getState().selectedItemIds).toEqual([id]);
    deckStore.getState().undo();
    expect(deck().slides[0]!.items).toHaveLength(2);
    expect(deckStore.getState().canUndo).toBe(false);
  });

  it('Add text then Esc at once leaves no box and no undo step', async () => {
    await whileLoading(() => loadSlideFonts());
    await renderCanvas();
    const before = deck().slides;
    await act(async () => {
      addTextAndEdit(services.deckStore, services.session);
    });
    await whileLoading(() => userEvent.keyboard('{Escape}'));
    expect(document.querySelector('textarea')).toBeNull();
    expect(deck().slides).toEqual(before);
    expect(services.deckStore.getState().canUndo).toBe(false);
    expect(services.session.getState().selectedItemIds).toEqual([]);
  });
});

describe('SlideCanvas on a quiz slide', () => {
  useRenderingCleanup();

  /** A photo reaching the bottom edge, where a quiz slide's question bar stands. */
  const low = { x: 0, y: 900, width: 1920, height: 180 };
  const setSlide = (quiz: boolean) => {
    const item = photoItem(photoA, low, 'item-low');
    const quizDeck = deckOf([photoA], [slideOf([item], quiz ? [item] : undefined)]);
    services = { ...services, deckStore: createDeckStore(quizDeck) };
    services.session.getState().selectSlide(deck().slides[0]!.id);
  };

  it('shows the question bar where the room will see it, over what lies under it, and clicks go through it', async () => {
    setSlide(true);
    await whileLoading(() => loadSlideFonts());
    const stage = await renderCanvas();
    await drawn();
    expect(stage.findOne('.question-strip')).toBeDefined();
    // Right of the question's words, the bar covers the photo's grey frame.
    const underBar = { x: 1500, y: 1040 };
    expect(isNear(colourAt(stage, underBar.x * SCALE, underBar.y * SCALE), FRAME_GREY)).toBe(false);
    // Above the bar the photo shows as it is.
    expect(isNear(colourAt(stage, 1500 * SCALE, 930 * SCALE), FRAME_GREY)).toBe(true);
    // The bar takes no clicks: the photo under it is selected.
    await pointer(stage, 'down', underBar);
    await pointer(stage, 'up', underBar);
    expect(services.session.getState().selectedItemIds).toEqual(['item-low']);
  });

  it('draws no bar on a slide without a quiz', async () => {
    setSlide(false);
    const stage = await renderCanvas();
    await drawn();
    expect(stage.findOne('.question-strip')).toBeUndefined();
    expect(isNear(colourAt(stage, 1500 * SCALE, 1040 * SCALE), FRAME_GREY)).toBe(true);
  });
});

/** Where addText puts a new box, in CSS px of the canvas: one line tall, 60 % of the slide wide, centred. */
function textRect() {
  const width = 1920 * 0.6;
  return {
    x: ((1920 - width) / 2) * SCALE,
    y: ((1080 - 64) / 2) * SCALE,
    width: width * SCALE,
    height: 64 * SCALE,
  };
}

/** How many pixels of the slide's layer in `rect` are not the slide's background: the text's ink. */
function inkIn(stage: Konva.Stage, rect: { x: number; y: number; width: number; height: number }): number {
  let ink = 0;
  for (let y = rect.y; y < rect.y + rect.height; y += 1)
    for (let x = rect.x; x < rect.x + rect.width; x += 1)
      if (!isNear(colourAt(stage, x, y), BACKGROUND, 24)) ink += 1;
  return ink;
}
