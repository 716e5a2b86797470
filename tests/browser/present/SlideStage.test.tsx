// The player's stage in real Chromium: each reveal style, slide transitions, clues, the answer and confetti, on pixels.
import Konva from 'konva';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deck, PhotoItem, Reveal, Slide } from '../../../src/model/deck';
import type { PhotoId } from '../../../src/model/ids';
import type { Position } from '../../../src/model/navigation';
import { SlideStage, type Motion } from '../../../src/present/SlideStage';
import { DEFAULT_STEP_SECONDS } from '../../../src/model/newDeck';
import { ANSWER_DURATION, CARD_DELAY, CARD_FROM } from '../../../src/present/answerAnimation';
import { spotlightHold, stepDuration, type RevealStyle } from '../../../src/present/stepAnimation';
import { TRANSITION_DURATION } from '../../../src/present/slideTransition';
import type { PhotoImages } from '../../../src/slide/photoImages';
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
  leftRight,
  loadImage,
  mount,
  photoItem,
  photoMeta,
  photoUrl,
  slideOf,
  solid,
  stageIn,
  throughCard,
  useRenderingCleanup,
  veiled,
  whileLoading,
  type Point,
  type Rgb,
} from '../slide/slideTestKit';

/** The stage is 640 CSS px wide at pixel ratio 1: a third of a slide unit per pixel. */
const WIDTH = 640;
const SCALE = WIDTH / 1920;

const red = photoMeta('a', 120, 120);
const blue = photoMeta('b', 120, 120);
const green = photoMeta('c', 120, 120);
const redBlue = photoMeta('d', 200, 200);

let images: PhotoImages;

beforeAll(async () => {
  images = new Map<PhotoId, HTMLImageElement>([
    [red.id, await loadImage(await photoUrl(120, 120, solid(RED)))],
    [blue.id, await loadImage(await photoUrl(120, 120, solid(BLUE)))],
    [green.id, await loadImage(await photoUrl(120, 120, solid(GREEN)))],
    [redBlue.id, await loadImage(await photoUrl(200, 200, leftRight(RED, BLUE)))],
  ]);
});

/** How long each style takes at the default pace. */
const STEP_DURATION = (style: RevealStyle) => stepDuration(style, DEFAULT_STEP_SECONDS);
const SPOTLIGHT_HOLD = spotlightHold(DEFAULT_STEP_SECONDS);

const cell = CELLS.map(centreOf);
/** Near the top of each cell: clear of the answer card in the middle of the slide. */
const cellTop = CELLS.map((rect) => ({ x: rect.x + rect.width / 2, y: rect.y + 30 }));
/** Further in from each cell's top: clear of the card's shadow, and of the background the blur would mix in. */
const aboveCard = CELLS.map((rect) => ({ x: rect.x + rect.width / 2, y: rect.y + 60 }));

function withReveal(slide: Slide, changes: Partial<Reveal>): Slide {
  if (!slide.reveal) throw new Error('the slide has no reveal');
  return { ...slide, reveal: { ...slide.reveal, ...changes } };
}

/** One slide revealing a red then a blue photo in the given style. */
function revealDeck(
  style: Reveal['style'],
  changes: Partial<Reveal> = {},
  redChanges: Partial<PhotoItem> = {},
) {
  const first = photoItem(red, CELLS[0]!, 'item-red', redChanges);
  const second = photoItem(blue, CELLS[1]!, 'item-blue');
  return deckOf([red, blue], [withReveal(slideOf([first, second], [first, second]), { style, ...changes })]);
}

/**
 * Mounts the stage with a clock the test moves by hand: an animation shows the moment the clock says,
 * frame after frame, so each state can be sampled without racing the real time.
 */
