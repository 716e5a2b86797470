// Pan and zoom of a photo in its frame: the photo follows the pointer and the frame stays covered.
import { describe, expect, it } from 'vitest';
import { clampCrop, cropSource, panCrop, zoomCrop } from '../../../src/model/crop';

const photo = { width: 4000, height: 2000 };
const frame = { width: 500, height: 500 };

function covers(crop: { x: number; y: number; scale: number }) {
  const shown = cropSource(photo, frame, crop);
  expect(shown.x).toBeGreaterThanOrEqual(0);
  expect(shown.y).toBeGreaterThanOrEqual(0);
  expect(shown.x + shown.width).toBeLessThanOrEqual(photo.width + 1e-9);
  expect(shown.y + shown.height).toBeLessThanOrEqual(photo.height + 1e-9);
  // The frame's aspect ratio, so the frame is filled.
  expect(shown.width / shown.height).toBeCloseTo(1);
}

describe('panCrop', () => {
  it('dragging the photo right shows more of its left', () => {
    const start = { x: 0.5, y: 0.5, scale: 1 };
    const moved = panCrop(photo, frame, start, 100, 0);
    // 2000 photo px fill 500 frame units: 100 units = 400 px = 0.1 of the width.
    expect(moved.x).toBeCloseTo(0.4);
    expect(moved.y).toBe(0.5);
    expect(cropSource(photo, frame, moved).x).toBeCloseTo(600);
  });

  it('stops at the photo edge, and a pan back responds at once', () => {
    const atEdge = panCrop(photo, frame, { x: 0.5, y: 0.5, scale: 1 }, 10000, 0);
    expect(atEdge.x).toBeCloseTo(0.25);
    covers(atEdge);
    expect(panCrop(photo, frame, atEdge, -50, 0).x).toBeCloseTo(0.3);
  });

  it('keeps the frame covered at any zoom and pan', () => {
    for (const scale of [1, 1.5, 3, 20])
      for (const d of [-5000, -10, 0, 37, 5000])
        covers(panCrop(photo, frame, { x: 0.5, y: 0.5, scale }, d, -d));
  });
});

describe('zoomCrop', () => {
  it('zooms around the shown centre, within 1..20', () => {
    const zoomed = zoomCrop(photo, frame, { x: 0.3, y: 0.5, scale: 1 }, 2);
    expect(zoomed).toEqual({ x: 0.3, y: 0.5, scale: 2 });
    expect(zoomCrop(photo, frame, zoomed, 0.2).scale).toBe(1);
    expect(zoomCrop(photo, frame, zoomed, 99).scale).toBe(20);
  });

  it('moves a centre pinned at an edge to where the photo really is', () => {
    expect(clampCrop(photo, frame, { x: 0, y: 0, scale: 1 })).toEqual({ x: 0.25, y: 0.5, scale: 1 });
  });
});
