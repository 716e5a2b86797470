// Benchmark: frame time while a scripted drag moves one photo across a 30-photo slide in the editor's canvas, against a bare Konva stage.
import Konva from 'konva';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createAutosaveHandle, createSaveStateStore } from '../src/session/autosave';
import { EditorServicesContext, type EditorServices } from '../src/editor/editorServices';
import { SlideCanvas } from '../src/editor/canvas/SlideCanvas';
import { cropSource } from '../src/model/crop';
import type { PhotoItem, PhotoMeta } from '../src/model/deck';
import { newId, type PhotoId, type SlideId } from '../src/model/ids';
import { newDeck } from '../src/model/newDeck';
import { imageSize, type PhotoImage } from '../src/slide/photoImages';
import { openDatabase } from '../src/storage/database';
import { saveDeck } from '../src/storage/deckStorage';
import type { PhotoBlobs } from '../src/storage/photoStorage';
import { createPhotoUrlCache } from '../src/storage/photoUrls';
import { commands } from '../src/store/commands';
import { createDeckStore } from '../src/store/deckStore';
import { createSessionStore } from '../src/store/sessionStore';
import { figure, measured, phase } from './benchmark';
import { DISPLAY_LONG_EDGE, DISPLAY_SHORT_EDGE, drawPhoto, scaledJpeg } from './syntheticPhotos';
import type { Benchmark, Measurement } from './benchmark';
import { createUnsavedPhotos } from '../src/storage/unsavedPhotos';

const BARE = 'bare';
const EDITOR = 'editor';
const PHOTO_COUNT = 30;
const THUMBNAIL_LONG_EDGE = 320;
/** The area the editor's canvas fits the slide into: a 1280 × 720 window (Playwright's default viewport). */
const AREA_WIDTH = 1280;
const AREA_HEIGHT = 720;
/** One pointer move per frame: about a second of dragging at 60 Hz. */
const MOVES = 60;
/** One 60 Hz frame, plus a little for the jitter of frame timestamps. */
const SMOOTH_FRAME_MS = 1000 / 60 + 1;
const READY_TIMEOUT_MS = 60_000;

type Point = { x: number; y: number };

type Prepared = {
  services: EditorServices;
  slideId: SlideId;
  editorBox: HTMLDivElement;
  editorStage: Konva.Stage;
  bareBox: HTMLDivElement;
  bareStage: Konva.Stage;
  /** The dragged photo in each stage: where the drag starts and the node that must have moved. */
  from: Point;
  to: Point;
  editorNode: Konva.Node;
  bareNode: Konva.Node;
};

let prepared: Prepared | undefined;

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The 30 photos as the editor stores them: display rendition (also standing in as the original) and thumbnail. */
async function storePhotos(services: EditorServices): Promise<PhotoMeta[]> {
  const photos: PhotoMeta[] = [];
  const blobs = new Map<PhotoId, PhotoBlobs>();
  for (let index = 0; index < PHOTO_COUNT; index += 1) {
    const canvas = drawPhoto(index, PHOTO_COUNT);
    const display = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
    const thumbnail = await scaledJpeg(canvas, THUMBNAIL_LONG_EDGE);
    const id = (await sha256Hex(display)) as PhotoId;
    blobs.set(id, { original: display, display, thumbnail });
    photos.push({
      id,
      fileName: `bench-${index + 1}.jpg`,
      mimeType: 'image/jpeg',
      width: canvas.width,
      height: canvas.height,
      bytes: display.size,
    });
  }
  // Stored as the app stores photos: with a deck that names them, in one transaction.
  const library = { ...newDeck(new Date(0)), photos: Object.fromEntries(photos.map((p) => [p.id, p])) };
  await saveDeck(services.db, library, { photos: blobs });
  return photos;
}

