// Arrow keys in the overview's grid: left/right through the slides in order, up/down to the row above or below.
import { describe, expect, it } from 'vitest';
import { neighbourInGrid, type Box } from '../../../src/present/overviewGrid';

/** `count` thumbnails of 100×60 laid out in rows of `columns`, 10 px apart. */
function grid(count: number, columns: number): Box[] {
  return Array.from({ length: count }, (_, index) => ({
    x: (index % columns) * 110,
    y: Math.floor(index / columns) * 70,
    width: 100,
    height: 60,
  }));
}

describe('neighbourInGrid', () => {
  const boxes = grid(10, 4); // rows: 0-3, 4-7, 8-9

  it('steps left and right through the slides in order, across rows, stopping at the ends', () => {
    expect(neighbourInGrid(boxes, 3, 'right')).toBe(4);
    expect(neighbourInGrid(boxes, 4, 'left')).toBe(3);
    expect(neighbourInGrid(boxes, 0, 'left')).toBe(0);
    expect(neighbourInGrid(boxes, 9, 'right')).toBe(9);
  });

  it('goes down and up to the same column', () => {
    expect(neighbourInGrid(boxes, 1, 'down')).toBe(5);
    expect(neighbourInGrid(boxes, 5, 'down')).toBe(9);
    expect(neighbourInGrid(boxes, 9, 'up')).toBe(5);
    expect(neighbourInGrid(boxes, 5, 'up')).toBe(1);
  });

  it('goes down to the nearest thumbnail of a shorter last row', () => {
    expect(neighbourInGrid(boxes, 7, 'down')).toBe(9);
  });

  it('stays put on the first row going up and on the last row going down', () => {
    expect(neighbourInGrid(boxes, 2, 'up')).toBe(2);
    expect(neighbourInGrid(boxes, 8, 'down')).toBe(8);
  });

  it('follows the layout: with two columns, down is two slides on', () => {
    expect(neighbourInGrid(grid(6, 2), 1, 'down')).toBe(3);
  });
});
