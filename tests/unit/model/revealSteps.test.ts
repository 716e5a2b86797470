// Reveal steps: question, one photo more per step, then the answer; items outside the order always show.
import { describe, expect, it } from 'vitest';
import type { Item, Slide } from '../../../src/model/deck';
import type { ItemId, PhotoId, SlideId } from '../../../src/model/ids';
import { newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import {
  isAnswerStep,
  isQuestionStep,
  revealedCount,
  revealedItemAt,
  stepCount,
  visibleItemIds,
} from '../../../src/model/revealSteps';

const photoId = 'b'.repeat(64) as PhotoId;
const item = (id: string): Item => newPhotoItem(photoId, { x: 0, y: 0, width: 10, height: 10 }, id as ItemId);

function quizSlide(): Slide {
  // Items a, b, c, d; the reveal shows c then a then b; d is not part of it.
  return {
    ...newSlide('quiz' as SlideId),
    items: ['a', 'b', 'c', 'd'].map(item),
    reveal: newReveal(['c', 'a', 'b'] as ItemId[]),
  };
}

const ids = (set: Set<ItemId>) => [...set].sort();

describe('reveal steps', () => {
  it('a slide without a reveal has one step showing everything', () => {
    const slide = { ...newSlide(), items: ['a', 'b'].map(item) };
    expect(stepCount(slide)).toBe(1);
    expect(ids(visibleItemIds(slide, 0))).toEqual(['a', 'b']);
    expect(isQuestionStep(slide, 0)).toBe(false);
    expect(isAnswerStep(slide, 0)).toBe(false);
    expect(revealedCount(slide, 0)).toBe(0);
  });

  it('a reveal of n photos has n + 2 steps', () => {
    expect(stepCount(quizSlide())).toBe(5);
    expect(stepCount({ ...newSlide(), reveal: newReveal([]) })).toBe(2);
  });

  it('shows no photo of the order on the question step, one more per step, all on the answer', () => {
    const slide = quizSlide();
    expect(ids(visibleItemIds(slide, 0))).toEqual(['d']);
    expect(ids(visibleItemIds(slide, 1))).toEqual(['c', 'd']);
    expect(ids(visibleItemIds(slide, 2))).toEqual(['a', 'c', 'd']);
    expect(ids(visibleItemIds(slide, 3))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(visibleItemIds(slide, 4))).toEqual(['a', 'b', 'c', 'd']);
    expect([0, 1, 2, 3, 4].map((s) => revealedCount(slide, s))).toEqual([0, 1, 2, 3, 3]);
    expect([0, 1, 2, 3, 4].map((s) => isQuestionStep(slide, s))).toEqual([true, false, false, false, false]);
    expect([0, 1, 2, 3, 4].map((s) => isAnswerStep(slide, s))).toEqual([false, false, false, false, true]);
  });

  it('treats steps outside the slide as its first or last step', () => {
    const slide = quizSlide();
    expect(ids(visibleItemIds(slide, -3))).toEqual(['d']);
    expect(isAnswerStep(slide, 99)).toBe(true);
    expect(revealedCount(slide, Infinity)).toBe(3);
    expect(isQuestionStep(slide, Number.NaN)).toBe(true);
  });
});

describe('revealedItemAt', () => {
  it('names the item each photo step brings in, and none on the question and answer steps', () => {
    const slide = quizSlide();
    expect([0, 1, 2, 3, 4].map((step) => revealedItemAt(slide, step))).toEqual([null, 'c', 'a', 'b', null]);
    expect(revealedItemAt({ ...slide, reveal: null }, 0)).toBeNull();
  });
});
