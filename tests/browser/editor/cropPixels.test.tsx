// Crop mode's maths drawn by the real slide renderer: a pan or zoom shows the expected part of a known photo.
import { beforeAll, describe, expect, it } from 'vitest';
import { panCrop, zoomCrop } from '../../../src/model/crop';
import type { Crop } from '../../../src/model/deck';
import type { PhotoId } from '../../../src/model/ids';
import type { PhotoImages } from '../../../src/slide/photoImages';
import { SlideView } from '../../../src/slide/SlideView';
import {
  BLUE,
  GREEN,
  RED,
  deckOf,
  drawn,
  isNear,
  loadImage,
  mount,
  photoItem,
  photoMeta,
  photoUrl,
  slideColourAt,
  slideOf,
  stageIn,
  useRenderingCleanup,
  type Point,
  type Rgb,
} from '../slide/slideTestKit';

const YELLOW: Rgb = [255, 255, 0];
const WIDTH = 960;
const SCALE = WIDTH / 1920;
/** A 400 × 400 photo in four coloured quadrants: red, blue over green, yellow. */
const quadrants = photoMeta('a', 400, 400);
const FRAME = { x: 200, y: 200, width: 400, height: 400 };
const frameSize = { width: FRAME.width, height: FRAME.height };

let images: PhotoImages;

beforeAll(async () => {
  const url = await photoUrl(400, 400, (context) => {
    const paint: [Rgb, number, number][] = [
      [RED, 0, 0],
      [BLUE, 200, 0],
      [GREEN, 0, 200],
      [YELLOW, 200, 200],
    ];
    for (const [[r, g, b], x, y] of paint) {
      context.fillStyle = `rgb(${r} ${g} ${b})`;
      context.fillRect(x, y, 200, 200);
    }
  });
  images = new Map<PhotoId, HTMLImageElement>([[quadrants.id, await loadImage(url)]]);
});

/** The colours at the frame's four quarter points (top-left, top-right, bottom-left, bottom-right). */
async function quarterColours(crop: Crop): Promise<Rgb[]> {
  const slide = slideOf([photoItem(quadrants, FRAME, 'item-q', { crop })]);
  const mounted = await mount(
    <SlideView
      deck={deckOf([quadrants], [slide])}
      slide={slide}
      step={0}
      images={images}
      width={WIDTH}
      pixelRatio={1}
    />,
  );
  const stage = stageIn(mounted.container);
  await drawn();
  const at = (fx: number, fy: number): Point => ({
    x: FRAME.x + FRAME.width * fx,
    y: FRAME.y + FRAME.height * fy,
  });
  const colours = [at(0.25, 0.25), at(0.75, 0.25), at(0.25, 0.75), at(0.75, 0.75)].map((p) =>
    slideColourAt(stage, SCALE, p),
  );
  await mounted.unmount();
  return colours;
}

function expectColours(actual: Rgb[], expected: Rgb[]) {
  actual.forEach((colour, i) =>
    expect(isNear(colour, expected[i]!), `quarter ${i}: ${colour.join(',')}`).toBe(true),
  );
}

describe('crop in frame, on canvas pixels', () => {
  useRenderingCleanup();

  it('shows the whole photo, four quadrants, before any crop', async () => {
    expectColours(await quarterColours({ x: 0.5, y: 0.5, scale: 1 }), [RED, BLUE, GREEN, YELLOW]);
  });

  it('zoomed 2× and panned fully right shows the left column only', async () => {
    const zoomed = zoomCrop(quadrants, frameSize, { x: 0.5, y: 0.5, scale: 1 }, 2);
    // Dragging the photo right (in frame units) brings its left edge into the frame.
    const panned = panCrop(quadrants, frameSize, zoomed, 1000, 0);
    expectColours(await quarterColours(panned), [RED, RED, GREEN, GREEN]);
  });

  it('zoomed 2× and panned down-right shows the top-left quadrant in the whole frame', async () => {
    const zoomed = zoomCrop(quadrants, frameSize, { x: 0.5, y: 0.5, scale: 1 }, 2);
    const panned = panCrop(quadrants, frameSize, zoomed, 1000, 1000);
    expectColours(await quarterColours(panned), [RED, RED, RED, RED]);
  });

  it('a pan of a quarter frame at 2× moves the quadrant border to the frame quarter line', async () => {
    // At 2× the frame shows 200 photo px in 400 units; panning the photo left by 100 units moves 50 px.
    const zoomed = zoomCrop(quadrants, frameSize, { x: 0.5, y: 0.5, scale: 1 }, 2);
    const panned = panCrop(quadrants, frameSize, zoomed, -100, 0);
    const slide = slideOf([photoItem(quadrants, FRAME, 'item-q', { crop: panned })]);
    const mounted = await mount(
      <SlideView
        deck={deckOf([quadrants], [slide])}
        slide={slide}
        step={0}
        images={images}
        width={WIDTH}
        pixelRatio={1}
      />,
    );
    const stage = stageIn(mounted.container);
    await drawn();
    // The red/blue border sat at the frame's middle (x = 400); it is now 100 units left, at x = 300.
    const y = FRAME.y + 50;
    expect(isNear(slideColourAt(stage, SCALE, { x: 296, y }), RED)).toBe(true);
    expect(isNear(slideColourAt(stage, SCALE, { x: 304, y }), BLUE)).toBe(true);
  });
});
