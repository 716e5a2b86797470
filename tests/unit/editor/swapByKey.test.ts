// Which photo Alt+arrow swaps the selected one with, on the gallery's own layouts and on turned photos.
import { describe, expect, it } from 'vitest';
import { photoInDirection, type SwapDirection } from '../../../src/editor/canvas/keys/swapByKey';
import type { Item, PhotoItem } from '../../../src/model/deck';
import { textItem } from './textItem';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import type { Cell } from '../../../src/model/layouts/layoutTypes';
import { evenGrid } from '../../../src/model/layouts/evenGrid';
import { heroTop } from '../../../src/model/layouts/heroTop';

const SLIDE = { width: 1920, height: 1080 };

const photoAt = (id: string, cell: Cell): PhotoItem => ({
  kind: 'photo',
  id: id as ItemId,
  photoId: `photo-${id}` as PhotoId,
  x: cell.x,
  y: cell.y,
  width: cell.width,
  height: cell.height,
  rotation: cell.rotation ?? 0,
  crop: { x: 0.5, y: 0.5, scale: 1 },
  cornerRadius: 0,
  borderWidth: 0,
  borderColor: '#ffffff',
});

/** The photos a layout of `count` landscape photos makes, named a, b, c … in its order. */
const laidOut = (arrange: typeof evenGrid.arrange, count: number): PhotoItem[] =>
  arrange(
    Array.from({ length: count }, () => ({ aspect: 1.5 })),
    SLIDE,
    { gutter: 20 },
  ).map((cell, i) => photoAt(String.fromCharCode(97 + i), cell));

const next = (items: readonly Item[], from: string, direction: SwapDirection) =>
  photoInDirection(items, from as ItemId, direction)?.id ?? null;

describe('photoInDirection', () => {
  it('finds the neighbour on each side in an even grid of four', () => {
    const grid = laidOut(evenGrid.arrange, 4);
    // Two rows of two: a b / c d — checked from the cells, not assumed.
    const [a, b, c] = grid as [PhotoItem, PhotoItem, PhotoItem];
    expect(b.y).toBeCloseTo(a.y);
    expect(b.x).toBeGreaterThan(a.x);
    expect(c.y).toBeGreaterThan(a.y);
    expect(next(grid, 'a', 'right')).toBe('b');
    expect(next(grid, 'a', 'down')).toBe('c');
    expect(next(grid, 'd', 'left')).toBe('c');
    expect(next(grid, 'd', 'up')).toBe('b');
    // Nothing past the edges.
    expect(next(grid, 'a', 'left')).toBeNull();
    expect(next(grid, 'a', 'up')).toBeNull();
    expect(next(grid, 'd', 'right')).toBeNull();
  });

  it('reaches a wide photo above a row of small ones from each of them, and the middle one from it', () => {
    const hero = laidOut(heroTop.arrange, 4);
    // a across the top, b c d in a row beneath it.
    for (const id of ['b', 'c', 'd']) expect(next(hero, id, 'up')).toBe('a');
    expect(next(hero, 'a', 'down')).toBe('c');
    expect(next(hero, 'b', 'right')).toBe('c');
    expect(next(hero, 'c', 'right')).toBe('d');
    expect(next(hero, 'd', 'left')).toBe('c');
    expect(next(hero, 'a', 'left')).toBeNull();
  });

  it('prefers a photo level with it over a nearer one off to the side', () => {
    const from = photoAt('from', { x: 0, y: 0, width: 100, height: 100 });
    const inLine = photoAt('inLine', { x: 900, y: 50, width: 100, height: 100 });
    const aside = photoAt('aside', { x: 300, y: 200, width: 100, height: 100 });
    expect(next([from, inLine, aside], 'from', 'right')).toBe('inLine');
    // With none level, the diagonal one is to the right (more right than down), the nearest such first.
    const further = photoAt('further', { x: 700, y: 300, width: 100, height: 100 });
    expect(next([from, further, aside], 'from', 'right')).toBe('aside');
    // Further off to the side than along the arrow is not "to the right" at all.
    const below = photoAt('below', { x: 50, y: 400, width: 100, height: 100 });
    expect(next([from, below], 'from', 'right')).toBeNull();
    expect(next([from, below], 'from', 'down')).toBe('below');
  });

  it('measures from the middle of turned photos', () => {
    // Turned a half turn about its corner, this photo lies up and to the left of (500, 500).
    const turned = photoAt('turned', { x: 500, y: 500, width: 200, height: 100, rotation: 180 });
    const right = photoAt('right', { x: 550, y: 420, width: 200, height: 100 });
    expect(next([turned, right], 'turned', 'right')).toBe('right');
    expect(next([turned, right], 'right', 'left')).toBe('turned');
  });

  it('swaps photos only: text and a text selection are left out', () => {
    const text = textItem({ id: 'caption' as ItemId, x: 300, y: 0, width: 100, align: 'left' });
    const from = photoAt('from', { x: 0, y: 0, width: 100, height: 100 });
    const far = photoAt('far', { x: 900, y: 0, width: 100, height: 100 });
    expect(next([from, text, far], 'from', 'right')).toBe('far');
    expect(next([from, text, far], 'caption', 'right')).toBeNull();
    expect(next([from], 'from', 'right')).toBeNull();
  });
});
