// Letterboxing the slide inside the player's box at the deck's aspect ratio.
import { describe, expect, it } from 'vitest';
import { fitInside } from '../../../src/present/useFittedSize';

const wide = 16 / 9;

describe('fitInside', () => {
  it('pillarboxes in a box wider than the slide: full height, narrower width', () => {
    expect(fitInside({ width: 2000, height: 900 }, wide)).toEqual({ width: 1600, height: 900 });
  });

  it('letterboxes in a box taller than the slide: full width, lower height', () => {
    expect(fitInside({ width: 800, height: 1000 }, wide)).toEqual({ width: 800, height: 450 });
  });

  it('fills a box of exactly the slide aspect', () => {
    expect(fitInside({ width: 1920, height: 1080 }, wide)).toEqual({ width: 1920, height: 1080 });
  });

  it('never exceeds the box and rounds down to whole pixels', () => {
    const box = { width: 1001, height: 563 };
    const fitted = fitInside(box, wide);
    expect(Number.isInteger(fitted.width) && Number.isInteger(fitted.height)).toBe(true);
    expect(fitted.width).toBeLessThanOrEqual(box.width);
    expect(fitted.height).toBeLessThanOrEqual(box.height);
    expect(fitted).toEqual({ width: 1000, height: 563 });
  });

  it('works for a portrait deck too', () => {
    expect(fitInside({ width: 1000, height: 1000 }, 3 / 4)).toEqual({ width: 750, height: 1000 });
  });

  it.each([
    { width: 0, height: 0 },
    { width: 0, height: 500 },
    { width: 500, height: 0 },
    { width: -10, height: 500 },
  ])('gives a zero size for an empty box %j', (box) => {
    expect(fitInside(box, wide)).toEqual({ width: 0, height: 0 });
  });
});