async function renderStage(deck: Deck, start: Position, motion: Motion = 'full', pixelRatio = 1) {
  let now = 0;
  const clock = () => now;
  const node = (position: Position) => (
    <SlideStage
      deck={deck}
      position={position}
      images={images}
      width={WIDTH}
      pixelRatio={pixelRatio}
      motion={motion}
      clock={clock}
    />
  );
  const mounted = await mount(node(start));
  const stage = stageIn(mounted.container);
  await drawn();
  return {
    stage,
    container: mounted.container,
    /** What the screen shows at a point in slide units: every layer of the stage, stacked as the browser does. */
    at: (point: Point) => shownColourAt(stage, point),
    layers: () => stage.getLayers().length,
    /** Moves the show (the clock is at 0 when it does) and waits for the first frames. */
    moveTo: async (position: Position) => {
      now = 0;
      await mounted.rerender(node(position));
      await drawn();
    },
    /**
     * Sets the clock to `ms` after the move and waits for the frames drawn at that time (and, at the end,
     * for the settled slide React draws next).
     */
    at_ms: async (ms: number) => {
      now = ms;
      await whileLoading(async () => {
        await drawn();
        await drawn();
      });
    },
    confetti: () => mounted.container.querySelector<HTMLCanvasElement>('canvas[data-confetti]'),
  };
}

