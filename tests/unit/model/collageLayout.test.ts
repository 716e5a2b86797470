// The automatic collage fills the slide with one cell per photo, even gutters, and no overlaps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collageLayout } from '../../../src/model/collageLayout';
import type { Rect, Size } from '../../../src/model/geometry';

const slide: Size = { width: 1920, height: 1080 };
const EPS = 1e-6;

function rows(cells: Rect[]): number[] {
  return [...new Set(cells.map((c) => Math.round(c.y)))];
}

/** Everything wrong with a layout, as sentences; plain comparisons keep fast-check's shrinking quick. */
function layoutProblems(cells: Rect[], count: number, size: Size, gutter: number): string[] {
  const problems: string[] = [];
  if (cells.length !== count) problems.push(`${cells.length} cells for ${count} photos`);
  cells.forEach((cell, i) => {
    if (!(cell.width > 0 && cell.height > 0)) problems.push(`cell ${i} is empty`);
    if (cell.x < gutter - EPS || cell.y < gutter - EPS) problems.push(`cell ${i} is in the top/left margin`);
    if (
      cell.x + cell.width > size.width - gutter + EPS ||
      cell.y + cell.height > size.height - gutter + EPS
    ) {
      problems.push(`cell ${i} is in the bottom/right margin`);
    }
    cells.slice(i + 1).forEach((other, k) => {
      const apart =
        cell.x + cell.width + gutter <= other.x + EPS ||
        other.x + other.width + gutter <= cell.x + EPS ||
        cell.y + cell.height + gutter <= other.y + EPS ||
        other.y + other.height + gutter <= cell.y + EPS;
      if (!apart) problems.push(`cells ${i} and ${i + 1 + k} overlap or sit closer than the gutter`);
    });
    // The nearest cell to the right, among those beside this one (or beside the gutters around it), is
    // exactly one gutter away, or this cell ends at the right margin; the same downwards. Together with
    // the margins this means the slide is filled, with even gutters.
    const right = cells
      .filter((o) => o.x > cell.x && overlaps(o.y, o.height, cell.y - gutter, cell.height + 2 * gutter))
      .map((o) => o.x - (cell.x + cell.width));
    const rightEdge = right.length > 0 ? Math.min(...right) : size.width - gutter - (cell.x + cell.width);
    if (Math.abs(rightEdge - (right.length > 0 ? gutter : 0)) > EPS)
      problems.push(`cell ${i} has an uneven gap right`);
    const below = cells
      .filter((o) => o.y > cell.y && overlaps(o.x, o.width, cell.x - gutter, cell.width + 2 * gutter))
      .map((o) => o.y - (cell.y + cell.height));
    const belowEdge = below.length > 0 ? Math.min(...below) : size.height - gutter - (cell.y + cell.height);
    if (Math.abs(belowEdge - (below.length > 0 ? gutter : 0)) > EPS)
      problems.push(`cell ${i} has an uneven gap below`);
  });
  return problems;
}

function expectWellFormed(cells: Rect[], count: number, size: Size, gutter: number): void {
  expect(layoutProblems(cells, count, size, gutter)).toEqual([]);
}

function overlaps(start: number, length: number, otherStart: number, otherLength: number): boolean {
  return start < otherStart + otherLength - EPS && otherStart < start + length - EPS;
}

describe('collageLayout', () => {
  it('gives no cells for no photos', () => {
    expect(collageLayout([], slide, 24)).toEqual([]);
  });

  it('fills the slide inside the gutters with one photo', () => {
    expect(collageLayout([4 / 3], slide, 24)).toEqual([{ x: 24, y: 24, width: 1872, height: 1032 }]);
  });

  it('puts two landscape photos side by side', () => {
    const cells = collageLayout([3 / 2, 3 / 2], slide, 24);
    expect(cells).toEqual([
      { x: 24, y: 24, width: 924, height: 1032 },
      { x: 972, y: 24, width: 924, height: 1032 },
    ]);
  });

  it('lays out eight 4:3 photos as four columns by two rows', () => {
    const cells = collageLayout(Array<number>(8).fill(4 / 3), slide, 24);
    expectWellFormed(cells, 8, slide, 24);
    expect(rows(cells)).toHaveLength(2);
    for (const cell of cells) {
      expect(cell.width).toBeCloseTo(450, 6);
      expect(cell.height).toBeCloseTo(504, 6);
    }
  });

  it('stretches a shorter last row across the full width', () => {
    const cells = collageLayout(Array<number>(7).fill(4 / 3), slide, 24);
    expectWellFormed(cells, 7, slide, 24);
    const lastRowY = Math.max(...cells.map((c) => c.y));
    const lastRow = cells.filter((c) => c.y === lastRowY);
    expect(lastRow).toHaveLength(3);
    expect(cells.filter((c) => c.y !== lastRowY)).toHaveLength(4);
    expect(lastRow.at(-1)!.x + lastRow.at(-1)!.width).toBeCloseTo(1920 - 24, 6);
  });

  it('puts portrait photos in one row and three landscapes in two', () => {
    const portraits = collageLayout([3 / 4, 3 / 4, 3 / 4], slide, 24);
    expectWellFormed(portraits, 3, slide, 24);
    expect(rows(portraits)).toHaveLength(1);
    const landscapes = collageLayout([4 / 3, 4 / 3, 4 / 3], slide, 24);
    expectWellFormed(landscapes, 3, slide, 24);
    expect(rows(landscapes)).toHaveLength(2);
    expect(landscapes[2]).toMatchObject({ x: 24, width: 1872 });
  });

  it('picks more rows for wider photos, since fewer rows would crop them more', () => {
    // Eight 3:2 photos: 3 + 3 + 2 cells are closer to 3:2 than 4 + 4.
    const cells = collageLayout(Array<number>(8).fill(3 / 2), slide, 24);
    expectWellFormed(cells, 8, slide, 24);
    expect(rows(cells)).toHaveLength(3);
  });

  it('gives wider cells to wider photos in the same row', () => {
    const [portrait, landscape] = collageLayout([2 / 3, 3 / 2], slide, 24);
    expect(portrait!.height).toBe(landscape!.height);
    expect(landscape!.width / portrait!.width).toBeCloseTo(9 / 4, 6);
  });

  it('is deterministic', () => {
    const aspects = [1.5, 0.75, 1, 1.33, 0.66, 2];
    expect(collageLayout(aspects, slide, 16)).toEqual(collageLayout(aspects, slide, 16));
  });

  it('drops a gutter too wide for the photos rather than making empty cells', () => {
    const cells = collageLayout(Array<number>(30).fill(1), { width: 100, height: 100 }, 40);
    expectWellFormed(cells, 30, { width: 100, height: 100 }, 0);
  });

  it('treats unusable aspects and gutters as square and zero', () => {
    const cells = collageLayout([Number.NaN, -1, 0, Infinity], slide, Number.NaN);
    expectWellFormed(cells, 4, slide, 0);
  });

  it('keeps every cell inside the slide, apart, and a gutter from its neighbours, for 1 to 30 photos', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom<Size>(slide, { width: 1080, height: 1920 }, { width: 1024, height: 768 }),
        (aspects, gutter, size) =>
          layoutProblems(collageLayout(aspects, size, gutter), aspects.length, size, gutter).length === 0,
      ),
      {
        numRuns: 300,
        examples: [
          [
            [1.446, 0.2, 0.2, 0.939, 0.827, 0.377, 0.2, 0.356, 0.2, 0.559, 0.2, 0.317],
            38,
            { width: 1024, height: 768 },
          ],
        ],
      },
    );
  });
});