/** A fixed 1280 × 720 box at the window's top-left; only the one being measured is visible (and hit). */
function makeArea(): HTMLDivElement {
  const area = document.createElement('div');
  Object.assign(area.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${AREA_WIDTH}px`,
    height: `${AREA_HEIGHT}px`,
    // A grid stretches the editor's canvas area over the whole box, as the editor's own layout does.
    display: 'grid',
    visibility: 'hidden',
  });
  document.body.append(area);
  return area;
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await nextFrame();
}

async function waitFor<T>(what: string, find: () => T | undefined): Promise<T> {
  const end = performance.now() + READY_TIMEOUT_MS;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (performance.now() > end) throw new Error(`drag bench: timed out waiting for ${what}`);
    await nextFrame();
  }
}

/** Each photo item's Konva image in the editor, once all of them have their decoded picture. */
function drawnImages(stage: Konva.Stage, items: readonly PhotoItem[]): Map<string, PhotoImage> | undefined {
  const images = new Map<string, PhotoImage>();
  for (const item of items) {
    const image = stage.findOne<Konva.Group>(`#${item.id}`)?.findOne<Konva.Image>('Image')?.image();
    if (!(image instanceof HTMLImageElement || image instanceof ImageBitmap)) return undefined;
    images.set(item.id, image);
  }
  return images;
}

/** The item nearest the left of the slide's middle: the drag takes it most of the way across. */
function itemToDrag(items: readonly PhotoItem[], slide: { width: number; height: number }): PhotoItem {
  const distance = (item: PhotoItem) =>
    Math.hypot(item.x + item.width / 2 - slide.width * 0.2, item.y + item.height / 2 - slide.height * 0.5);
  const nearest = [...items].sort((a, b) => distance(a) - distance(b))[0];
  if (!nearest) throw new Error('drag bench: the slide has no photos');
  return nearest;
}

async function prepare(): Promise<Prepared> {
  // The editor's own styles, so its canvas is laid out (padding, fitting, toolbar) as users see it.
  await import('../src/editor/shell/editor.css');
  const db = await openDatabase(`common-thread-bench-drag-${Date.now()}-${Math.random()}`);
  const deckStore = createDeckStore(newDeck(new Date(), 'Bench deck'));
  const services: EditorServices = {
    db,
    deckStore,
    session: createSessionStore(),
    photoUrls: createPhotoUrlCache(db),
    saveState: createSaveStateStore(),
    revealStash: new Map(),
    unsavedPhotos: createUnsavedPhotos(),
    autosave: createAutosaveHandle(),
  };
  const photos = await storePhotos(services);
  const slideId = newId<SlideId>();
  deckStore.getState().dispatch(commands.addPhotos, { photos });
  deckStore.getState().dispatch(commands.addSlide, { photoIds: photos.map((photo) => photo.id), slideId });
  services.session.getState().selectSlide(slideId);
  const { deck } = deckStore.getState();
  const items = (deck.slides.find((slide) => slide.id === slideId)?.items ?? []).filter(
    (item): item is PhotoItem => item.kind === 'photo',
  );
  if (items.length !== PHOTO_COUNT) throw new Error(`drag bench: the slide holds ${items.length} photos`);

  const editorBox = makeArea();
  createRoot(editorBox).render(
    createElement(EditorServicesContext.Provider, { value: services }, createElement(SlideCanvas)),
  );
  const editorStage = await waitFor('the editor canvas', () =>
    Konva.stages.find((stage) => editorBox.contains(stage.container())),
  );
  const images = await waitFor('all 30 photos drawn in the editor', () => drawnImages(editorStage, items));
  await frames(10);

  // The bare stage: the same decoded images, at the same places and sizes, with the same crops.
  const scale = editorStage.width() / deck.size.width;
  const bareBox = makeArea();
  const bareStage = new Konva.Stage({
    container: bareBox,
    width: editorStage.width(),
    height: editorStage.height(),
  });
  const layer = new Konva.Layer();
  bareStage.add(layer);
  const dragged = itemToDrag(items, deck.size);
  for (const item of items) {
    const image = images.get(item.id) as PhotoImage;
    layer.add(
      new Konva.Image({
        id: item.id,
        image,
        crop: cropSource(imageSize(image), { width: item.width, height: item.height }, item.crop),
        x: item.x * scale,
        y: item.y * scale,
        width: item.width * scale,
        height: item.height * scale,
        rotation: item.rotation,
        cornerRadius: item.cornerRadius * scale,
        perfectDrawEnabled: false,
        draggable: item.id === dragged.id,
      }),
    );
  }
  layer.draw();
  // The bare stage is placed like the editor's, so one pointer path (in window coordinates) fits both.
  const editorRect = editorStage.container().getBoundingClientRect();
  const bareRect = bareStage.container().getBoundingClientRect();
  Object.assign(bareStage.container().style, {
    position: 'relative',
    left: `${editorRect.left - bareRect.left}px`,
    top: `${editorRect.top - bareRect.top}px`,
  });

  const centre = {
    x: editorRect.left + (dragged.x + dragged.width / 2) * scale,
    y: editorRect.top + (dragged.y + dragged.height / 2) * scale,
  };
  const to = { x: centre.x + editorRect.width * 0.6, y: centre.y };
  const editorNode = editorStage.findOne(`#${dragged.id}`);
  const bareNode = bareStage.findOne(`#${dragged.id}`);
  if (!editorNode || !bareNode) throw new Error('drag bench: the dragged photo has no node');
  return {
    services,
    slideId,
    editorBox,
    editorStage,
    bareBox,
    bareStage,
    from: centre,
    to,
    editorNode,
    bareNode,
  };
}

