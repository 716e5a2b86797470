// The quiz reveal's overlays in real Chromium: the question card and strip in the display font and large enough
// to read from the back of a room, the answer card's even padding around its measured text, the collage veiled
// and blurred behind it, long texts shrinking and wrapping inside the slide, and every theme.
import type Konva from 'konva';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deck, PhotoItem, Reveal, Slide, TextItem } from '../../../src/model/deck';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import { DECK_THEMES } from '../../../src/model/themes';
import { FONT_FAMILIES, loadSlideFonts } from '../../../src/slide/fonts';
import type { PhotoImages } from '../../../src/slide/photoImages';
import { SlideView } from '../../../src/slide/SlideView';
import {
  BLUE,
  CELLS,
  RED,
  deckOf,
  drawn,
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
  useRenderingCleanup,
  whileLoading,
  type Point,
  type Rgb,
} from './slideTestKit';

/** 1280 CSS px wide: the slide as a 1280 × 720 screen shows it. */
const WIDTH = 1280;
const SCALE = WIDTH / 1920;
const SLIDE_HEIGHT = 1080;

const red = photoMeta('a', 120, 120);
const redBlue = photoMeta('d', 200, 200);
let images: PhotoImages;

beforeAll(async () => {
  images = new Map<PhotoId, HTMLImageElement>([
    [red.id, await loadImage(await photoUrl(120, 120, solid(RED)))],
    [redBlue.id, await loadImage(await photoUrl(200, 200, leftRight(RED, BLUE)))],
  ]);
  await whileLoading(() => loadSlideFonts());
});

const LONG_QUESTION =
  'What do all of these photos, taken over ten long years at meetups, hackathons, picnics and award nights, have in common?';
const LONG_ANSWER =
  'Ten years of Ana and Rui, who made this community what it is today, one meetup at a time!';

/** A quiz slide of a red photo (left) and a red|blue photo (right), with the reveal changed as given. */
function quiz(changes: Partial<Reveal> = {}, theme?: Deck['theme']): { deck: Deck; slide: Slide } {
  const items: PhotoItem[] = [
    photoItem(red, CELLS[0]!, 'item-red'),
    photoItem(redBlue, CELLS[2]!, 'item-rb'),
  ];
  const base = slideOf(items, items);
  const slide = { ...base, reveal: { ...base.reveal!, ...changes } };
  const deck = deckOf([red, redBlue], [slide]);
  return { deck: theme ? { ...deck, theme } : deck, slide };
}

async function render(deck: Deck, slide: Slide, step: number) {
  const view = await mount(
    <SlideView deck={deck} slide={slide} step={step} images={images} width={WIDTH} pixelRatio={1} />,
  );
  await whileLoading(drawn);
  const stage = stageIn(view.container);
  return {
    stage,
    at: (point: Point) => slideColourAt(stage, SCALE, point),
    /** A node's box in slide units. */
    box: (selector: string) => {
      const node = find<Konva.Node>(stage, selector);
      expect(node, `${selector} is drawn`).toBeDefined();
      // The card's shadow is no part of it.
      const rect = node!.getClientRect({ skipShadow: true, skipStroke: true });
      return { x: rect.x / SCALE, y: rect.y / SCALE, width: rect.width / SCALE, height: rect.height / SCALE };
    },
    text: (selector: string) => find<Konva.Text>(stage, selector)!,
    unmount: view.unmount,
  };
}

/** A node by a selector Konva knows (".name"), or "… .name" for one inside a named group. */
function find<T extends Konva.Node>(stage: Konva.Stage, selector: string): T | undefined {
  const [outer, inner] = selector.split(' ');
  if (!inner) return stage.findOne<T>(outer!);
  return stage.findOne<Konva.Group>(outer!)?.findOne<T>(inner);
}

type Box = { x: number; y: number; width: number; height: number };

