// Texts in the reveal, a quiz continued on the next slide, and the reveal's pace: each command undoes whole.
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../../src/model/deck';
import type { ItemId } from '../../../src/model/ids';
import { commands } from '../../../src/store/commands';
import { actUndoRedo, expectNoChange, item1, slideA, slideOf, testDeck } from './storeTestKit';

const textId = 'caption1' as ItemId;
const quizOn = () => commands.setQuizReveal.apply(testDeck(), { slideId: slideA, on: true });
const withText = () => commands.addText.apply(quizOn(), { slideId: slideA, itemId: textId });
const textOf = (deck: ReturnType<typeof testDeck>) =>
  slideOf(deck).items.find((item): item is TextItem => item.id === textId);

describe('addText and the reveal', () => {
  it('a text added while a quiz is on waits for the answer; one added without a quiz shows from the start', () => {
    expect(textOf(withText())?.appears).toBe('answer');
    const plain = commands.addText.apply(testDeck(), { slideId: slideA, itemId: textId });
    expect(textOf(plain)?.appears).toBe('start');
  });
});

describe('setTextAppears', () => {
  it('sets from the start, with the answer, or with a photo of the slide', () => {
    actUndoRedo(
      commands.setTextAppears,
      { slideId: slideA, itemId: textId, appears: 'start' },
      (after) => expect(textOf(after)?.appears).toBe('start'),
      withText(),
    );
    actUndoRedo(
      commands.setTextAppears,
      { slideId: slideA, itemId: textId, appears: { withItem: item1 } },
      (after) => expect(textOf(after)?.appears).toEqual({ withItem: item1 }),
      withText(),
    );
  });

  it('refuses a photo the slide does not have, a photo item, or a missing text', () => {
    expectNoChange(
      commands.setTextAppears,
      { slideId: slideA, itemId: textId, appears: { withItem: 'nope' as ItemId } },
      withText(),
    );
    expectNoChange(
      commands.setTextAppears,
      { slideId: slideA, itemId: item1, appears: 'answer' },
      withText(),
    );
    expectNoChange(commands.setTextAppears, { slideId: slideA, itemId: 'x' as ItemId, appears: 'start' });
  });
});

describe('setRevealOptions: continues', () => {
  it('turns the continuation on and off', () => {
    actUndoRedo(
      commands.setRevealOptions,
      { slideId: slideA, continues: true },
      (after) => expect(slideOf(after).reveal?.continues).toBe(true),
      quizOn(),
    );
  });
});

describe('setRevealPace', () => {
  it('sets the seconds a photo takes, kept within the schema', () => {
    actUndoRedo(
      commands.setRevealPace,
      { slideId: slideA, stepSeconds: 1.2 },
      (after) => expect(slideOf(after).reveal?.stepSeconds).toBe(1.2),
      quizOn(),
    );
    expect(
      slideOf(commands.setRevealPace.apply(quizOn(), { slideId: slideA, stepSeconds: 99 })).reveal
        ?.stepSeconds,
    ).toBe(5);
    expect(
      slideOf(commands.setRevealPace.apply(quizOn(), { slideId: slideA, stepSeconds: 0 })).reveal
        ?.stepSeconds,
    ).toBe(0.1);
  });

  it('ignores a slide without a quiz and a value that is not a number', () => {
    expectNoChange(commands.setRevealPace, { slideId: slideA, stepSeconds: 1 });
    expectNoChange(commands.setRevealPace, { slideId: slideA, stepSeconds: Number.NaN }, quizOn());
  });
});
