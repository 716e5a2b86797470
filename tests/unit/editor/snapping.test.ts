// Snapping maths: nearest line within the threshold wins, per axis, and the guides met are reported.
import { describe, expect, it } from 'vitest';
import { snapBox, snapTargets } from '../../../src/editor/canvas/snapping';

const slide = { width: 1920, height: 1080 };

describe('snapTargets', () => {
  it('holds the slide edges and centre and each other box edges and centre', () => {
    const targets = snapTargets(slide, [{ x: 100, y: 200, width: 300, height: 400 }]);
    expect([...targets.vertical].sort((a, b) => a - b)).toEqual([0, 100, 250, 400, 960, 1920]);
    expect([...targets.horizontal].sort((a, b) => a - b)).toEqual([0, 200, 400, 540, 600, 1080]);
  });
});

describe('snapBox', () => {
  const targets = snapTargets(slide, [{ x: 1000, y: 100, width: 200, height: 200 }]);

  it('moves a box whose left edge is near another box right edge exactly onto it', () => {
    const snap = snapBox({ x: 1204, y: 700, width: 100, height: 100 }, targets, 6);
    expect(snap.dx).toBe(-4);
    expect(snap.dy).toBe(0);
    expect(snap.guides).toEqual([{ orientation: 'vertical', position: 1200 }]);
  });

  it('centres a box on the slide centre on both axes', () => {
    const snap = snapBox({ x: 907, y: 493, width: 100, height: 100 }, targets, 6);
    expect(snap).toMatchObject({ dx: 3, dy: -3 });
    expect(snap.guides).toContainEqual({ orientation: 'vertical', position: 960 });
    expect(snap.guides).toContainEqual({ orientation: 'horizontal', position: 540 });
  });

  it('picks the nearest line, not the first', () => {
    // Right edge 5 from 1000 (other's left), left edge 2 from 1920/2 = 960: the centre line wins.
    const snap = snapBox({ x: 958, y: 700, width: 37, height: 50 }, targets, 6);
    expect(snap.dx).toBe(2);
  });

  it('leaves a box alone when nothing is within the threshold', () => {
    expect(snapBox({ x: 500, y: 700, width: 100, height: 100 }, targets, 6)).toEqual({
      dx: 0,
      dy: 0,
      guides: [],
    });
    expect(snapBox({ x: 1207, y: 700, width: 100, height: 100 }, targets, 6).dx).toBe(0);
  });

  it('reports every guide the snapped box touches on an axis', () => {
    // Same width as the other box: snapping its left edge also lines up centre and right edge.
    const snap = snapBox({ x: 1003, y: 700, width: 200, height: 50 }, targets, 6);
    expect(snap.dx).toBe(-3);
    expect(snap.guides.map((g) => g.position).sort((a, b) => a - b)).toEqual([1000, 1100, 1200]);
  });
});
