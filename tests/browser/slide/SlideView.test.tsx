// The slide renderer in real Chromium: reveal steps, rotation, crop and pixel ratio, checked on canvas pixels.
import { beforeAll, describe, expect, it } from 'vitest';
import type Konva from 'konva';
import type { Deck, PhotoItem, Slide, TextItem } from '../../../src/model/deck';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import type { PhotoImages } from '../../../src/slide/photoImages';
import { SlideView } from '../../../src/slide/SlideView';
import {
  ACCENT,
  BACKGROUND,
  BLUE,
  CELLS,
  GREEN,
  RED,
  centreOf,
  deckOf,
  drawn,
  isNear,
  layerPixels,
  leftRight,
  loadImage,
  mount,
  photoItem,
  photoMeta,
  photoUrl,
  slideColourAt,
  slideOf,
  solid,
  stageIn,
  throughCard,
  useRenderingCleanup,
  veiled,
  type Point,
  type Rgb,
} from './slideTestKit';

/** The view is 960 CSS px wide: half a slide unit per pixel. */
const WIDTH = 960;
const SCALE = WIDTH / 1920;

const red = photoMeta('a', 120, 120);
const blue = photoMeta('b', 120, 120);
const green = photoMeta('c', 120, 120);
const redBlue = photoMeta('d', 200, 100);

let images: PhotoImages;

beforeAll(async () => {
  images = new Map<PhotoId, HTMLImageElement>([
    [red.id, await loadImage(await photoUrl(120, 120, solid(RED)))],
    [blue.id, await loadImage(await photoUrl(120, 120, solid(BLUE)))],
    [green.id, await loadImage(await photoUrl(120, 120, solid(GREEN)))],
    [redBlue.id, await loadImage(await photoUrl(200, 100, leftRight(RED, BLUE)))],
  ]);
});

function threePhotos(): [PhotoItem, PhotoItem, PhotoItem] {
  return [
    photoItem(red, CELLS[0]!, 'item-red'),
    photoItem(blue, CELLS[1]!, 'item-blue'),
    photoItem(green, CELLS[2]!, 'item-green'),
  ];
}

function view(deck: Deck, slide: Slide, step: number, pixelRatio = 1) {
  return (
    <SlideView deck={deck} slide={slide} step={step} images={images} width={WIDTH} pixelRatio={pixelRatio} />
  );
}

/** Renders a slide and returns a reader of colours at points in slide units, once Konva has drawn. */
async function render(deck: Deck, slide: Slide, step: number) {
  const mounted = await mount(view(deck, slide, step));
  const stage = stageIn(mounted.container);
  await drawn();
  return {
    stage,
    at: (point: Point) => slideColourAt(stage, SCALE, point),
    showStep: async (next: number) => {
      await mounted.rerender(view(deck, slide, next));
      await drawn();
    },
  };
}

const cellCentres = CELLS.map(centreOf);
/** Near the top of each cell: clear of the question text, which is centred on the slide. */
const cellTops = CELLS.map((cell) => ({ x: cell.x + cell.width / 2, y: cell.y + 30 }));
/**
 * Above the answer card and its shadow, and far enough inside each cell that the blur behind the answer mixes
 * in nothing of the background around it.
 */
const aboveCard = CELLS.map((cell) => ({ x: cell.x + cell.width / 2, y: cell.y + 60 }));
/** Inside the answer card, in its top padding, above its title. */
const inCard = { x: 960, y: 410 };

