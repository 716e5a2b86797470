// The editor canvas on opening a deck, in real Chromium with real IndexedDB and real decoding: each photo's
// thumbnail rendition is drawn first, then its display rendition takes its place, with no grey frame between.
import { deleteDB } from 'idb';
import Konva from 'konva';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveHandle, createSaveStateStore } from '../../../src/session/autosave';
import { EditorServicesContext, type EditorServices } from '../../../src/editor/editorServices';
import { SlideCanvas } from '../../../src/editor/canvas/SlideCanvas';
import { openDatabase } from '../../../src/storage/database';
import { savePhotoBlobs } from '../storage/storedPhotos';
import { createPhotoUrlCache } from '../../../src/storage/photoUrls';
import { createUnsavedPhotos } from '../../../src/storage/unsavedPhotos';
import { createDeckStore } from '../../../src/store/deckStore';
import { createSessionStore } from '../../../src/store/sessionStore';
import {
  BLUE,
  RED,
  colourAt,
  deckOf,
  drawn,
  isNear,
  mount,
  photoItem,
  photoMeta,
  slideOf,
  solid,
  stageIn,
  useRenderingCleanup,
  whileLoading,
  type Paint,
  type Rgb,
} from '../slide/slideTestKit';

/** The canvas is 960 CSS px wide: half a slide unit per pixel. */
const SCALE = 0.5;
/** What PhotoFrame draws for a photo whose image is not loaded. */
const FRAME_GREY: Rgb = [0x2a, 0x30, 0x38];
const THUMBNAIL_EDGE = 32;
const DISPLAY_EDGE = 800;
const photo = photoMeta('a', 1600, 1600);
const frame = { x: 100, y: 100, width: 600, height: 600 };
const centre = { x: (frame.x + frame.width / 2) * SCALE, y: (frame.y + frame.height / 2) * SCALE };

let services: EditorServices;
let dbName: string;
const style = document.createElement('style');
style.textContent = '.canvas-box { width: 960px; height: 540px; position: relative; }';

async function png(edge: number, paint: Paint): Promise<Blob> {
  const canvas = new OffscreenCanvas(edge, edge);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  paint(context, edge, edge);
  return canvas.convertToBlob({ type: 'image/png' });
}

beforeEach(async () => {
  document.head.append(style);
  dbName = `canvas-renditions-${crypto.randomUUID()}`;
  const db = await openDatabase(dbName);
  // The renditions told apart by colour and size: a red thumbnail, a blue display rendition.
  const display = await png(DISPLAY_EDGE, solid(BLUE));
  await savePhotoBlobs(db, photo.id, {
    original: display,
    display,
    thumbnail: await png(THUMBNAIL_EDGE, solid(RED)),
  });
  const deck = deckOf([photo], [slideOf([photoItem(photo, frame, 'item-a')])]);
  services = {
    db,
    deckStore: createDeckStore(deck),
    session: createSessionStore(),
    photoUrls: createPhotoUrlCache(db),
    saveState: createSaveStateStore(),
    revealStash: new Map(),
    unsavedPhotos: createUnsavedPhotos(),
    autosave: createAutosaveHandle(),
  };
  services.session.getState().selectSlide(deck.slides[0]!.id);
});

afterEach(async () => {
  vi.restoreAllMocks();
  services.photoUrls.dispose();
  services.db.close();
  await deleteDB(dbName);
  style.remove();
});

/**
 * Holds back every decode bigger than a thumbnail until `release` is called, so the test decides which
 * rendition is ready first rather than the machine's speed.
 */
function holdDisplayDecodes(): { release: () => void; held: () => number } {
  const decode = globalThis.createImageBitmap.bind(globalThis);
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  const holding = async (source: ImageBitmapSource, options?: ImageBitmapOptions): Promise<ImageBitmap> => {
    const bitmap = await decode(source, options);
    if (bitmap.width > THUMBNAIL_EDGE) {
      held += 1;
      await released;
    }
    return bitmap;
  };
  vi.spyOn(globalThis, 'createImageBitmap').mockImplementation(holding as typeof createImageBitmap);
  return { release, held: () => held };
}

/** The width of the image the canvas draws for the photo, or 0 while it draws the grey frame. */
function drawnImageWidth(stage: Konva.Stage): number {
  const image = stage.findOne<Konva.Image>('Image')?.image();
  if (!image) return 0;
  if (image instanceof HTMLImageElement) return image.naturalWidth;
  return image instanceof ImageBitmap ? image.width : 0;
}

describe('SlideCanvas renditions', () => {
  useRenderingCleanup();

  it('draws the thumbnail at once, then the display rendition in its place, never grey between', async () => {
    const decodes = holdDisplayDecodes();
    const mounted = await mount(
      <EditorServicesContext.Provider value={services}>
        <SlideCanvas />
      </EditorServicesContext.Provider>,
    );
    const stage = stageIn(mounted.container);

    // While the display rendition is still decoding, the canvas draws the thumbnail: photo pixels, not grey.
    await whileLoading(() => expect.poll(() => drawnImageWidth(stage)).toBe(THUMBNAIL_EDGE));
    await drawn();
    expect(isNear(colourAt(stage, centre.x, centre.y), RED)).toBe(true);
    await whileLoading(() => expect.poll(decodes.held).toBe(1));

    // Every frame drawn from now on shows the thumbnail or the display rendition, never the grey frame.
    const seen: Rgb[] = [];
    const watch = () => {
      seen.push(colourAt(stage, centre.x, centre.y));
      frame = requestAnimationFrame(watch);
    };
    let frame = requestAnimationFrame(watch);
    decodes.release();
    await whileLoading(() => expect.poll(() => drawnImageWidth(stage)).toBe(DISPLAY_EDGE));
    await drawn();
    cancelAnimationFrame(frame);
    expect(isNear(colourAt(stage, centre.x, centre.y), BLUE)).toBe(true);
    expect(seen.some((colour) => isNear(colour, FRAME_GREY))).toBe(false);
    expect(seen.every((colour) => isNear(colour, RED) || isNear(colour, BLUE))).toBe(true);
  });
});
