// shuffleSlide trades which photo sits in which cell, as a pure function of the seed, keeping the collage rules; undoable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/model/deck';
import type { SlideId } from '../../../src/model/ids';
import { collageRuleProblems, keepsCollageRules } from '../../../src/model/layouts/collageRules';
import { AUTOMATIC_LAYOUTS } from '../../../src/model/layouts/pickLayout';
import { seededPermutation } from '../../../src/model/layouts/seededRandom';
import { questionBarRect } from '../../../src/model/questionBar';
import { commands } from '../../../src/store/commands';
import { collageChecks, collageDeck, photoItemsOf, slideA, slideB, slideOf } from './storeTestKit';

const { actUndoRedo, expectNoChange } = collageChecks;

describe('shuffleSlide', () => {
  // Square photos: even cells show over half of each, so the grid keeps the collage rules in any order.
  const squarePhotos = (deck: Deck): Deck => ({
    ...deck,
    photos: Object.fromEntries(
      Object.entries(deck.photos).map(([id, photo]) => [id, { ...photo, width: 1000, height: 1000 }]),
    ),
  });
  const laidOut = () =>
    commands.applyLayout.apply(squarePhotos(collageDeck()), { slideId: slideA, kind: 'even-grid' });

  it('moves the photos between the layout’s cells, keeping text, reveal and crops', () => {
    const start = laidOut();
    actUndoRedo(
      commands.shuffleSlide,
      { slideId: slideA, seed: 7 },
      (after, before) => {
        const rects = (deck: typeof after) =>
          photoItemsOf(deck)
            .map(({ x, y, width, height }) => `${x},${y},${width},${height}`)
            .sort();
        // Same set of cells (the even grid's cells are all alike), different photos in them.
        expect(rects(after)).toEqual(rects(before));
        const where = (deck: typeof after) =>
          photoItemsOf(deck)
            .map((i) => [i.id, i.x, i.y])
            .sort();
        expect(where(after)).not.toEqual(where(before));
        expect(slideOf(after).items[1]).toEqual(slideOf(before).items[1]);
        expect(slideOf(after).reveal).toEqual(slideOf(before).reveal);
        const crops = (deck: typeof after) =>
          Object.fromEntries(photoItemsOf(deck).map((i) => [i.id, i.crop]));
        expect(crops(after)).toEqual(crops(before));
      },
      start,
    );
  });

  it('is a pure function of the seed, and always changes the order', () => {
    const start = laidOut();
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = commands.shuffleSlide.apply(start, { slideId: slideA, seed });
        expect(commands.shuffleSlide.apply(start, { slideId: slideA, seed })).toEqual(a);
        expect(photoItemsOf(a).map((i) => i.id)).not.toEqual(photoItemsOf(start).map((i) => i.id));
      }),
      { numRuns: 50 },
    );
  });

  it('orders 0…n-1 afresh for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer(), (count, seed) => {
        const order = seededPermutation(count, seed);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
      }),
    );
  });

  it('switches to a layout that keeps the collage rules when the slide’s own cannot keep them', () => {
    // Even cells on a 16:9 slide are tall: a 4:3 photo in one shows under half of itself.
    const start = commands.applyLayout.apply(collageDeck(), { slideId: slideA, kind: 'even-grid' });
    const aspects = (deck: Deck) =>
      photoItemsOf(deck).map((item) => deck.photos[item.photoId]!.width / deck.photos[item.photoId]!.height);
    expect(keepsCollageRules(aspects(start), photoItemsOf(start))).toBe(false);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const after = commands.shuffleSlide.apply(start, { slideId: slideA, seed });
        const kind = slideOf(after).layout!.kind;
        expect(AUTOMATIC_LAYOUTS.map((layout) => layout.kind)).toContain(kind);
        expect(collageRuleProblems(aspects(after), photoItemsOf(after))).toEqual([]);
        // A quiz slide: no photo under the question bar.
        const bar = questionBarRect(after.size);
        for (const item of photoItemsOf(after))
          expect(item.y + item.height).toBeLessThanOrEqual(bar.y + 1e-6);
      }),
      { numRuns: 30 },
    );
  });

  it('changes nothing on a slide with fewer than two photos, or a missing slide', () => {
    expectNoChange(commands.shuffleSlide, { slideId: slideB, seed: 1 });
    expectNoChange(commands.shuffleSlide, { slideId: 'nope' as SlideId, seed: 1 });
  });
});