describe('SlideView', () => {
  useRenderingCleanup();

  it('draws a canvas of the given CSS width at the deck aspect ratio', async () => {
    const [a, b, c] = threePhotos();
    const { stage } = await render(deckOf([red, blue, green], []), slideOf([a, b, c]), 0);
    expect(stage.width()).toBe(960);
    expect(stage.height()).toBe(540);
  });

  it('reveals the photos one step at a time, then the answer card over the veiled photos', async () => {
    const items = threePhotos();
    const slide = slideOf(items, items);
    const { at, showStep } = await render(deckOf([red, blue, green], [slide]), slide, 0);
    const colours = [RED, BLUE, GREEN];

    // Step 0, the question: no photo anywhere, the slide background where the photos will be.
    for (const point of [...cellCentres, ...cellTops])
      expect([RED, BLUE, GREEN]).not.toContainEqual(at(point));
    for (const point of cellTops) expect(at(point)).toEqual(BACKGROUND);

    // Steps 1–3: the first k photos of the reveal order, the rest still hidden.
    for (let step = 1; step <= 3; step++) {
      await showStep(step);
      cellCentres.forEach((point, i) => {
        expect(at(point), `cell ${i + 1} at step ${step}`).toEqual(i < step ? colours[i] : BACKGROUND);
      });
    }

    // Step 4, the answer: the card at the centre over the veiled blue photo, every photo veiled behind it.
    await showStep(4);
    const inside = at(inCard);
    expect(isNear(inside, throughCard(veiled(BLUE))), `inside the card, saw ${inside}`).toBe(true);
    aboveCard.forEach((point, i) => {
      const seen = at(point);
      expect(isNear(seen, veiled(colours[i] as Rgb)), `cell ${i + 1} veiled, saw ${seen}`).toBe(true);
    });
    expect(isNear(at({ x: 1800, y: 540 }), veiled(GREEN))).toBe(true); // beside the card
  });

  it('shows the question strip while photos appear and hides it on the answer', async () => {
    const items = threePhotos();
    // A photo reaching into the strip's band: the strip veils it in the background colour.
    const low = photoItem(red, { x: 1500, y: 900, width: 300, height: 180 }, 'item-low');
    const slide = slideOf([...items, low], items);
    const { at, showStep } = await render(deckOf([red, blue, green], [slide]), slide, 1);
    // The accent rule along the strip's top edge, and the veiled photo under the strip.
    const onRule = { x: 40, y: 973 };
    const overPhoto = { x: 1520, y: 1060 };
    expect(at(onRule)).toEqual(ACCENT);
    const veiledPhoto = at(overPhoto);
    expect(veiledPhoto[0], `the photo under the strip is veiled, saw ${veiledPhoto}`).toBeLessThan(60);
    await showStep(0);
    expect(at(onRule)).toEqual(BACKGROUND);
    expect(at(overPhoto)).toEqual(RED);
  });

  it("draws a photo's clue on a band along its bottom once revealed, and not on the answer", async () => {
    const [a, b, c] = threePhotos();
    const clued = { ...a, clue: 'Lisbon, 2016' };
    const slide = slideOf([clued, b, c], [clued, b, c]);
    const { at, showStep } = await render(deckOf([red, blue, green], [slide]), slide, 1);
    const inBand = { x: CELLS[0]!.x + 8, y: CELLS[0]!.y + CELLS[0]!.height - 8 };
    const aboveBand = { x: inBand.x, y: CELLS[0]!.y + CELLS[0]!.height - 120 };
    expect(at(aboveBand)).toEqual(RED);
    const [r, g, bl] = at(inBand);
    expect(r, 'the band darkens the photo').toBeLessThan(120);
    expect([g, bl]).toEqual([0, 0]);
    // The photo without a clue has no band.
    await showStep(2);
    expect(at({ x: CELLS[1]!.x + 8, y: inBand.y })).toEqual(BLUE);
    // On the answer the band is gone: the photo there is veiled like the rest, not darkened by a band.
    await showStep(4);
    const bandOnAnswer = { x: CELLS[0]!.x + 60, y: CELLS[0]!.y + CELLS[0]!.height - 40 };
    expect(isNear(at(bandOnAnswer), veiled(RED))).toBe(true);
  });

  it("draws the answer's photos above the veil with an accent outline, the others veiled", async () => {
    const items = threePhotos();
    const slide = { ...slideOf(items, items) };
    const withAnswer = {
      ...slide,
      reveal: { ...slide.reveal!, answer: { title: 'Blue', photoIds: [blue.id] } },
    };
    const { at } = await render(deckOf([red, blue, green], [withAnswer]), withAnswer, 4);
    expect(at(cellTops[1]!)).toEqual(BLUE);
    expect(isNear(at(aboveCard[0]!), veiled(RED))).toBe(true);
    expect(isNear(at(aboveCard[2]!), veiled(GREEN))).toBe(true);
    expect(at({ x: CELLS[1]!.x - 3, y: cellTops[1]!.y })).toEqual(ACCENT);
    // The card stands above the highlighted photo too.
    expect(isNear(at(inCard), throughCard(BLUE))).toBe(true);
  });

  it('shows every item at step 0 on a slide without a reveal', async () => {
    const items = threePhotos();
    const slide = slideOf(items);
    const { at } = await render(deckOf([red, blue, green], [slide]), slide, 0);
    expect(cellCentres.map(at)).toEqual([RED, BLUE, GREEN]);
  });

  it('shows items outside the reveal order from the question step on', async () => {
    const [a, b, c] = threePhotos();
    const slide = slideOf([a, b, c], [c, a]);
    const { at, showStep } = await render(deckOf([red, blue, green], [slide]), slide, 0);
    expect(at(cellTops[1]!)).toEqual(BLUE);
    expect(at(cellTops[0]!)).toEqual(BACKGROUND);
    expect(at(cellTops[2]!)).toEqual(BACKGROUND);
    await showStep(1); // the reveal order starts with the green photo, not the first item
    expect(cellCentres.map(at)).toEqual([BACKGROUND, BLUE, GREEN]);
  });

  it('draws a rotated photo turned about its top-left corner', async () => {
    const rect = { x: 760, y: 440, width: 400, height: 200 };
    const item = photoItem(red, rect, 'item-turned', { rotation: 90 });
    const slide = slideOf([item]);
    const { at } = await render(deckOf([red], [slide]), slide, 0);
    // Turned a quarter clockwise about (760, 440): it now covers x 560–760, y 440–840.
    expect(at({ x: 660, y: 740 })).toEqual(RED);
    expect(at({ x: 600, y: 480 })).toEqual(RED);
    // Where it would be unturned, only the background shows.
    expect(at({ x: 1060, y: 540 })).toEqual(BACKGROUND);
    expect(at({ x: 900, y: 600 })).toEqual(BACKGROUND);
  });

  it('crops a wide photo in a narrow frame to the side the crop names', async () => {
    // The frame is taller than wide while the photo is twice as wide as tall: only a quarter of it fits.
    const frame = { x: 800, y: 200, width: 200, height: 400 };
    const across = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => ({ x: frame.x + frame.width * f, y: 400 }));
    const colourAcross = async (crop: { x: number; y: number; scale: number }) => {
      const slide = slideOf([photoItem(redBlue, frame, 'item-cropped', { crop })]);
      const { at } = await render(deckOf([redBlue], [slide]), slide, 0);
      return across.map(at);
    };
    expect(await colourAcross({ x: 0, y: 0.5, scale: 1 })).toEqual([RED, RED, RED, RED, RED]);
    expect(await colourAcross({ x: 1, y: 0.5, scale: 1 })).toEqual([BLUE, BLUE, BLUE, BLUE, BLUE]);
    const middle = await colourAcross({ x: 0.5, y: 0.5, scale: 1 });
    expect([middle[0], middle[1], middle[3], middle[4]]).toEqual([RED, RED, BLUE, BLUE]);
  });

  it('draws an empty frame for a photo whose image has not loaded', async () => {
    const missing = photoMeta('e', 100, 100);
    const slide = slideOf([photoItem(missing, CELLS[0]!, 'item-missing')]);
    const { at } = await render(deckOf([missing], [slide]), slide, 0);
    expect(at(cellCentres[0]!)).toEqual([0x2a, 0x30, 0x38]);
  });

  it('draws at the pixel ratio asked for: a canvas twice its CSS size at 2', async () => {
    const items = threePhotos();
    const slide = slideOf(items);
    const deck = deckOf([red, blue, green], [slide]);
    const mounted = await mount(view(deck, slide, 0, 2));
    const stage = stageIn(mounted.container);
    await drawn();
    const canvas = stage.getLayers()[0]!.getCanvas()._canvas;
    expect([canvas.width, canvas.height]).toEqual([1920, 1080]);
    expect(canvas.getBoundingClientRect().width).toBeCloseTo(960, 0);
    expect(canvas.getBoundingClientRect().height).toBeCloseTo(540, 0);
    // The picture is drawn at that resolution, not just stretched: each photo fills its cell.
    expect(cellCentres.map((point) => slideColourAt(stage, SCALE, point))).toEqual([RED, BLUE, GREEN]);
    const context = canvas.getContext('2d')!;
    const lastRow = context.getImageData(1919, 1079, 1, 1).data;
    expect([...lastRow.slice(0, 3)]).toEqual([...BACKGROUND]);

    // Back to 1: the canvas shrinks with it.
    await mounted.rerender(view(deck, slide, 0, 1));
    await drawn();
    expect([canvas.width, canvas.height]).toEqual([960, 540]);
  });
});

