// cropSource shows the part of the photo that covers the frame, zoomed and moved by the crop, never beyond the photo.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centredCrop, cropSource } from '../../../src/model/crop';

describe('cropSource', () => {
  it('shows the whole photo when frame and photo share an aspect', () => {
    expect(cropSource({ width: 4000, height: 3000 }, { width: 400, height: 300 }, centredCrop())).toEqual({
      x: 0,
      y: 0,
      width: 4000,
      height: 3000,
    });
  });

  it('cuts the sides of a landscape photo in a square frame, centred', () => {
    expect(cropSource({ width: 4000, height: 3000 }, { width: 100, height: 100 }, centredCrop())).toEqual({
      x: 500,
      y: 0,
      width: 3000,
      height: 3000,
    });
  });

  it('moves towards the focus but stays inside the photo', () => {
    const photo = { width: 4000, height: 3000 };
    const frame = { width: 100, height: 100 };
    // A 3000-wide window centred at 1200 would start at -300: it is pushed back to the edge.
    expect(cropSource(photo, frame, centredCrop({ x: 0.3, y: 0.5 })).x).toBe(0);
    expect(cropSource(photo, frame, centredCrop({ x: 0.45, y: 0.5 })).x).toBeCloseTo(300, 9);
    expect(cropSource(photo, frame, centredCrop({ x: 1, y: 0.5 })).x).toBe(1000);
  });

  it('zooms in by the crop scale around the crop point', () => {
    const rect = cropSource(
      { width: 4000, height: 3000 },
      { width: 400, height: 300 },
      { x: 0.5, y: 0.5, scale: 2 },
    );
    expect(rect).toEqual({ x: 1000, y: 750, width: 2000, height: 1500 });
    const corner = cropSource(
      { width: 4000, height: 3000 },
      { width: 400, height: 300 },
      { x: 0, y: 1, scale: 2 },
    );
    expect(corner).toEqual({ x: 0, y: 1500, width: 2000, height: 1500 });
  });

  it('centredCrop uses the focus or the middle, without zoom', () => {
    expect(centredCrop()).toEqual({ x: 0.5, y: 0.5, scale: 1 });
    expect(centredCrop({ x: 0.2, y: 0.9 })).toEqual({ x: 0.2, y: 0.9, scale: 1 });
  });

  it('always returns a rectangle inside the photo with the frame’s aspect', () => {
    const side = fc.integer({ min: 1, max: 20000 });
    const length = fc.double({ min: 1, max: 5000, noNaN: true });
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({ width: side, height: side }),
        fc.record({ width: length, height: length }),
        fc.record({ x: unit, y: unit, scale: fc.double({ min: 1, max: 20, noNaN: true }) }),
        (photo, frame, crop) => {
          const rect = cropSource(photo, frame, crop);
          expect(rect.x).toBeGreaterThanOrEqual(0);
          expect(rect.y).toBeGreaterThanOrEqual(0);
          expect(rect.width).toBeGreaterThan(0);
          expect(rect.height).toBeGreaterThan(0);
          expect(rect.x + rect.width).toBeLessThanOrEqual(photo.width * (1 + 1e-12));
          expect(rect.y + rect.height).toBeLessThanOrEqual(photo.height * (1 + 1e-12));
          const aspect = rect.width / rect.height / (frame.width / frame.height);
          expect(aspect).toBeCloseTo(1, 6);
        },
      ),
      { numRuns: 500 },
    );
  });
});
