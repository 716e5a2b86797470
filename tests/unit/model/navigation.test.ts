// Player navigation: one reveal step at a time across slides, and the status line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck, Slide } from '../../../src/model/deck';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import {
  clampPosition,
  firstPosition,
  lastPosition,
  nextPosition,
  previousPosition,
  slideStart,
  statusText,
  stepDescription,
} from '../../../src/model/navigation';
import type { Position } from '../../../src/model/navigation';
import { newDeck, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import { stepCount } from '../../../src/model/revealSteps';
import { deckArbitrary } from '../arbitraries';

const photoId = 'c'.repeat(64) as PhotoId;

function slideWith(photos: number, reveal: boolean): Slide {
  const items = Array.from({ length: photos }, (_, i) =>
    newPhotoItem(photoId, { x: 0, y: 0, width: 10, height: 10 }, `item${i}` as ItemId),
  );
  return { ...newSlide(), items, reveal: reveal ? newReveal(items.map((i) => i.id)) : null };
}

/** Slides: plain, a reveal of 6 photos (8 steps), plain, a reveal of 2 (4 steps), plain. */
function deckOfFive(): Deck {
  return {
    ...newDeck(new Date()),
    slides: [
      slideWith(1, false),
      slideWith(6, true),
      slideWith(0, false),
      slideWith(2, true),
      slideWith(3, false),
    ],
  };
}

describe('navigation', () => {
  it('walks every step of every slide in order', () => {
    const deck = deckOfFive();
    const visited: Position[] = [firstPosition(deck)];
    for (let p = nextPosition(deck, firstPosition(deck)); p; p = nextPosition(deck, p)) visited.push(p);
    expect(visited.map((p) => `${p.slide}.${p.step}`)).toEqual([
      '0.0',
      ...['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'],
      '2.0',
      ...['3.0', '3.1', '3.2', '3.3'],
      '4.0',
    ]);
    expect(visited.at(-1)).toEqual(lastPosition(deck));
  });

  it('goes back from a slide’s first step to the last step of the previous slide', () => {
    const deck = deckOfFive();
    expect(previousPosition(deck, { slide: 2, step: 0 })).toEqual({ slide: 1, step: 7 });
    expect(previousPosition(deck, { slide: 1, step: 3 })).toEqual({ slide: 1, step: 2 });
    expect(previousPosition(deck, { slide: 0, step: 0 })).toBeNull();
    expect(nextPosition(deck, lastPosition(deck))).toBeNull();
  });

  it('clamps positions to the deck', () => {
    const deck = deckOfFive();
    expect(clampPosition(deck, { slide: 9, step: 9 })).toEqual({ slide: 4, step: 0 });
    expect(clampPosition(deck, { slide: 1, step: 99 })).toEqual({ slide: 1, step: 7 });
    expect(clampPosition(deck, { slide: -2, step: Number.NaN })).toEqual({ slide: 0, step: 0 });
  });

  it('describes the position for the status line', () => {
    const deck = deckOfFive();
    expect(statusText(deck, { slide: 0, step: 0 })).toBe('Slide 1 of 5');
    expect(statusText(deck, { slide: 1, step: 0 })).toBe('Slide 2 of 5, question');
    expect(statusText(deck, { slide: 1, step: 3 })).toBe('Slide 2 of 5, photo 3 of 6');
    expect(statusText(deck, { slide: 1, step: 7 })).toBe('Slide 2 of 5, answer');
    expect(statusText(deck, { slide: 3, step: 1 })).toBe('Slide 4 of 5, photo 1 of 2');
  });

  it('copes with a deck without slides', () => {
    const deck = newDeck(new Date());
    expect(statusText(deck, firstPosition(deck))).toBe('No slides');
    expect(nextPosition(deck, firstPosition(deck))).toBeNull();
    expect(previousPosition(deck, firstPosition(deck))).toBeNull();
    expect(lastPosition(deck)).toEqual({ slide: 0, step: 0 });
  });

  it('next then previous returns to the same position', () => {
    fc.assert(
      fc.property(
        deckArbitrary.filter((deck) => deck.slides.length > 0),
        fc.nat(),
        fc.nat(),
        (deck, s, t) => {
          const slide = s % deck.slides.length;
          const position = { slide, step: t % stepCount(deck.slides[slide]!) };
          const next = nextPosition(deck, position);
          if (next) expect(previousPosition(deck, next)).toEqual(position);
          const previous = previousPosition(deck, position);
          if (previous) expect(nextPosition(deck, previous)).toEqual(position);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reaches the last position from the first in sum(stepCount) - 1 steps', () => {
    fc.assert(
      fc.property(
        deckArbitrary.filter((deck) => deck.slides.length > 0),
        (deck) => {
          const total = deck.slides.reduce((sum, slide) => sum + stepCount(slide), 0);
          let position: Position = firstPosition(deck);
          let moves = 0;
          for (let next = nextPosition(deck, position); next; next = nextPosition(deck, position)) {
            position = next;
            moves++;
          }
          expect(moves).toBe(total - 1);
          expect(position).toEqual(lastPosition(deck));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('slideStart: jumping to a slide by its number', () => {
  it('goes to the question step of slides 1 … n and nowhere for other numbers', () => {
    const deck = deckOfFive();
    expect(slideStart(deck, 1)).toEqual({ slide: 0, step: 0 });
    expect(slideStart(deck, 4)).toEqual({ slide: 3, step: 0 });
    expect(slideStart(deck, 5)).toEqual({ slide: 4, step: 0 });
    for (const n of [0, 6, -1, 2.5, Number.NaN]) expect(slideStart(deck, n)).toBeNull();
  });

  it('after a jump, next and previous carry on from the new slide', () => {
    const deck = deckOfFive();
    const at = slideStart(deck, 4)!;
    expect(nextPosition(deck, at)).toEqual({ slide: 3, step: 1 });
    expect(previousPosition(deck, at)).toEqual({ slide: 2, step: 0 });
  });
});

describe('items left out of the reveal', () => {
  it('show on every step while the others come in one by one', () => {
    const slide = slideWith(3, true);
    const out = slide.items[1]!.id;
    const partial = {
      ...slide,
      reveal: { ...slide.reveal!, order: slide.items.map((i) => i.id).filter((id) => id !== out) },
    };
    const deck: Deck = { ...newDeck(new Date()), slides: [partial] };
    // Question, 2 photos, answer.
    expect(stepCount(partial)).toBe(4);
    expect(statusText(deck, { slide: 0, step: 1 })).toBe('Slide 1 of 1, photo 1 of 2');
    expect(lastPosition(deck)).toEqual({ slide: 0, step: 3 });
  });
});

describe('the step description the player says after its status', () => {
  /** Two photos with alt text (the second with a clue) and one without, then a plain slide. */
  function describedDeck(): Deck {
    const ids = ['a', 'b', 'c'].map((c) => c.repeat(64) as PhotoId);
    const [a, b, c] = ids as [PhotoId, PhotoId, PhotoId];
    const items = ids.map((id, i) =>
      newPhotoItem(id, { x: 0, y: 0, width: 10, height: 10 }, `i${i}` as ItemId),
    );
    items[1] = { ...items[1]!, clue: 'Lisbon, 2016' };
    const reveal = newReveal(items.map((i) => i.id));
    const quiz: Slide = {
      ...newSlide(),
      items,
      reveal: {
        ...reveal,
        question: 'What do these have in common?',
        answer: { title: 'Harbours', subtitle: 'All by the sea' },
      },
    };
    const meta = (id: PhotoId, fileName: string, alt?: string) => ({
      id,
      fileName,
      mimeType: 'image/jpeg' as const,
      width: 10,
      height: 10,
      bytes: 1,
      ...(alt === undefined ? {} : { alt }),
    });
    return {
      ...newDeck(new Date()),
      photos: {
        [a]: meta(a, 'a.jpg', 'Boats at dawn'),
        [b]: meta(b, 'b.jpg', ' Harbour wall '),
        [c]: meta(c, 'IMG_0001.jpg'),
      },
      slides: [quiz, slideWith(1, false)],
    };
  }

  it('says the question, each photo’s alt text (and clue) as it comes in, then the answer', () => {
    const deck = describedDeck();
    expect(stepDescription(deck, { slide: 0, step: 0 })).toBe('What do these have in common?');
    expect(stepDescription(deck, { slide: 0, step: 1 })).toBe('Boats at dawn.');
    expect(stepDescription(deck, { slide: 0, step: 2 })).toBe('Harbour wall. Lisbon, 2016.');
    // A photo without alt text has nothing to add to the status's "photo 3 of 3".
    expect(stepDescription(deck, { slide: 0, step: 3 })).toBe('');
    expect(stepDescription(deck, { slide: 0, step: 4 })).toBe('Answer: Harbours. All by the sea.');
    expect(statusText(deck, { slide: 0, step: 2 })).toBe('Slide 1 of 2, photo 2 of 3');
  });

  it('follows the reveal order, not the stacking order', () => {
    const deck = describedDeck();
    const quiz = deck.slides[0]!;
    const reordered: Deck = {
      ...deck,
      slides: [{ ...quiz, reveal: { ...quiz.reveal!, order: [...quiz.reveal!.order].reverse() } }],
    };
    expect(stepDescription(reordered, { slide: 0, step: 2 })).toBe('Harbour wall. Lisbon, 2016.');
    expect(stepDescription(reordered, { slide: 0, step: 3 })).toBe('Boats at dawn.');
  });

  it('leaves out an answer not written yet', () => {
    const deck = describedDeck();
    const quiz = deck.slides[0]!;
    const unanswered: Deck = {
      ...deck,
      slides: [{ ...quiz, reveal: { ...quiz.reveal!, answer: { title: ' ' } } }],
    };
    expect(stepDescription(unanswered, { slide: 0, step: 4 })).toBe('');
  });

  it('is empty for a slide without a reveal and a deck without slides', () => {
    expect(stepDescription(describedDeck(), { slide: 1, step: 0 })).toBe('');
    expect(stepDescription(newDeck(new Date()), { slide: 0, step: 0 })).toBe('');
  });
});
