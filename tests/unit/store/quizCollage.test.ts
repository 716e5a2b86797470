// On a quiz slide the collage stands in the room the question bar leaves: when the quiz is switched on or off, and when a layout is applied.
import { describe, expect, it } from 'vitest';
import type { Deck, PhotoItem } from '../../../src/model/deck';
import type { Rect } from '../../../src/model/geometry';
import type { SlideId } from '../../../src/model/ids';
import { layoutCells, layouts } from '../../../src/model/layouts/layoutGallery';
import { collageArea, questionBarRect } from '../../../src/model/questionBar';
import { commands } from '../../../src/store/commands';
import { actUndoRedo, landscapeId, photoItemsOf, portraitId, squareId, testDeck } from './storeTestKit';

const quizSlide = 'quizSlide' as SlideId;

/** A deck with a new slide of three photos, laid out by the app. */
function newSlideDeck(): Deck {
  return commands.addSlide.apply(testDeck(), {
    photoIds: [landscapeId, portraitId, squareId],
    slideId: quizSlide,
  });
}

const photosOf = (deck: Deck) => photoItemsOf(deck, quizSlide);
const frames = (rects: readonly Rect[]) => rects.map(({ x, y, width, height }) => ({ x, y, width, height }));

function cellsIn(deck: Deck, quiz: boolean) {
  const slide = deck.slides.find((s) => s.id === quizSlide)!;
  return layoutCells(
    slide.layout!.kind,
    photosOf(deck).map((item) => {
      const photo = deck.photos[item.photoId]!;
      return { aspect: photo.width / photo.height, key: item.id };
    }),
    collageArea(deck.size, quiz),
    { gutter: slide.layout!.gutter, seed: quizSlide },
  );
}

/** Whether a photo's frame reaches into the question bar. */
function underBar(deck: Deck, item: PhotoItem): boolean {
  return item.y + item.height > questionBarRect(deck.size).y + 1e-6;
}

describe('a quiz slide’s collage and the question bar', () => {
  it('a new slide fills the whole slide, the question bar being off', () => {
    const deck = newSlideDeck();
    expect(frames(photosOf(deck))).toEqual(frames(cellsIn(deck, false)));
    expect(photosOf(deck).some((item) => underBar(deck, item))).toBe(true);
  });

  it('switching the quiz on lays the collage out above the bar, in the same undo step', () => {
    actUndoRedo(
      commands.setQuizReveal,
      { slideId: quizSlide, on: true },
      (after, before) => {
        expect(frames(photosOf(after))).toEqual(frames(cellsIn(after, true)));
        for (const item of photosOf(after)) expect(underBar(after, item)).toBe(false);
        // Crops are relative to the frame, so they stay.
        expect(photosOf(after).map((i) => i.crop)).toEqual(photosOf(before).map((i) => i.crop));
      },
      newSlideDeck(),
    );
  });

  it('switching the quiz off gives the collage the whole slide again', () => {
    const start = newSlideDeck();
    const on = commands.setQuizReveal.apply(start, { slideId: quizSlide, on: true });
    const off = commands.setQuizReveal.apply(on, { slideId: quizSlide, on: false });
    expect(frames(photosOf(off))).toEqual(frames(photosOf(start)));
  });

  it('leaves photos someone placed by hand where they are', () => {
    const start = newSlideDeck();
    const [first] = photosOf(start);
    const moved = commands.transformItem.apply(start, {
      slideId: quizSlide,
      itemId: first!.id,
      x: first!.x + 40,
      y: first!.y,
      width: first!.width,
      height: first!.height,
      rotation: 0,
    });
    const on = commands.setQuizReveal.apply(moved, { slideId: quizSlide, on: true });
    expect(frames(photosOf(on))).toEqual(frames(photosOf(moved)));
  });

  it.each(layouts.map((layout) => [layout.label, layout.kind] as const))(
    '%s applied on a quiz slide keeps every photo clear of the bar',
    (_label, kind) => {
      const quiz = commands.setQuizReveal.apply(newSlideDeck(), { slideId: quizSlide, on: true });
      const after = commands.applyLayout.apply(quiz, { slideId: quizSlide, kind });
      for (const item of photosOf(after)) expect(underBar(after, item)).toBe(false);
    },
  );
});
