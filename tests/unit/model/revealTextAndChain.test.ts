// Texts in the reveal (from the start, with a photo, with the answer) and a reveal continued over slides.
import { describe, expect, it } from 'vitest';
import type { Deck, Item, Slide, TextAppears, TextItem } from '../../../src/model/deck';
import type { ItemId, PhotoId, SlideId } from '../../../src/model/ids';
import { clampPosition, nextPosition, statusText } from '../../../src/model/navigation';
import { newDeck, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import { revealChain, revealCounter } from '../../../src/model/revealChain';
import { isAnswerStep, stepCount, textsBeforeAnswer, visibleItemIds } from '../../../src/model/revealSteps';

const photoId = 'b'.repeat(64) as PhotoId;
const photo = (id: string): Item =>
  newPhotoItem(photoId, { x: 0, y: 0, width: 10, height: 10 }, id as ItemId);
const text = (id: string, appears: TextAppears): TextItem => ({
  kind: 'text',
  id: id as ItemId,
  text: id,
  x: 0,
  y: 0,
  width: 100,
  fontSize: 20,
  color: '#fff',
  align: 'left',
  font: 'sans',
  bold: false,
  appears,
});

function quizSlide(id: string, photos: string[], texts: TextItem[] = [], continues = false): Slide {
  return {
    ...newSlide(id as SlideId),
    items: [...photos.map(photo), ...texts],
    reveal: { ...newReveal(photos as ItemId[]), continues },
  };
}

const shownAt = (slide: Slide, step: number, id: string) => visibleItemIds(slide, step).has(id as ItemId);

describe('texts in a quiz reveal', () => {
  const slide = quizSlide(
    's',
    ['a', 'b'],
    [
      text('always', 'start'),
      text('late', 'answer'),
      text('withB', { withItem: 'b' as ItemId }),
      text('orphan', { withItem: 'gone' as ItemId }),
    ],
  );

  it('a text from the start shows on every step', () => {
    for (let step = 0; step < stepCount(slide); step += 1) expect(shownAt(slide, step, 'always')).toBe(true);
  });

  it('a text with the answer shows only on the answer step', () => {
    expect([0, 1, 2, 3].map((step) => shownAt(slide, step, 'late'))).toEqual([false, false, false, true]);
  });

  it('a text with a photo comes in with that photo and stays', () => {
    expect([0, 1, 2, 3].map((step) => shownAt(slide, step, 'withB'))).toEqual([false, false, true, true]);
  });

  it('a text whose photo is gone from the slide waits for the answer', () => {
    expect([0, 1, 2, 3].map((step) => shownAt(slide, step, 'orphan'))).toEqual([false, false, false, true]);
  });

  it('a text with a photo outside the reveal shows from the start, as that photo does', () => {
    const withLoose = quizSlide('t', ['a'], [text('withLoose', { withItem: 'loose' as ItemId })]);
    const loose = { ...withLoose, items: [...withLoose.items, photo('loose')] };
    expect(shownAt(loose, 0, 'withLoose')).toBe(true);
  });

  it('textsBeforeAnswer lists what the room reads before the answer', () => {
    expect(textsBeforeAnswer(slide).map((t) => t.id)).toEqual(['always', 'withB']);
  });

  it('a slide without a quiz shows every text, whatever it says', () => {
    const plain = { ...slide, reveal: null };
    expect(['always', 'late', 'withB', 'orphan'].every((id) => shownAt(plain, 0, id))).toBe(true);
  });
});

describe('a reveal continued over slides', () => {
  function chainDeck(): Deck {
    return {
      ...newDeck(new Date(0)),
      slides: [
        { ...newSlide('intro' as SlideId) },
        quizSlide('one', ['a', 'b', 'c'], [], true),
        quizSlide('two', ['d', 'e'], [], true),
        quizSlide('three', ['f', 'g'], [text('names', 'answer')]),
        quizSlide('other', ['h']),
      ],
    };
  }

  it('a continued slide has no answer step: question and its photos only', () => {
    const [, one] = chainDeck().slides as [Slide, Slide];
    expect(stepCount(one)).toBe(4);
    expect([0, 1, 2, 3].some((step) => isAnswerStep(one, step))).toBe(false);
  });

  it('the chain spans the slides that continue and the one that ends it', () => {
    const deck = chainDeck();
    expect(revealChain(deck, 1)).toEqual({ firstSlide: 1, lastSlide: 3, before: 0, total: 7 });
    expect(revealChain(deck, 2)).toEqual({ firstSlide: 1, lastSlide: 3, before: 3, total: 7 });
    expect(revealChain(deck, 3)).toEqual({ firstSlide: 1, lastSlide: 3, before: 5, total: 7 });
    expect(revealChain(deck, 4)).toEqual({ firstSlide: 4, lastSlide: 4, before: 0, total: 1 });
    expect(revealChain(deck, 0)).toBeNull();
  });

  it('counts photos over the whole reveal, in the counter and the status line', () => {
    const deck = chainDeck();
    expect(revealCounter(deck, 'two', 1)).toEqual({ shown: 4, total: 7 });
    expect(statusText(deck, { slide: 2, step: 1 })).toBe('Slide 3 of 5, photo 4 of 7');
    expect(statusText(deck, { slide: 3, step: 3 })).toBe('Slide 4 of 5, answer');
  });

  it('a continued slide hands on to the next slide after its last photo', () => {
    const deck = chainDeck();
    expect(nextPosition(deck, { slide: 1, step: 3 })).toEqual({ slide: 2, step: 0 });
    expect(clampPosition(deck, { slide: 1, step: 9 })).toEqual({ slide: 1, step: 3 });
  });

  it('a slide that continues onto a slide without a quiz ends its chain there, without an answer', () => {
    const deck = chainDeck();
    const broken = { ...deck, slides: [deck.slides[2] as Slide, deck.slides[0] as Slide] };
    expect(revealChain(broken, 0)).toEqual({ firstSlide: 0, lastSlide: 0, before: 0, total: 2 });
  });
});
