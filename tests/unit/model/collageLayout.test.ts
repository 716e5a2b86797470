// The automatic collage (justified rows): one cell per photo inside the margins, a gutter apart, no slivers, none cropped to under half.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collageLayout } from '../../../src/model/collageLayout';
import type { Rect, Size } from '../../../src/model/geometry';
import { collageRuleProblems } from '../../../src/model/layouts/collageRules';

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
  });
  return problems;
}

/** Cells in one row sit exactly a gutter apart, and each row is centred across the slide. */
function rowProblems(cells: Rect[], size: Size, gutter: number): string[] {
  const problems: string[] = [];
  for (const y of new Set(cells.map((c) => c.y))) {
    const row = cells.filter((c) => c.y === y).sort((a, b) => a.x - b.x);
    row.slice(1).forEach((cell, i) => {
      const before = row[i]!;
      if (Math.abs(cell.x - (before.x + before.width) - gutter) > EPS)
        problems.push(`uneven gap in row ${y}`);
    });
    const left = row[0]!.x;
    const right = size.width - (row.at(-1)!.x + row.at(-1)!.width);
    if (Math.abs(left - right) > 1e-3) problems.push(`row ${y} is not centred`);
  }
  return problems;
}

function expectWellFormed(cells: Rect[], count: number, size: Size, gutter: number): void {
  expect(layoutProblems(cells, count, size, gutter)).toEqual([]);
}

describe('collageLayout', () => {
  it('gives no cells for no photos', () => {
    expect(collageLayout([], slide, 24)).toEqual([]);
  });

  it('fills the slide inside the gutters with one photo', () => {
    expect(collageLayout([4 / 3], slide, 24)).toEqual([{ x: 24, y: 24, width: 1872, height: 1032 }]);
  });

  it('puts two landscape photos side by side, filling the slide', () => {
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

  it('stretches a shorter last row across the full width when that crops little', () => {
    const cells = collageLayout(Array<number>(7).fill(4 / 3), slide, 24);
    expectWellFormed(cells, 7, slide, 24);
    const lastRowY = Math.max(...cells.map((c) => c.y));
    const lastRow = cells.filter((c) => c.y === lastRowY);
    expect(lastRow).toHaveLength(3);
    expect(cells.filter((c) => c.y !== lastRowY)).toHaveLength(4);
    expect(lastRow.at(-1)!.x + lastRow.at(-1)!.width).toBeCloseTo(1920 - 24, 6);
  });

  it('puts portrait photos in one row and three landscapes in two, the lone one not stretched past the rules', () => {
    const portraits = collageLayout([3 / 4, 3 / 4, 3 / 4], slide, 24);
    expectWellFormed(portraits, 3, slide, 24);
    expect(rows(portraits)).toHaveLength(1);
    const landscapes = collageLayout([4 / 3, 4 / 3, 4 / 3], slide, 24);
    expectWellFormed(landscapes, 3, slide, 24);
    expect(rows(landscapes)).toHaveLength(2);
    // Stretched across the whole width it would show only 36 % of its photo; it is centred instead.
    const lone = landscapes[2]!;
    expect(lone.width).toBeLessThan(1872);
    expect(lone.x + lone.width / 2).toBeCloseTo(960, 6);
    expect(collageRuleProblems([4 / 3, 4 / 3, 4 / 3], landscapes)).toEqual([]);
  });

  it('gives a panorama next to a portrait a row of its own, and neither is a sliver (issue 13)', () => {
    const aspects = [2 / 3, 8];
    for (const size of [slide, { width: 1920, height: 972 }, { width: 1280, height: 720 }]) {
      const [portrait, panorama] = collageLayout(aspects, size, 24);
      expect(portrait!.y).not.toBe(panorama!.y);
      expect(portrait!.width).toBeGreaterThan(size.width / 5);
      expect(collageRuleProblems(aspects, [portrait!, panorama!])).toEqual([]);
    }
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

  it('keeps every cell inside the slide, apart, a gutter from its neighbours and rows centred, for 1 to 30 photos', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom<Size>(slide, { width: 1080, height: 1920 }, { width: 1024, height: 768 }),
        (aspects, gutter, size) => {
          const cells = collageLayout(aspects, size, gutter);
          expect(layoutProblems(cells, aspects.length, size, gutter)).toEqual([]);
          expect(rowProblems(cells, size, gutter)).toEqual([]);
        },
      ),
      {
        numRuns: 100,
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
