// The point of interest on synthetic images: a detailed, skin-coloured patch draws the focus to it.
import { describe, expect, it } from 'vitest';
import { findFocus, type Pixels } from '../../../src/media/findFocus';

/** A flat grey image with a checkered, skin-toned patch of `size` pixels whose top-left corner is (px, py). */
function imageWithPatch(width: number, height: number, px: number, py: number, size: number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const inPatch = x >= px && x < px + size && y >= py && y < py + size;
      const light = ((x >> 2) + (y >> 2)) % 2 === 0;
      const [r, g, b] = inPatch ? (light ? [236, 180, 140] : [150, 100, 75]) : [120, 120, 120];
      data.set([r, g, b, 255], i);
    }
  }
  return { width, height, data };
}

describe('findFocus', () => {
  const cases = [
    { name: 'top left', px: 10, py: 10, expected: { x: 0, y: 0 } },
    { name: 'top right', px: 250, py: 10, expected: { x: 1, y: 0 } },
    { name: 'bottom left', px: 10, py: 170, expected: { x: 0, y: 1 } },
    { name: 'bottom right', px: 250, py: 170, expected: { x: 1, y: 1 } },
  ];
  for (const { name, px, py, expected } of cases) {
    it(`moves towards a detailed skin-coloured patch in the ${name} corner`, async () => {
      const focus = await findFocus(imageWithPatch(320, 240, px, py, 60));
      expect(focus).toBeDefined();
      // Near the corner's side of the image on both axes: the crop is at most half the short side wide,
      // so its centre can get within a quarter of the short side (60 px of 240) of the corner.
      expect(Math.abs((focus?.x ?? 0.5) - expected.x)).toBeLessThan(0.3);
      expect(Math.abs((focus?.y ?? 0.5) - expected.y)).toBeLessThan(0.4);
    });
  }

  it('centres on a patch away from the edges', async () => {
    const focus = await findFocus(imageWithPatch(320, 240, 170, 50, 60)); // centre (200, 80)
    expect(focus?.x).toBeCloseTo(200 / 320, 1);
    expect(focus?.y).toBeCloseTo(80 / 240, 1);
  });

  it('takes a few milliseconds on a thumbnail', async () => {
    const patch = imageWithPatch(320, 240, 100, 60, 80);
    await findFocus(patch); // the first call loads smartcrop and warms the JIT
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      await findFocus(patch);
      times.push(performance.now() - start);
    }
    // Typically 2–5 ms. The fastest run is the one least disturbed by other work on a shared machine.
    expect(Math.min(...times)).toBeLessThan(25);
  });

  it('gives nothing for an empty image', async () => {
    expect(await findFocus({ width: 0, height: 0, data: new Uint8ClampedArray() })).toBeUndefined();
  });
});
