// pickLayout: whatever mix of portrait, landscape, square and panorama photos, the layout the app picks gives no photo a
// sliver, shows at least half of each, keeps every cell inside the collage area and, on a quiz slide, clear of the question bar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect, Size } from '../../../src/model/geometry';
import { collageRuleProblems } from '../../../src/model/layouts/collageRules';
import { findLayout, layoutCells } from '../../../src/model/layouts/layoutGallery';
import type { Cell, LayoutPhoto } from '../../../src/model/layouts/layoutTypes';
import {
  AUTOMATIC_LAYOUTS,
  layoutKeepsRules,
  layoutsKeepingRules,
  pickLayout,
} from '../../../src/model/layouts/pickLayout';
import { DEFAULT_GUTTER } from '../../../src/model/newDeck';
import { collageArea, questionBarRect } from '../../../src/model/questionBar';
import { photoShapeArbitrary } from '../arbitraries';

const EPS = 1e-6;
const slide: Size = { width: 1920, height: 1080 };

const photosArbitrary = fc
  .array(photoShapeArbitrary, { minLength: 1, maxLength: 25 })
  .map((aspects): LayoutPhoto[] => aspects.map((aspect, i) => ({ aspect, key: `item${i}` })));

/** What is wrong with cells for a collage area: outside it, overlapping each other, or under the question bar. */
function placeProblems(cells: readonly Cell[], area: Rect, bar: Rect | null): string[] {
  const problems: string[] = [];
  cells.forEach((cell, i) => {
    if ((cell.rotation ?? 0) !== 0) problems.push(`cell ${i} is turned`);
    if (
      cell.x < area.x - EPS ||
      cell.y < area.y - EPS ||
      cell.x + cell.width > area.x + area.width + EPS ||
      cell.y + cell.height > area.y + area.height + EPS
    )
      problems.push(`cell ${i} is outside the collage area`);
    if (bar && cell.y + cell.height > bar.y + EPS) problems.push(`cell ${i} reaches under the question bar`);
    cells.slice(i + 1).forEach((other, k) => {
      const apart =
        cell.x + cell.width <= other.x + EPS ||
        other.x + other.width <= cell.x + EPS ||
        cell.y + cell.height <= other.y + EPS ||
        other.y + other.height <= cell.y + EPS;
      if (!apart) problems.push(`cells ${i} and ${i + 1 + k} overlap`);
    });
  });
  return problems;
}

describe('pickLayout', () => {
  it(
    'picks, for any mix of 1–25 photos, a layout that keeps the collage rules inside the collage area',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(
          photosArbitrary,
          fc.boolean(),
          fc.integer({ min: 0, max: 40 }),
          fc.string({ maxLength: 8 }),
          (photos, quiz, gutter, seed) => {
            const area = collageArea(slide, quiz);
            const style = { gutter, seed };
            const layout = pickLayout(photos, area, style);
            expect(AUTOMATIC_LAYOUTS).toContain(layout);
            const cells = layoutCells(layout.kind, photos, area, style);
            const aspects = photos.map((p) => p.aspect);
            expect(collageRuleProblems(aspects, cells)).toEqual([]);
            expect(placeProblems(cells, area, quiz ? questionBarRect(slide) : null)).toEqual([]);
          },
        ),
        {
          numRuns: 120,
          examples: [
            // The case: a portrait beside an 8:1 panorama.
            [[{ aspect: 3 / 4 }, { aspect: 8 }], true, DEFAULT_GUTTER, ''],
            [
              [{ aspect: 9 / 16 }, { aspect: 8 }, { aspect: 9 / 16 }, { aspect: 16 / 9 }],
              true,
              DEFAULT_GUTTER,
              '',
            ],
          ],
        },
      );
    },
  );

  it('takes the layout asked for when it keeps the rules, and another that does when it cannot', () => {
    fc.assert(
      fc.property(
        photosArbitrary,
        fc.constantFrom(...AUTOMATIC_LAYOUTS.map((l) => l.kind)),
        fc.boolean(),
        (photos, preferred, quiz) => {
          const area = collageArea(slide, quiz);
          const style = { gutter: DEFAULT_GUTTER, seed: 'slide' };
          const picked = pickLayout(photos, area, style, preferred);
          if (layoutKeepsRules(preferred, photos, area, style)) expect(picked.kind).toBe(preferred);
          else expect(picked.kind).not.toBe(preferred);
          expect(layoutKeepsRules(picked.kind, photos, area, style)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never picks a layout that piles photos on each other, even when asked for one', () => {
    const photos = [{ aspect: 1.5 }, { aspect: 0.75 }];
    for (const kind of ['polaroids', 'single']) {
      expect(findLayout(kind).overlaps).toBe(true);
      expect(pickLayout(photos, slide, { gutter: 24 }, kind).kind).toBe('grid');
    }
    expect(AUTOMATIC_LAYOUTS.every((layout) => !layout.overlaps)).toBe(true);
  });

  it('gives a portrait next to an 8:1 panorama no sliver above the question bar (issue 13)', () => {
    const photos = [{ aspect: 3 / 4 }, { aspect: 8 }];
    const area = collageArea(slide, true);
    const layout = pickLayout(photos, area, { gutter: DEFAULT_GUTTER });
    const [portrait, panorama] = layoutCells(layout.kind, photos, area, { gutter: DEFAULT_GUTTER });
    expect(portrait!.width).toBeGreaterThan(300);
    expect(portrait!.width * portrait!.height).toBeGreaterThan(
      ((portrait!.width * portrait!.height + panorama!.width * panorama!.height) / 2) * (1 / 3),
    );
  });

  it('lists only layouts that keep the rules, justified rows among them for every mix', () => {
    fc.assert(
      fc.property(photosArbitrary, fc.boolean(), (photos, quiz) => {
        const area = collageArea(slide, quiz);
        const style = { gutter: DEFAULT_GUTTER, seed: 's' };
        const keepers = layoutsKeepingRules(photos, area, style);
        expect(keepers.map((l) => l.kind)).toContain('grid');
        for (const layout of keepers) {
          const cells = layoutCells(layout.kind, photos, area, style);
          expect(
            collageRuleProblems(
              photos.map((p) => p.aspect),
              cells,
            ),
          ).toEqual([]);
        }
      }),
      { numRuns: 30 },
    );
  });
});
