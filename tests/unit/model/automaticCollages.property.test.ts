// Every collage the app lays out by itself (the tribute wizard, New slide, Shuffle, the quiz switch) keeps the collage
// rules for any mix of photo shapes, and on a quiz slide no photo stands under the question bar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck, PhotoItem, PhotoMeta, Slide } from '../../../src/model/deck';
import type { PhotoId, SlideId } from '../../../src/model/ids';
import { collageRuleProblems } from '../../../src/model/layouts/collageRules';
import { newDeck } from '../../../src/model/newDeck';
import { questionBarRect } from '../../../src/model/questionBar';
import { tributeSlides } from '../../../src/model/tributeSlides';
import { commands } from '../../../src/store/commands';
import { photoShapeArbitrary } from '../arbitraries';

const EPS = 1e-6;

/** A deck whose library holds photos of these shapes (width / height), on no slide yet. */
function deckOfShapes(shapes: readonly number[]): Deck {
  const photos = shapes.map((shape, i): PhotoMeta => ({
    id: (i + 1).toString(16).padStart(64, '0') as PhotoId,
    fileName: `IMG_${i + 1}.jpg`,
    mimeType: 'image/jpeg',
    width: Math.round(1000 * shape),
    height: 1000,
    bytes: 1000,
    takenAt: `2016-03-01T10:${String(i).padStart(2, '0')}:00`,
  }));
  return {
    ...newDeck(new Date('2025-01-01T00:00:00Z')),
    photos: Object.fromEntries(photos.map((p) => [p.id, p])),
  };
}

const photoItems = (slide: Slide) => slide.items.filter((i): i is PhotoItem => i.kind === 'photo');

/** Everything that breaks the collage rules, leaves the slide, or (on a quiz slide) reaches under the question bar. */
function collageProblems(deck: Deck, slide: Slide): string[] {
  const items = photoItems(slide);
  const aspects = items.map((item) => deck.photos[item.photoId]!.width / deck.photos[item.photoId]!.height);
  const problems = collageRuleProblems(aspects, items);
  const bar = questionBarRect(deck.size);
  items.forEach((item, i) => {
    if (item.x < -EPS || item.y < -EPS || item.x + item.width > deck.size.width + EPS)
      problems.push(`photo ${i} leaves the slide`);
    const bottom = slide.reveal ? bar.y : deck.size.height;
    if (item.y + item.height > bottom + EPS)
      problems.push(slide.reveal ? `photo ${i} is under the question bar` : `photo ${i} leaves the slide`);
  });
  return problems;
}

const shapesArbitrary = fc.array(photoShapeArbitrary, { minLength: 1, maxLength: 25 });

describe('collages the app lays out by itself', () => {
  // Many layouts are tried per run: generous time on a shared machine.
  it('the tribute wizard: every quiz slide and the closing collage', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(shapesArbitrary, (shapes) => {
        const deck = deckOfShapes(shapes);
        const slides = tributeSlides(deck, { names: 'Ana and Rui', answer: '' });
        for (const slide of slides) expect(collageProblems(deck, slide)).toEqual([]);
        expect(slides.slice(0, -1).every((slide) => slide.reveal !== null)).toBe(true);
      }),
      { numRuns: 40, examples: [[[3 / 4, 8]], [[9 / 16, 8, 3 / 4, 16 / 9, 1, 4 / 3]]] },
    );
  });

  it('New slide, then the quiz switched on, then Shuffle, then the quiz off', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(shapesArbitrary, fc.integer(), (shapes, seed) => {
        const start = deckOfShapes(shapes);
        const slideId = 'newSlide' as SlideId;
        const slideOf = (deck: Deck) => deck.slides.find((s) => s.id === slideId)!;
        const added = commands.addSlide.apply(start, {
          photoIds: Object.keys(start.photos) as PhotoId[],
          slideId,
        });
        expect(collageProblems(added, slideOf(added))).toEqual([]);
        const quiz = commands.setQuizReveal.apply(added, { slideId, on: true });
        expect(collageProblems(quiz, slideOf(quiz))).toEqual([]);
        const shuffled = commands.shuffleSlide.apply(quiz, { slideId, seed });
        expect(collageProblems(shuffled, slideOf(shuffled))).toEqual([]);
        const off = commands.setQuizReveal.apply(shuffled, { slideId, on: false });
        expect(collageProblems(off, slideOf(off))).toEqual([]);
      }),
      { numRuns: 40, examples: [[[3 / 4, 8], 1]] },
    );
  });
});