function shownColourAt(stage: Konva.Stage, point: Point): Rgb {
  const canvas = new OffscreenCanvas(1, 1);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  const x = Math.floor(point.x * SCALE);
  const y = Math.floor(point.y * SCALE);
  for (const layer of stage.getLayers()) {
    const layerCanvas = layer.getNativeCanvasElement();
    // The browser composites each layer's canvas at its CSS opacity, moved and scaled by its CSS transform
    // about its transform origin: the pixel shown at (x, y) comes from the canvas point mapped back.
    const style = getComputedStyle(layerCanvas);
    const [originX = 0, originY = 0] = style.transformOrigin.split(' ').map((v) => Number.parseFloat(v));
    const matrix = style.transform === 'none' ? new DOMMatrix() : new DOMMatrix(style.transform);
    const source = matrix.inverse().transformPoint(new DOMPoint(x + 0.5 - originX, y + 0.5 - originY));
    const sourceX = Math.floor(source.x + originX);
    const sourceY = Math.floor(source.y + originY);
    if (sourceX < 0 || sourceX >= layerCanvas.width || sourceY < 0 || sourceY >= layerCanvas.height) continue;
    context.globalAlpha = Number(style.opacity);
    context.drawImage(layerCanvas, sourceX, sourceY, 1, 1, 0, 0, 1, 1);
  }
  const [r = -1, g = -1, b = -1] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** The share of the confetti canvas's pixels that differ from the still layer's: the pieces drawn over it. */
function sharePainted(confetti: HTMLCanvasElement, slide: HTMLCanvasElement): number {
  const pixels = (canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    return context.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  expect([confetti.width, confetti.height]).toEqual([slide.width, slide.height]);
  const shown = pixels(confetti);
  const under = pixels(slide);
  let differing = 0;
  for (let i = 0; i < shown.length; i += 4) {
    if ([0, 1, 2, 3].some((channel) => Math.abs(shown[i + channel]! - under[i + channel]!) > 8))
      differing += 1;
  }
  return differing / (shown.length / 4);
}

/** A mix of two colours: on the channel that differs most, well inside the range; on the others, within it. */
function isBetween(actual: Rgb, from: Rgb, to: Rgb): boolean {
  const spans = from.map((value, i) => Math.abs(value - to[i]!));
  const widest = spans.indexOf(Math.max(...spans));
  return actual.every((value, i) => {
    const low = Math.min(from[i]!, to[i]!);
    const high = Math.max(from[i]!, to[i]!);
    return i === widest ? value > low + 10 && value < high - 10 : value >= low - 3 && value <= high + 3;
  });
}

describe('SlideStage', () => {
  useRenderingCleanup();

  it('appear draws the photo in the very next frame', async () => {
    const view = await renderStage(revealDeck('appear'), { slide: 0, step: 0 });
    await view.moveTo({ slide: 0, step: 1 });
    expect(view.at(cell[0]!)).toEqual(RED);
    expect(view.layers()).toBe(1);
  });

  it('fade brings the photo from invisible to opaque', async () => {
    const view = await renderStage(revealDeck('fade'), { slide: 0, step: 0 });
    await view.moveTo({ slide: 0, step: 1 });
    expect(view.at(cell[0]!)).toEqual(BACKGROUND);
    await view.at_ms(100);
    expect(isBetween(view.at(cell[0]!), BACKGROUND, RED)).toBe(true);
    await view.at_ms(STEP_DURATION('fade'));
    expect(view.at(cell[0]!)).toEqual(RED);
    // Once settled the photo is back on the still layer and the animation's layer is gone.
    expect(view.layers()).toBe(1);
  });

  it('zoom grows the photo from the middle of its frame to the whole frame', async () => {
    const view = await renderStage(revealDeck('zoom'), { slide: 0, step: 0 });
    const nearEdge = { x: CELLS[0]!.x + 30, y: cell[0]!.y };
    await view.moveTo({ slide: 0, step: 1 });
    expect(view.at(cell[0]!)).toEqual(BACKGROUND);
    await view.at_ms(150);
    expect(view.at(nearEdge)).toEqual(BACKGROUND);
    expect(isBetween(view.at(cell[0]!), BACKGROUND, RED)).toBe(true);
    await view.at_ms(STEP_DURATION('zoom'));
    expect(view.at(nearEdge)).toEqual(RED);
    expect(view.at(cell[0]!)).toEqual(RED);
  });

  it('unblur draws the photo blurred, then sharp', async () => {
    const deck = deckOf([redBlue], [{ ...revealDeck('unblur').slides[0]!, items: [], reveal: null }]);
    const item = photoItem(redBlue, CELLS[1]!, 'item-red-blue');
    const slide = withReveal(slideOf([item], [item]), { style: 'unblur' });
    const view = await renderStage({ ...deck, slides: [slide] }, { slide: 0, step: 0 });
    // Either side of the line between the red and the blue half.
    const leftOfLine = { x: cell[1]!.x - 12, y: cell[1]!.y };
    const rightOfLine = { x: cell[1]!.x + 12, y: cell[1]!.y };
    await view.moveTo({ slide: 0, step: 1 });
    const [r, , b] = view.at(leftOfLine);
    expect(r, 'red is mixed with blue near the line').toBeLessThan(235);
    expect(b).toBeGreaterThan(20);
    expect(view.at(rightOfLine)[0]).toBeGreaterThan(20);
    await view.at_ms(STEP_DURATION('unblur'));
    expect(view.at(leftOfLine)).toEqual(RED);
    expect(view.at(rightOfLine)).toEqual(BLUE);
  });

  it('spotlight shows the photo enlarged in the centre over the dimmed slide, then settles into its place', async () => {
    const view = await renderStage(revealDeck('spotlight'), { slide: 0, step: 0 });
    const middle = { x: 960, y: 540 };
    await view.moveTo({ slide: 0, step: 1 });
    // Enlarged about the centre of the slide, far wider than its 540-unit frame.
    expect(view.at(middle)).toEqual(RED);
    expect(view.at({ x: middle.x - 380, y: middle.y })).toEqual(RED);
    expect(view.at({ x: middle.x + 380, y: middle.y })).toEqual(RED);
    // Its own place is still empty, under the dimming.
    const corner = { x: CELLS[0]!.x + 20, y: CELLS[0]!.y + 20 };
    const dimmedBackground = view.at(corner);
    expect(dimmedBackground.every((value, i) => value < BACKGROUND[i]!)).toBe(true);
    await view.at_ms(SPOTLIGHT_HOLD - 10);
    expect(view.at(middle)).toEqual(RED);
    await view.at_ms(STEP_DURATION('spotlight'));
    expect(view.at(corner)).toEqual(RED);
    expect(view.at(cell[0]!)).toEqual(RED);
    expect(view.at({ x: middle.x + 380, y: middle.y })).toEqual(BACKGROUND);
  });

  it('a new step during an animation finishes the running one at once', async () => {
    const view = await renderStage(revealDeck('fade'), { slide: 0, step: 0 });
    await view.moveTo({ slide: 0, step: 1 });
    expect(view.at(cell[0]!)).toEqual(BACKGROUND);
    await view.moveTo({ slide: 0, step: 2 });
    expect(view.at(cell[0]!)).toEqual(RED);
    expect(view.at(cell[1]!)).toEqual(BACKGROUND);
    await view.at_ms(STEP_DURATION('fade'));
    expect(view.at(cell[1]!)).toEqual(BLUE);
  });

  it('going back and jumping show the new state at once', async () => {
    const view = await renderStage(revealDeck('fade'), { slide: 0, step: 2 });
    await view.moveTo({ slide: 0, step: 1 });
    expect(view.at(cell[0]!)).toEqual(RED);
    expect(view.at(cell[1]!)).toEqual(BACKGROUND);
    await view.moveTo({ slide: 0, step: 0 });
    await view.moveTo({ slide: 0, step: 2 });
    expect(view.at(cell[1]!)).toEqual(BLUE);
    expect(view.layers()).toBe(1);
  });

  it('reduced motion draws the end state in the first frame', async () => {
    for (const style of ['fade', 'zoom', 'unblur', 'spotlight'] as const) {
      const view = await renderStage(revealDeck(style), { slide: 0, step: 0 }, 'reduced');
      await view.moveTo({ slide: 0, step: 1 });
      expect(view.at(cell[0]!), style).toEqual(RED);
      expect(view.layers()).toBe(1);
    }
  });

  describe('slide transitions', () => {
    /** Slide 1: a red photo on the left. Slide 2: a green photo on the left, coming in by `transition`. */
    function twoSlides(transition: Slide['transition']): Deck {
      return deckOf(
        [red, green],
        [
          slideOf([photoItem(red, CELLS[0]!, 'item-red')]),
          { ...slideOf([photoItem(green, CELLS[0]!, 'item-green')]), transition },
        ],
      );
    }

    it('none shows the new slide at once', async () => {
      const view = await renderStage(twoSlides('none'), { slide: 0, step: 0 });
      await view.moveTo({ slide: 1, step: 0 });
      expect(view.at(cell[0]!)).toEqual(GREEN);
    });

    it('fade cross-fades from the old slide to the new one', async () => {
      const view = await renderStage(twoSlides('fade'), { slide: 0, step: 0 });
      await view.moveTo({ slide: 1, step: 0 });
      expect(view.at(cell[0]!)).toEqual(RED);
      await view.at_ms(TRANSITION_DURATION.fade / 2);
      expect(isBetween(view.at(cell[0]!), RED, GREEN), String(view.at(cell[0]!))).toBe(true);
      await view.at_ms(TRANSITION_DURATION.fade);
      expect(view.at(cell[0]!)).toEqual(GREEN);
      expect(view.layers()).toBe(1);
    });

    it('slide brings the new slide in from the right going forward, over the old one', async () => {
      const view = await renderStage(twoSlides('slide'), { slide: 0, step: 0 });
      await view.moveTo({ slide: 1, step: 0 });
      expect(view.at(cell[0]!)).toEqual(RED);
      expect(view.at({ x: 1300, y: cell[0]!.y })).toEqual(BACKGROUND);
      // A hundred milliseconds in, the new slide's left edge is about half-way across.
      await view.at_ms(100);
      expect(view.at(cell[0]!)).toEqual(RED);
      expect(view.at({ x: 1300, y: cell[0]!.y })).toEqual(GREEN);
      await view.at_ms(TRANSITION_DURATION.slide);
      expect(view.at(cell[0]!)).toEqual(GREEN);
      expect(view.at({ x: 1300, y: cell[0]!.y })).toEqual(BACKGROUND);
    });

    it('slide brings the previous slide in from the left going back', async () => {
      const deck = twoSlides('slide');
      const view = await renderStage(
        { ...deck, slides: [deck.slides[1]!, deck.slides[0]!] },
        { slide: 1, step: 0 },
      );
      // Going back to the green slide: it comes in from the left, its right edge about half-way across.
      await view.moveTo({ slide: 0, step: 0 });
      expect(view.at(cell[0]!)).toEqual(RED);
      await view.at_ms(100);
      expect(view.at(cell[0]!)).toEqual(BACKGROUND);
      await view.at_ms(TRANSITION_DURATION.slide);
      expect(view.at(cell[0]!)).toEqual(GREEN);
    });

    it('reduced motion shows the new slide at once', async () => {
      const view = await renderStage(twoSlides('fade'), { slide: 0, step: 0 }, 'reduced');
      await view.moveTo({ slide: 1, step: 0 });
      expect(view.at(cell[0]!)).toEqual(GREEN);
      expect(view.layers()).toBe(1);
    });
  });

  it('draws a clue caption with its photo, and not on the answer', async () => {
    const deck = revealDeck('fade', {}, { clue: 'Lisbon, 2016' });
    const band = { x: CELLS[0]!.x + 8, y: CELLS[0]!.y + CELLS[0]!.height - 8 };
    const view = await renderStage(deck, { slide: 0, step: 0 });
    expect(view.at(band)).toEqual(BACKGROUND);
    await view.moveTo({ slide: 0, step: 1 });
    await view.at_ms(STEP_DURATION('fade'));
    // A dark band across the bottom of the red photo.
    const [r, g, b] = view.at(band);
    expect(r).toBeLessThan(120);
    expect([g, b]).toEqual([0, 0]);
    await view.moveTo({ slide: 0, step: 3 });
    await view.at_ms(ANSWER_DURATION);
    const bandOnAnswer = { x: CELLS[0]!.x + 60, y: CELLS[0]!.y + CELLS[0]!.height - 40 };
    expect(isNear(view.at(bandOnAnswer), veiled(RED))).toBe(true);
  });

  it("draws the answer card with the answer's photos bright and outlined, the others veiled", async () => {
    const deck = revealDeck('appear', { answer: { title: 'Red', photoIds: [red.id] } });
    const view = await renderStage(deck, { slide: 0, step: 2 });
    await view.moveTo({ slide: 0, step: 3 });
    await view.at_ms(ANSWER_DURATION);
    expect(view.layers()).toBe(1);
    expect(view.at(cellTop[0]!)).toEqual(RED);
    expect(isNear(view.at(aboveCard[1]!), veiled(BLUE))).toBe(true);
    expect(view.at({ x: CELLS[0]!.x - 3, y: cellTop[0]!.y })).toEqual(ACCENT);
    // The card, in the middle, over the veiled blue photo.
    expect(isNear(view.at({ x: 960, y: 420 }), throughCard(veiled(BLUE)))).toBe(true);
  });

  describe('the answer coming in', () => {
    const deck = () => revealDeck('appear', { answer: { title: 'Red and blue' } });
    const middle = { x: 960, y: 420 };

    it('veils the collage, then the card grows in, on layers of their own; then all is on the still layer', async () => {
      const view = await renderStage(deck(), { slide: 0, step: 2 });
      await view.moveTo({ slide: 0, step: 3 });
      // The first frame still shows the last photo step: both photos sharp, no card.
      expect(view.layers()).toBe(3);
      expect(view.at(aboveCard[0]!)).toEqual(RED);
      expect(view.at(middle)).toEqual(BLUE);
      // Half-way through the backdrop's fade, the photos are on their way to veiled.
      await view.at_ms(CARD_DELAY);
      const fading = view.at(aboveCard[0]!);
      expect(isBetween(fading, RED, veiled(RED)), `fading: ${fading}`).toBe(true);
      // The card's canvas is scaled about the slide's centre, smaller than it will be, and not yet opaque.
      const cardCanvas = view.stage.getLayers()[2]!.getNativeCanvasElement();
      await view.at_ms(CARD_DELAY + 100);
      const growing = new DOMMatrix(getComputedStyle(cardCanvas).transform).a;
      expect(growing).toBeGreaterThan(CARD_FROM);
      expect(growing).toBeLessThan(1);
      expect(Number(getComputedStyle(cardCanvas).opacity)).toBeLessThan(1);
      await view.at_ms(ANSWER_DURATION);
      expect(view.layers()).toBe(1);
      expect(isNear(view.at(aboveCard[0]!), veiled(RED))).toBe(true);
      expect(isNear(view.at(middle), throughCard(veiled(BLUE)))).toBe(true);
    });

    it('redraws no layer while it plays: the browser only fades and scales the drawn canvases', async () => {
      const view = await renderStage(deck(), { slide: 0, step: 2 });
      await view.moveTo({ slide: 0, step: 3 });
      const draws = view.stage.getLayers().map((layer) => vi.spyOn(layer, 'draw'));
      for (const ms of [50, 200, 400, 600]) await view.at_ms(Math.min(ms, ANSWER_DURATION - 10));
      expect(draws.map((draw) => draw.mock.calls.length)).toEqual([0, 0, 0]);
      // Landed: the answer is drawn once on the still layer, and the two layers go.
      await view.at_ms(ANSWER_DURATION);
      expect(draws[0]).toHaveBeenCalled();
      expect(view.layers()).toBe(1);
    });

    it('draws each of its layers once as it starts, and the still layer once', async () => {
      const view = await renderStage(deck(), { slide: 0, step: 2 });
      const drawn: number[] = [];
      const original = Konva.Layer.prototype.draw;
      const counting = vi.spyOn(Konva.Layer.prototype, 'draw').mockImplementation(function (
        this: Konva.Layer,
      ) {
        drawn.push(view.stage.getLayers().indexOf(this));
        return original.call(this);
      });
      try {
        await view.moveTo({ slide: 0, step: 3 });
        for (let frame = 0; frame < 3; frame++)
          await new Promise((resolve) => requestAnimationFrame(resolve));
      } finally {
        counting.mockRestore();
      }
      expect(drawn.sort()).toEqual([0, 1, 2]);
    });

    it('at a pixel ratio of its own, draws its layers at that ratio', async () => {
      const view = await renderStage(deck(), { slide: 0, step: 2 }, 'full', 2);
      await view.moveTo({ slide: 0, step: 3 });
      const [, backdrop, card] = view.stage.getLayers().map((layer) => layer.getNativeCanvasElement());
      expect([backdrop!.width, card!.width]).toEqual([WIDTH * 2, WIDTH * 2]);
      // Drawn at that size: the backdrop shows the veiled red photo, the card its panel in the middle.
      const alphaAt = (canvas: HTMLCanvasElement, point: Point) =>
        canvas.getContext('2d')!.getImageData(point.x * SCALE * 2, point.y * SCALE * 2, 1, 1).data[3];
      expect(alphaAt(backdrop!, aboveCard[0]!)).toBe(255);
      expect(alphaAt(card!, middle)).toBeGreaterThan(200);
    });

    it('shows at once going back to the answer, and under reduced motion', async () => {
      const reduced = await renderStage(deck(), { slide: 0, step: 2 }, 'reduced');
      await reduced.moveTo({ slide: 0, step: 3 });
      expect(reduced.layers()).toBe(1);
      expect(isNear(reduced.at(aboveCard[0]!), veiled(RED))).toBe(true);
      const twoSlides = { ...deck(), slides: [...deck().slides, slideOf([])] };
      const back = await renderStage(twoSlides, { slide: 1, step: 0 });
      await back.moveTo({ slide: 0, step: 3 });
      expect(back.layers()).toBe(1);
      expect(isNear(back.at(aboveCard[0]!), veiled(RED))).toBe(true);
    });
  });

  it("takes the reveal's pace: a fade of 2 s is half-way at 1 s and done at 2 s", async () => {
    const view = await renderStage(revealDeck('fade', { stepSeconds: 2 }), { slide: 0, step: 0 });
    await view.moveTo({ slide: 0, step: 1 });
    await view.at_ms(STEP_DURATION('fade'));
    // Where the default pace would be done, this one is still fading in.
    expect(isBetween(view.at(cell[0]!), BACKGROUND, RED)).toBe(true);
    expect(view.layers()).toBe(2);
    await view.at_ms(2000);
    expect(view.at(cell[0]!)).toEqual(RED);
    expect(view.layers()).toBe(1);
  });

  describe('confetti', () => {
    it('bursts on its own canvas, which takes no clicks, once the answer has landed going forward', async () => {
      const view = await renderStage(revealDeck('appear'), { slide: 0, step: 2 });
      expect(view.confetti()).toBeNull();
      await view.moveTo({ slide: 0, step: 3 });
      // Not while the answer comes in: the confetti's canvas shows only the still layer.
      expect(view.confetti()).toBeNull();
      await view.at_ms(ANSWER_DURATION);
      const canvas = view.confetti();
      expect(canvas).not.toBeNull();
      expect(getComputedStyle(canvas!).pointerEvents).toBe('none');
      expect(canvas!.getBoundingClientRect().width).toBeCloseTo(WIDTH, 0);
      // Leaving the answer clears it.
      await view.moveTo({ slide: 0, step: 2 });
      expect(view.confetti()).toBeNull();
    });

    it('shows the slide with the confetti over it on its one canvas, and the slide again once it goes', async () => {
      const view = await renderStage(revealDeck('appear'), { slide: 0, step: 2 });
      await view.moveTo({ slide: 0, step: 3 });
      await view.at_ms(ANSWER_DURATION);
      const slide = view.stage.getLayers()[0]!.getNativeCanvasElement();
      // The confetti's canvas stands in for the still layer's while the burst runs.
      expect(getComputedStyle(slide).visibility).toBe('hidden');
      let covered = 0;
      for (let frame = 0; frame < 30 && covered === 0; frame += 1) {
        covered = sharePainted(view.confetti()!, slide);
        await drawn();
      }
      // Some pieces fly over the slide, and everywhere else the canvas shows the slide itself.
      expect(covered).toBeGreaterThan(0);
      expect(covered).toBeLessThan(0.3);
      await view.moveTo({ slide: 0, step: 2 });
      expect(getComputedStyle(slide).visibility).toBe('visible');
    });

    it('stays off when the reveal has it off, under reduced motion and when going back to the answer', async () => {
      const off = await renderStage(revealDeck('appear', { confetti: false }), { slide: 0, step: 2 });
      await off.moveTo({ slide: 0, step: 3 });
      await off.at_ms(ANSWER_DURATION);
      expect(off.confetti()).toBeNull();
      const reduced = await renderStage(revealDeck('appear'), { slide: 0, step: 2 }, 'reduced');
      await reduced.moveTo({ slide: 0, step: 3 });
      expect(reduced.confetti()).toBeNull();
      const deck = revealDeck('appear');
      const back = await renderStage(
        { ...deck, slides: [...deck.slides, slideOf([])] },
        { slide: 1, step: 0 },
      );
      await back.moveTo({ slide: 0, step: 3 });
      expect(back.confetti()).toBeNull();
    });
  });
});
