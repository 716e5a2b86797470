// Which animation a move of the show plays: steps forward animate, slides change with their transition.
import { describe, expect, it } from 'vitest';
import type { Deck, Reveal, Slide } from '../../../src/model/deck';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import { newDeck, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import { confettiBursts, showChange } from '../../../src/present/showChange';

const photo = 'a'.repeat(64) as PhotoId;
const rect = { x: 0, y: 0, width: 100, height: 100 };

function revealSlide(style: Reveal['style']) {
  const items = ['one', 'two'].map((id) => newPhotoItem(photo, rect, id as ItemId));
  return { ...newSlide(), items, reveal: { ...newReveal(items.map((i) => i.id)), style } };
}

function deckWith(...slides: Slide[]): Deck {
  return { ...newDeck(new Date(0)), slides };
}

describe('showChange', () => {
  const deck = deckWith(
    revealSlide('fade'),
    { ...newSlide(), transition: 'slide' },
    {
      ...newSlide(),
      transition: 'fade',
    },
  );

  it('animates the item one step forward brings in, by the reveal style', () => {
    expect(showChange(deck, { slide: 0, step: 0 }, { slide: 0, step: 1 }, 'full')).toEqual({
      kind: 'step',
      itemId: 'one',
      style: 'fade',
      stepSeconds: 0.6,
    });
    expect(showChange(deck, { slide: 0, step: 1 }, { slide: 0, step: 2 }, 'full')).toMatchObject({
      itemId: 'two',
    });
  });

  it("carries the reveal's pace to the step", () => {
    const slow = deckWith({
      ...revealSlide('zoom'),
      reveal: { ...revealSlide('zoom').reveal, stepSeconds: 2.5 },
    });
    expect(showChange(slow, { slide: 0, step: 0 }, { slide: 0, step: 1 }, 'full')).toMatchObject({
      kind: 'step',
      style: 'zoom',
      stepSeconds: 2.5,
    });
  });

  it("brings the answer in from the last photo step, whatever the photos' style", () => {
    expect(showChange(deck, { slide: 0, step: 2 }, { slide: 0, step: 3 }, 'full')).toEqual({
      kind: 'answer',
      from: { slide: 0, step: 2 },
    });
    const appear = deckWith(revealSlide('appear'));
    expect(showChange(appear, { slide: 0, step: 2 }, { slide: 0, step: 3 }, 'full')).toMatchObject({
      kind: 'answer',
    });
    // Going back to the answer, or jumping to it, shows it at once.
    expect(showChange(deck, { slide: 1, step: 0 }, { slide: 0, step: 3 }, 'full')).toEqual({ kind: 'still' });
    expect(showChange(deck, { slide: 0, step: 0 }, { slide: 0, step: 3 }, 'full')).toEqual({ kind: 'still' });
    expect(showChange(deck, { slide: 0, step: 2 }, { slide: 0, step: 3 }, 'reduced')).toEqual({
      kind: 'still',
    });
  });

  it('shows going back, jumping and the appear style at once', () => {
    const still = { kind: 'still' };
    expect(showChange(deck, { slide: 0, step: 2 }, { slide: 0, step: 1 }, 'full')).toEqual(still);
    expect(showChange(deck, { slide: 0, step: 0 }, { slide: 0, step: 2 }, 'full')).toEqual(still);
    const appear = deckWith(revealSlide('appear'));
    expect(showChange(appear, { slide: 0, step: 0 }, { slide: 0, step: 1 }, 'full')).toEqual(still);
  });

  it("plays the target slide's transition, in the direction of the move", () => {
    expect(showChange(deck, { slide: 0, step: 3 }, { slide: 1, step: 0 }, 'full')).toEqual({
      kind: 'transition',
      from: { slide: 0, step: 3 },
      transition: 'slide',
      direction: 1,
    });
    expect(showChange(deck, { slide: 2, step: 0 }, { slide: 1, step: 0 }, 'full')).toMatchObject({
      transition: 'slide',
      direction: -1,
    });
    expect(showChange(deck, { slide: 1, step: 0 }, { slide: 2, step: 0 }, 'full')).toMatchObject({
      transition: 'fade',
    });
    // Slide 1 (index 0) has no transition; a jump over slides plays none.
    expect(showChange(deck, { slide: 1, step: 0 }, { slide: 0, step: 3 }, 'full')).toEqual({ kind: 'still' });
    expect(showChange(deck, { slide: 0, step: 0 }, { slide: 2, step: 0 }, 'full')).toEqual({ kind: 'still' });
  });

  it('plays nothing when the viewer asks for reduced motion', () => {
    expect(showChange(deck, { slide: 0, step: 0 }, { slide: 0, step: 1 }, 'reduced')).toEqual({
      kind: 'still',
    });
    expect(showChange(deck, { slide: 0, step: 3 }, { slide: 1, step: 0 }, 'reduced')).toEqual({
      kind: 'still',
    });
  });
});

describe('confettiBursts', () => {
  const deck = deckWith(revealSlide('fade'), newSlide());

  it('bursts on arriving at the answer by moving forward', () => {
    expect(confettiBursts(deck, { slide: 0, step: 2 }, { slide: 0, step: 3 }, 'full')).toBe(true);
  });

  it('does not burst going back to the answer, jumping to it, with reduced motion or with confetti off', () => {
    expect(confettiBursts(deck, { slide: 1, step: 0 }, { slide: 0, step: 3 }, 'full')).toBe(false);
    expect(confettiBursts(deck, { slide: 0, step: 0 }, { slide: 0, step: 3 }, 'full')).toBe(false);
    expect(confettiBursts(deck, { slide: 0, step: 2 }, { slide: 0, step: 3 }, 'reduced')).toBe(false);
    const slide = revealSlide('fade');
    const off = deckWith({ ...slide, reveal: { ...slide.reveal, confetti: false } });
    expect(confettiBursts(off, { slide: 0, step: 2 }, { slide: 0, step: 3 }, 'full')).toBe(false);
  });
});