describe('SlideView: texts in the reveal', () => {
  useRenderingCleanup();

  /** A green caption in the top-left corner, clear of the question, the strip and the answer card. */
  function caption(id: string, appears: TextItem['appears'], x: number): TextItem {
    return {
      kind: 'text',
      id: id as ItemId,
      text: 'MMMM',
      x,
      y: 20,
      width: 400,
      fontSize: 120,
      color: '#00ff00',
      align: 'left',
      font: 'sans',
      bold: true,
      appears,
    };
  }

  /** How many bright green pixels the view shows inside a slide-unit rectangle. */
  function greenIn(stage: Konva.Stage, rect: { x: number; width: number }): number {
    const pixels = layerPixels(stage);
    const rowWidth = stage.getLayers()[0]!.getCanvas()._canvas.width;
    let count = 0;
    for (let y = Math.round(20 * SCALE); y < Math.round(160 * SCALE); y++) {
      for (let x = Math.round(rect.x * SCALE); x < Math.round((rect.x + rect.width) * SCALE); x++) {
        const i = (y * rowWidth + x) * 4;
        if ((pixels[i + 1] ?? 0) > 200 && (pixels[i] ?? 255) < 80 && (pixels[i + 2] ?? 255) < 80) count++;
      }
    }
    return count;
  }

  it('draws each text at the steps its Appears setting gives, the answer ones undimmed on the answer', async () => {
    const [a, b, c] = threePhotos();
    const slide: Slide = {
      ...slideOf([a, b, c], [a, b, c]),
      items: [
        // Moved down so the captions' corner stays clear of them.
        ...[a, b, c].map((item) => ({ ...item, y: item.y + 300, height: 200 })),
        caption('early', 'start', 20),
        caption('withBlue', { withItem: b.id }, 660),
        caption('late', 'answer', 1300),
      ],
    };
    const places = {
      early: { x: 20, width: 400 },
      withBlue: { x: 660, width: 400 },
      late: { x: 1300, width: 400 },
    };
    const mounted = await mount(view(deckOf([red, blue, green], [slide]), slide, 0));
    const stage = stageIn(mounted.container);
    const seen = async (step: number) => {
      await mounted.rerender(view(deckOf([red, blue, green], [slide]), slide, step));
      await drawn();
      return Object.fromEntries(
        Object.entries(places).map(([name, rect]) => [name, greenIn(stage, rect) > 200]),
      );
    };
    expect(await seen(0)).toEqual({ early: true, withBlue: false, late: false });
    expect(await seen(1)).toEqual({ early: true, withBlue: false, late: false });
    expect(await seen(2)).toEqual({ early: true, withBlue: true, late: false });
    expect(await seen(3)).toEqual({ early: true, withBlue: true, late: false });
    // The answer: the late caption is bright green (above the dimming); the others are seen through it.
    const answer = await seen(4);
    expect(answer.late).toBe(true);
    expect(answer.early).toBe(false);
  });
});