function union(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function inside(inner: Box, outer: Box, slack = 0.5): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

const SLIDE: Box = { x: 0, y: 0, width: 1920, height: 1080 };

describe('the question card', () => {
  useRenderingCleanup();

  it('is in the display font, large, inside the slide even when long', async () => {
    for (const question of ['What do these photos have in common?', LONG_QUESTION]) {
      const { deck, slide } = quiz({ question });
      const view = await render(deck, slide, 0);
      const text = view.text('.question-text');
      expect(text.fontFamily()).toContain(FONT_FAMILIES.serif);
      expect(text.fontSize(), question).toBeGreaterThanOrEqual(SLIDE_HEIGHT * 0.055);
      expect(inside(view.box('.question-text'), SLIDE)).toBe(true);
      // Konva never had to break a word: every line holds whole words, none cut off.
      expect(
        text.textArr
          .map((line) => line.text)
          .join(' ')
          .replace(/\s+/g, ' '),
      ).toBe(question);
      await view.unmount();
    }
  });
});

describe('the question strip', () => {
  useRenderingCleanup();

  it('shows the question in the display font at 4 % of the slide height or more, and the counter', async () => {
    for (const question of ['What do these photos have in common?', LONG_QUESTION]) {
      const { deck, slide } = quiz({ question });
      const view = await render(deck, slide, 1);
      const text = view.text('.question-strip .question-text');
      expect(text.fontFamily()).toContain(FONT_FAMILIES.serif);
      expect(text.fontSize(), question).toBeGreaterThanOrEqual(SLIDE_HEIGHT * 0.04);
      // Drawn on the stage: each line's height (fontSize × line height, scaled to the screen) is 4 % of it or more.
      const lineHeight = (text.fontSize() * text.lineHeight() * SCALE) / view.stage.height();
      expect(lineHeight).toBeGreaterThanOrEqual(0.04);
      const strip = view.box('.question-strip');
      expect(strip.y + strip.height).toBeCloseTo(1080, 0);
      expect(strip.height).toBeCloseTo(108, 0);
      // The question stays inside the strip, left of the counter, which still says where the reveal is.
      const counter = view.text('.counter');
      expect(counter.text()).toBe('1 / 2');
      const questionBox = view.box('.question-strip .question-text');
      expect(inside(questionBox, strip)).toBe(true);
      expect(questionBox.x + questionBox.width).toBeLessThan(view.box('.counter').x);
      // Every word shows, or the cut is marked with an ellipsis.
      const shown = text.textArr.map((line) => line.text).join(' ');
      expect(shown === question || shown.endsWith('…')).toBe(true);
      await view.unmount();
    }
  });

  it('a long question takes two lines, still 4 % high, rather than running under the counter', async () => {
    const { deck, slide } = quiz({ question: LONG_QUESTION });
    const view = await render(deck, slide, 1);
    const text = view.text('.question-strip .question-text');
    expect(text.textArr.length).toBe(2);
    expect(text.fontSize()).toBeGreaterThanOrEqual(SLIDE_HEIGHT * 0.04);
  });
});

describe('the answer card', () => {
  useRenderingCleanup();

  const cases = [
    { name: 'a short answer', answer: { title: 'Dogs' } },
    {
      name: 'an answer with a subtitle',
      answer: { title: '10 years of Ana and Rui!', subtitle: 'Thank you both!' },
    },
    { name: 'a long answer and subtitle', answer: { title: LONG_ANSWER, subtitle: LONG_QUESTION } },
  ];

  it.each(cases)(
    '$name: large serif title, sans subtitle, the same padding on every side',
    async ({ answer }) => {
      const { deck, slide } = quiz({ answer });
      const view = await render(deck, slide, 3);
      const title = view.text('.answer-title');
      expect(title.fontFamily()).toContain(FONT_FAMILIES.serif);
      expect(title.fontStyle()).toBe('bold');
      expect(title.fontSize()).toBeGreaterThanOrEqual(SLIDE_HEIGHT * 0.055);
      const texts = [view.box('.answer-title')];
      if (answer.subtitle) {
        const subtitle = view.text('.answer-subtitle');
        expect(subtitle.fontFamily()).toContain(FONT_FAMILIES.sans);
        expect(subtitle.fontSize()).toBeLessThan(title.fontSize());
        texts.push(view.box('.answer-subtitle'));
      }
      const card = view.box('.answer-card');
      const content = union(texts);
      const left = content.x - card.x;
      const right = card.x + card.width - (content.x + content.width);
      const top = content.y - card.y;
      const bottom = card.y + card.height - (content.y + content.height);
      expect(left).toBeGreaterThan(20);
      expect(Math.abs(left - right), `left ${left}, right ${right}`).toBeLessThanOrEqual(3);
      expect(Math.abs(top - bottom), `top ${top}, bottom ${bottom}`).toBeLessThanOrEqual(3);
      expect(Math.abs(left - top), `left ${left}, top ${top}`).toBeLessThanOrEqual(3);
      // The card stands in the middle of the slide, inside it.
      expect(inside(card, SLIDE)).toBe(true);
      expect(card.x + card.width / 2).toBeCloseTo(960, -1);
      expect(card.y + card.height / 2).toBeCloseTo(540, -1);
      // The title's lines are whole words, none broken, and the ink sits centred in the card.
      expect(title.textArr.map((line) => line.text).join(' ')).toBe(answer.title);
      const ink = inkBox(view.at, card, deck);
      expect(Math.abs(ink.x - card.x - (card.x + card.width - ink.x - ink.width))).toBeLessThanOrEqual(12);
      await view.unmount();
    },
  );

  it('a longer answer shrinks and wraps rather than overflowing', async () => {
    const short = quiz({ answer: { title: 'Dogs' } });
    const long = quiz({ answer: { title: LONG_ANSWER } });
    const a = await render(short.deck, short.slide, 3);
    const shortSize = a.text('.answer-title').fontSize();
    await a.unmount();
    const b = await render(long.deck, long.slide, 3);
    const title = b.text('.answer-title');
    expect(title.fontSize()).toBeLessThan(shortSize);
    expect(title.textArr.length).toBeGreaterThan(1);
    expect(b.box('.answer-card').width).toBeLessThan(1920 * 0.85);
  });

  it('veils and blurs the collage behind it: darker than at the last photo step, the edge between colours softened', async () => {
    const { deck, slide } = quiz({ answer: { title: 'Dogs' } });
    // Clear of the card: the middle of the left photo, and either side of the red|blue photo's middle line.
    const plain = { x: CELLS[0]!.x + 120, y: CELLS[0]!.y + 120 };
    const line = CELLS[2]!.x + CELLS[2]!.width / 2;
    const leftOfLine = { x: line - 8, y: CELLS[2]!.y + 120 };
    const rightOfLine = { x: line + 8, y: CELLS[2]!.y + 120 };
    const before = await render(deck, slide, 2);
    const seenBefore = [plain, leftOfLine, rightOfLine].map(before.at);
    expect(seenBefore).toEqual([RED, RED, BLUE]);
    await before.unmount();
    const after = await render(deck, slide, 3);
    const [plainAfter, leftAfter, rightAfter] = [plain, leftOfLine, rightOfLine].map(after.at) as [
      Rgb,
      Rgb,
      Rgb,
    ];
    expect(brightness(plainAfter)).toBeLessThan(brightness(RED) * 0.6);
    // Blurred: blue has spread left of the line and red right of it.
    expect(leftAfter[2], `left of the line ${leftAfter}`).toBeGreaterThan(15);
    expect(rightAfter[0], `right of the line ${rightAfter}`).toBeGreaterThan(15);
  });

  it('draws a text that comes with the answer above the veil, and a text shown all along under it', async () => {
    const { deck, slide } = quiz({ answer: { title: 'Dogs' } });
    const text = (id: string, x: number, color: string, appears: TextItem['appears']): TextItem => ({
      kind: 'text',
      id: id as ItemId,
      text: 'Thank you',
      x,
      y: 860,
      width: 700,
      fontSize: 90,
      color,
      align: 'left',
      font: 'sans',
      bold: true,
      appears,
    });
    const withTexts = {
      ...slide,
      items: [
        ...slide.items,
        text('all-along', 100, '#00ffff', 'start'),
        text('with-answer', 1100, '#ff00ff', 'answer'),
      ],
    };
    const view = await render({ ...deck, slides: [withTexts] }, withTexts, 3);
    const count = (x: number, colour: Rgb) => {
      let n = 0;
      for (let px = x; px < x + 600; px += 3) {
        for (let py = 870; py < 950; py += 3) if (distance(view.at({ x: px, y: py }), colour) < 10) n += 1;
      }
      return n;
    };
    expect(count(1100, [255, 0, 255]), 'the answer’s text, sharp and unveiled').toBeGreaterThan(20);
    expect(count(100, [0, 255, 255]), 'the text shown all along is veiled with the collage').toBe(0);
  });

  it.each(DECK_THEMES.map((t) => [t.name, t.theme] as const))(
    '%s: the card, its text and the strip take the theme’s colours',
    async (_, theme) => {
      const { deck, slide } = quiz({ answer: { title: 'Dogs', subtitle: 'All of them' } }, theme);
      const answer = await render(deck, slide, 3);
      expect(answer.text('.answer-title').fill()).toBe(theme.textColor);
      const card = answer.box('.answer-card');
      const cardColour = answer.at({ x: card.x + 12, y: card.y + card.height / 2 });
      // The card is a shade off the theme's background, towards its text colour.
      const background = hex(theme.background);
      expect(distance(cardColour, background)).toBeLessThan(60);
      await answer.unmount();
      const strip = await render(deck, slide, 1);
      expect(strip.text('.question-strip .question-text').fill()).toBe(theme.textColor);
      expect(strip.text('.counter').fill()).toBe(theme.accentColor);
      await strip.unmount();
    },
  );
});

function hex(colour: string): Rgb {
  const value = Number.parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function distance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function brightness([r, g, b]: Rgb): number {
  return r + g + b;
}

/** The box (slide units) of the pixels in the card that are near the theme's text colour: the drawn letters. */
function inkBox(at: (point: Point) => Rgb, card: Box, deck: Deck): Box {
  const text = hex(deck.theme.textColor);
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  const step = 1.5; // a screen pixel at this scale
  for (let y = card.y + 4; y < card.y + card.height - 4; y += step * 2) {
    for (let x = card.x + 4; x < card.x + card.width - 4; x += step) {
      if (distance(at({ x, y }), text) < 60) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  expect(right, 'the card shows its text').toBeGreaterThan(left);
  return { x: left, y: top, width: right - left, height: bottom - top };
}
