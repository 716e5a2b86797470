// Every layout of the gallery: one cell per photo, inside the slide, no overlaps unless by design, even gutters for tilings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Size } from '../../../src/model/geometry';
import { DEFAULT_LAYOUT, findLayout, layoutCells, layouts } from '../../../src/model/layouts/layoutGallery';
import type { Cell, Layout, LayoutPhoto } from '../../../src/model/layouts/layoutTypes';

const EPS = 1e-6;
const landscape: Size = { width: 1920, height: 1080 };
const portrait: Size = { width: 1080, height: 1920 };

const photosArbitrary = (max: number) =>
  fc
    .array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: 1, maxLength: max })
    .map((aspects): LayoutPhoto[] => aspects.map((aspect, i) => ({ aspect, key: `item${i}` })));

/** The corners of a cell after turning it by its rotation about (x, y), as Konva draws it. */
function corners(cell: Cell): { x: number; y: number }[] {
  const angle = ((cell.rotation ?? 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return [
    [0, 0],
    [cell.width, 0],
    [0, cell.height],
    [cell.width, cell.height],
  ].map(([dx, dy]) => ({ x: cell.x + dx! * cos - dy! * sin, y: cell.y + dx! * sin + dy! * cos }));
}

function overlaps(start: number, length: number, otherStart: number, otherLength: number): boolean {
  return start < otherStart + otherLength - EPS && otherStart < start + length - EPS;
}

/** Everything wrong with a layout's cells, as sentences; plain comparisons keep fast-check's shrinking quick. */
function layoutProblems(layout: Layout, cells: Cell[], count: number, size: Size, gutter: number): string[] {
  const problems: string[] = [];
  if (cells.length !== count) problems.push(`${cells.length} cells for ${count} photos`);
  cells.forEach((cell, i) => {
    if (!(cell.width > 0 && cell.height > 0)) problems.push(`cell ${i} is empty`);
    for (const corner of corners(cell)) {
      if (corner.x < -EPS || corner.y < -EPS || corner.x > size.width + EPS || corner.y > size.height + EPS)
        problems.push(`cell ${i} pokes out of the slide`);
    }
    if (!layout.overlaps && (cell.rotation ?? 0) !== 0) problems.push(`cell ${i} is turned`);
    if (!layout.overlaps) {
      cells.slice(i + 1).forEach((other, k) => {
        if (
          overlaps(cell.x, cell.width, other.x, other.width) &&
          overlaps(cell.y, cell.height, other.y, other.height)
        )
          problems.push(`cells ${i} and ${i + 1 + k} overlap`);
      });
    }
    if (layout.tiling) problems.push(...tilingProblems(cells, cell, i, size, gutter));
  });
  return problems;
}

/**
 * A tiling keeps a gutter at the slide's edges, at least a gutter between cells, and the nearest cell
 * to the right (and below) exactly one gutter away, or the margin there: the slide is filled, evenly.
 */
function tilingProblems(cells: Cell[], cell: Cell, i: number, size: Size, gutter: number): string[] {
  const problems: string[] = [];
  if (cell.x < gutter - EPS || cell.y < gutter - EPS) problems.push(`cell ${i} is in the top/left margin`);
  if (cell.x + cell.width > size.width - gutter + EPS || cell.y + cell.height > size.height - gutter + EPS)
    problems.push(`cell ${i} is in the bottom/right margin`);
  cells.forEach((other, k) => {
    if (k === i) return;
    const apart =
      cell.x + cell.width + gutter <= other.x + EPS ||
      other.x + other.width + gutter <= cell.x + EPS ||
      cell.y + cell.height + gutter <= other.y + EPS ||
      other.y + other.height + gutter <= cell.y + EPS;
    if (!apart && k > i) problems.push(`cells ${i} and ${k} sit closer than the gutter`);
  });
  const right = cells
    .filter((o) => o.x > cell.x && overlaps(o.y, o.height, cell.y - gutter, cell.height + 2 * gutter))
    .map((o) => o.x - (cell.x + cell.width));
  const rightGap = right.length > 0 ? Math.min(...right) : size.width - gutter - (cell.x + cell.width);
  if (Math.abs(rightGap - (right.length > 0 ? gutter : 0)) > EPS)
    problems.push(`cell ${i} has an uneven gap right`);
  const below = cells
    .filter((o) => o.y > cell.y && overlaps(o.x, o.width, cell.x - gutter, cell.width + 2 * gutter))
    .map((o) => o.y - (cell.y + cell.height));
  const belowGap = below.length > 0 ? Math.min(...below) : size.height - gutter - (cell.y + cell.height);
  if (Math.abs(belowGap - (below.length > 0 ? gutter : 0)) > EPS)
    problems.push(`cell ${i} has an uneven gap below`);
  return problems;
}

describe('the layout gallery', () => {
  it('offers at least 12 layouts, each with its own kind and label', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(12);
    expect(new Set(layouts.map((l) => l.kind)).size).toBe(layouts.length);
    expect(new Set(layouts.map((l) => l.label)).size).toBe(layouts.length);
    for (const layout of layouts) expect(layout.kind).toMatch(/^[a-z0-9-]{1,40}$/);
  });

  it('lays out an unknown kind (a newer app’s) as the default', () => {
    const photos = [{ aspect: 1.5 }, { aspect: 0.75 }, { aspect: 1 }];
    expect(findLayout('hexagon-swirl')).toBe(DEFAULT_LAYOUT);
    expect(findLayout(undefined)).toBe(DEFAULT_LAYOUT);
    expect(layoutCells('hexagon-swirl', photos, landscape, { gutter: 24 })).toEqual(
      layoutCells(DEFAULT_LAYOUT.kind, photos, landscape, { gutter: 24 }),
    );
  });

  it('keeps the existing automatic collage under the kind new slides record', () => {
    expect(findLayout('grid').label).toBe('Justified rows');
  });
});

describe.each(layouts.map((layout) => [layout.label, layout] as const))('%s', (_label, layout) => {
  it('gives no cells for no photos', () => {
    expect(layoutCells(layout.kind, [], landscape, { gutter: 24 })).toEqual([]);
  });

  it('places 1…30 photos of any shape inside the slide, as the layout promises', () => {
    fc.assert(
      fc.property(
        photosArbitrary(30),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(landscape, portrait),
        fc.string({ maxLength: 8 }),
        (photos, gutter, size, seed) => {
          const cells = layoutCells(layout.kind, photos, size, { gutter, seed });
          expect(layoutProblems(layout, cells, photos.length, size, gutter)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(photosArbitrary(12), fc.string({ maxLength: 8 }), (photos, seed) => {
        const style = { gutter: 16, seed };
        expect(layout.arrange(photos, landscape, style)).toEqual(layout.arrange(photos, landscape, style));
      }),
      { numRuns: 20 },
    );
  });

  it('never breaks on a gutter too wide for the slide or a bad aspect ratio', () => {
    const photos = [
      { aspect: Number.NaN },
      { aspect: 0 },
      ...Array.from({ length: 28 }, () => ({ aspect: 1 })),
    ];
    const cells = layoutCells(layout.kind, photos, landscape, { gutter: 1000 });
    expect(cells).toHaveLength(30);
    for (const cell of cells) {
      expect(cell.width).toBeGreaterThan(0);
      expect(cell.height).toBeGreaterThan(0);
    }
  });
});

describe('polaroids', () => {
  const polaroids = findLayout('polaroids');
  const photos = Array.from({ length: 9 }, (_, i) => ({ aspect: 1.5, key: `photo${i}` }));

  it('turns every photo slightly, differently per photo, and overlaps them', () => {
    const cells = polaroids.arrange(photos, landscape, { gutter: 24, seed: 'slideA' });
    const turns = cells.map((c) => c.rotation ?? 0);
    for (const turn of turns) expect(Math.abs(turn)).toBeLessThanOrEqual(7);
    expect(new Set(turns).size).toBe(turns.length);
    const anyOverlap = cells.some((a, i) =>
      cells
        .slice(i + 1)
        .some((b) => overlaps(a.x, a.width, b.x, b.width) && overlaps(a.y, a.height, b.y, b.height)),
    );
    expect(anyOverlap).toBe(true);
  });

  it('scatters another slide differently', () => {
    const a = polaroids.arrange(photos, landscape, { gutter: 24, seed: 'slideA' });
    const b = polaroids.arrange(photos, landscape, { gutter: 24, seed: 'slideB' });
    expect(a).not.toEqual(b);
  });

  it('gives the photos a white border', () => {
    expect(polaroids.frame?.(landscape)).toMatchObject({ borderColor: '#ffffff' });
    expect(polaroids.frame?.(landscape).borderWidth).toBeGreaterThan(0);
  });
});

describe('hero layouts', () => {
  it('make the first photo the largest', () => {
    const photos = Array.from({ length: 6 }, () => ({ aspect: 1.5 }));
    for (const kind of ['hero-left', 'hero-top', 'frame']) {
      const [hero, ...rest] = layoutCells(kind, photos, landscape, { gutter: 24 });
      const area = (c: Cell) => c.width * c.height;
      for (const cell of rest) expect(area(hero!)).toBeGreaterThan(area(cell) * 2);
    }
  });
});

describe('filmstrip', () => {
  it('keeps each photo’s own proportions', () => {
    const photos = [{ aspect: 1.5 }, { aspect: 0.75 }, { aspect: 1 }, { aspect: 2.2 }];
    const cells = layoutCells('filmstrip', photos, landscape, { gutter: 24 });
    cells.forEach((cell, i) => expect(cell.width / cell.height).toBeCloseTo(photos[i]!.aspect, 9));
  });
});

describe.each(['filmstrip', 'frame', 'staggered'])('%s (issue 13)', (kind) => {
  it('leaves at most half of the slide empty for 1–12 phone photos of any mix of shapes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(3 / 4, 9 / 16, 4 / 3, 16 / 9, 1), { minLength: 1, maxLength: 12 }),
        fc.string({ maxLength: 8 }),
        (aspects, seed) => {
          const cells = layoutCells(
            kind,
            aspects.map((aspect) => ({ aspect })),
            landscape,
            { gutter: 24, seed },
          );
          // These layouts never overlap cells, so their areas add up to what the photos cover.
          const covered = cells.reduce((sum, c) => sum + c.width * c.height, 0);
          expect(covered / (landscape.width * landscape.height)).toBeGreaterThanOrEqual(0.5);
        },
      ),
      { numRuns: 150 },
    );
  });
});