/** What a mouse does, as the browser reports it: a pointer event, then its mouse event, at the element hit. */
function mouse(kind: 'down' | 'move' | 'up', at: Point, area: HTMLElement, altKey = false): void {
  const target = document.elementFromPoint(at.x, at.y) ?? document.body;
  if (kind === 'down' && !area.contains(target)) throw new Error('drag bench: the press missed the stage');
  const init = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: window,
    clientX: at.x,
    clientY: at.y,
    button: 0,
    buttons: kind === 'up' ? 0 : 1,
    altKey,
  };
  target.dispatchEvent(
    new PointerEvent(`pointer${kind}`, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }),
  );
  target.dispatchEvent(new MouseEvent(`mouse${kind}`, init));
}

type DragRecord = { deltas: number[]; workMs: number };

/**
 * Presses on `from`, moves to `to` in MOVES steps, one per animation frame, and lets go, recording the time
 * between frames and the main-thread time spent handling the moves and drawing the stage's layers.
 */
async function scriptedDrag(
  area: HTMLElement,
  stage: Konva.Stage,
  from: Point,
  to: Point,
): Promise<DragRecord> {
  let drawMs = 0;
  let drawStart = 0;
  const layers = stage.getLayers();
  for (const layer of layers) {
    layer.on('beforeDraw.bench', () => (drawStart = performance.now()));
    layer.on('draw.bench', () => (drawMs += performance.now() - drawStart));
  }
  const deltas: number[] = [];
  let handlingMs = 0;
  let last = await nextFrame();
  try {
    for (let step = 0; step <= MOVES + 1; step += 1) {
      const started = performance.now();
      if (step === 0) mouse('down', from, area);
      else if (step <= MOVES) {
        const t = step / MOVES;
        mouse('move', { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }, area);
      } else {
        // Alt keeps the drop a plain move rather than a swap with the photo under the pointer.
        mouse('up', to, area, true);
      }
      handlingMs += performance.now() - started;
      const time = await nextFrame();
      deltas.push(time - last);
      last = time;
    }
  } finally {
    for (const layer of layers) layer.off('.bench');
  }
  return { deltas, workMs: (handlingMs + drawMs) / MOVES };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

function summary({ deltas, workMs }: DragRecord): Measurement {
  return {
    medianFrame: percentile(deltas, 0.5),
    p95Frame: percentile(deltas, 0.95),
    smoothShare: (100 * deltas.filter((d) => d <= SMOOTH_FRAME_MS).length) / deltas.length,
    frames: deltas.length,
    workPerMove: workMs,
  };
}

/** Throws unless the drag really moved the node most of the way: a drag that never started would look fast. */
function checkMoved(node: Konva.Node, start: Point, from: Point, to: Point): void {
  const moved = node.absolutePosition().x - start.x;
  const asked = to.x - from.x;
  if (Math.abs(moved - asked) > asked * 0.1) {
    throw new Error(`drag bench: the photo moved ${moved.toFixed(0)} px of ${asked.toFixed(0)}`);
  }
}

async function show(ready: Prepared, box: HTMLElement): Promise<void> {
  ready.editorBox.style.visibility = box === ready.editorBox ? 'visible' : 'hidden';
  ready.bareBox.style.visibility = box === ready.bareBox ? 'visible' : 'hidden';
  await frames(5);
}

async function dragInEditor(ready: Prepared): Promise<Measurement> {
  await show(ready, ready.editorBox);
  const { deckStore, session } = ready.services;
  const start = ready.editorNode.absolutePosition();
  const record = await scriptedDrag(ready.editorBox, ready.editorStage, ready.from, ready.to);
  checkMoved(ready.editorNode, start, ready.from, ready.to);
  // The drop is one undoable move: undone, with the selection cleared, the next run starts the same. The
  // drop's render goes first, or React would see the undone position as no change and leave the node moved.
  await frames(2);
  const { deck } = deckStore.getState();
  deckStore.getState().undo();
  if (deckStore.getState().deck === deck) throw new Error('drag bench: the drag left nothing to undo');
  session.getState().selectItems([]);
  await frames(5);
  const back = ready.editorNode.absolutePosition();
  if (Math.hypot(back.x - start.x, back.y - start.y) > 0.5) {
    throw new Error('drag bench: undoing the drag did not put the photo back');
  }
  return summary(record);
}

async function dragBare(ready: Prepared): Promise<Measurement> {
  await show(ready, ready.bareBox);
  const start = ready.bareNode.absolutePosition();
  const record = await scriptedDrag(ready.bareBox, ready.bareStage, ready.from, ready.to);
  checkMoved(ready.bareNode, start, ready.from, ready.to);
  ready.bareNode.absolutePosition(start);
  ready.bareNode.getLayer()?.draw();
  await frames(5);
  return summary(record);
}

function ready(): Prepared {
  if (!prepared) throw new Error('drag bench: setup did not run');
  return prepared;
}

export const dragBench: Benchmark = {
  name: 'drag',
  needsFixtures: false,
  phases: [BARE, EDITOR],
  async setup() {
    prepared ??= await prepare();
  },
  run(name) {
    return name === EDITOR ? dragInEditor(ready()) : dragBare(ready());
  },
  figures(medians) {
    const bare = phase(medians, BARE);
    const editor = phase(medians, EDITOR);
    const { editorStage } = ready();
    const about =
      `${PHOTO_COUNT} photos (${DISPLAY_LONG_EDGE}×${DISPLAY_SHORT_EDGE} JPEG display renditions) on a ` +
      `${editorStage.width()}×${editorStage.height()} stage; one dragged ${Math.round(ready().to.x - ready().from.x)} px ` +
      `in ${MOVES} pointer moves, one per frame (${measured(editor, 'frames')} frames)`;
    return {
      medianFrame: figure({
        value: measured(editor, 'medianFrame'),
        baseline: measured(bare, 'medianFrame'),
        unit: 'ms',
        target: 'ratio <= 1.2',
        note:
          `${about}; the editor's SlideCanvas (real services, scratch IndexedDB, selection, Transformer, snapping); ` +
          'baseline: a bare Konva stage with one layer of the same 30 decoded images, one draggable',
      }),
      p95Frame: figure({
        value: measured(editor, 'p95Frame'),
        baseline: measured(bare, 'p95Frame'),
        unit: 'ms',
        note: '95th percentile of the time between animation frames during the drag; baseline: the bare stage',
      }),
      smoothFrames: figure({
        value: measured(editor, 'smoothShare'),
        baseline: measured(bare, 'smoothShare'),
        unit: '%',
        note: `share of frames within one 60 Hz frame (≤ ${SMOOTH_FRAME_MS.toFixed(1)} ms); baseline: the bare stage`,
      }),
      workPerMove: figure({
        value: measured(editor, 'workPerMove'),
        baseline: measured(bare, 'workPerMove'),
        unit: 'ms',
        note:
          'main-thread time of the whole drag (press, moves, release: handling the pointer events plus drawing the ' +
          "stage's layers, Konva beforeDraw → draw) divided by the moves; React renders scheduled outside them " +
          '(selection, drop) are not in it; baseline: the bare stage',
      }),
    };
  },
};
