// The shipped fonts in real Chromium: they load, and text is drawn with them (serif ≠ sans, bold ≠ regular).
import { describe, expect, it } from 'vitest';
import type { Deck, TextItem } from '../../../src/model/deck';
import type { ItemId } from '../../../src/model/ids';
import { newSlide } from '../../../src/model/newDeck';
import { FONT_FAMILIES, loadSlideFonts } from '../../../src/slide/fonts';
import { SlideView } from '../../../src/slide/SlideView';
import {
  deckOf,
  drawn,
  layerPixels,
  mount,
  stageIn,
  useRenderingCleanup,
  whileLoading,
} from './slideTestKit';

const WIDTH = 480;

function textDeck(changes: Partial<TextItem>): Deck {
  const text: TextItem = {
    kind: 'text',
    id: 'caption' as ItemId,
    text: 'Ten years of São Paulo',
    x: 100,
    y: 400,
    width: 1720,
    fontSize: 160,
    color: '#ffffff',
    align: 'left',
    font: 'sans',
    bold: false,
    appears: 'start',
    ...changes,
  };
  return deckOf([], [{ ...newSlide(), items: [text] }]);
}

/** The slide's pixels once the fonts have loaded and the text is drawn. */
async function pixelsOf(deck: Deck): Promise<Uint8ClampedArray> {
  await whileLoading(() => loadSlideFonts());
  const slide = deck.slides[0]!;
  const view = await mount(
    <SlideView deck={deck} slide={slide} step={0} images={new Map()} width={WIDTH} pixelRatio={1} />,
  );
  await whileLoading(drawn);
  const stage = stageIn(view.container);
  expect(stage.findOne('#caption'), 'the text is drawn once the fonts have loaded').toBeDefined();
  const pixels = layerPixels(stage);
  await view.unmount();
  return pixels;
}

function differingPixels(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  expect(a.length).toBe(b.length);
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) count += 1;
  }
  return count;
}

describe('shipped fonts', () => {
  useRenderingCleanup();

  it('loads every face (latin and latin-ext, regular and bold) of both fonts', async () => {
    await whileLoading(() => loadSlideFonts());
    const faces = [...document.fonts].filter((face) =>
      Object.values(FONT_FAMILIES).includes(face.family.replace(/"/g, '')),
    );
    expect(faces).toHaveLength(8);
    expect(faces.map((face) => face.status)).toEqual(Array(8).fill('loaded'));
    for (const family of Object.values(FONT_FAMILIES)) {
      expect(document.fonts.check(`bold 20px "${family}"`, 'São')).toBe(true);
    }
  });

  // Were the shipped faces missing, both fonts would fall back to the theme's family and draw alike.
  it('draws serif text differently from sans text, and bold differently from regular', async () => {
    const sans = await pixelsOf(textDeck({ font: 'sans' }));
    const sansAgain = await pixelsOf(textDeck({ font: 'sans' }));
    const serif = await pixelsOf(textDeck({ font: 'serif' }));
    const bold = await pixelsOf(textDeck({ font: 'sans', bold: true }));
    const blank = await pixelsOf(textDeck({ text: '' }));
    expect(differingPixels(sans, sansAgain), 'the same text draws the same').toBe(0);
    expect(differingPixels(sans, blank), 'the text is drawn').toBeGreaterThan(1000);
    expect(differingPixels(sans, serif)).toBeGreaterThan(1000);
    expect(differingPixels(sans, bold)).toBeGreaterThan(1000);
  });
});
