// The reveal's authoring commands: options, answer card, which photos are in the reveal, clues, notes, transitions.
import { describe, expect, it } from 'vitest';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import { commands } from '../../../src/store/commands';
import {
  actUndoRedo,
  expectNoChange,
  item1,
  item2,
  landscapeId,
  portraitId,
  slideA,
  slideB,
  slideOf,
  testDeck,
  testStore,
} from './storeTestKit';

const on = () => commands.setQuizReveal.apply(testDeck(), { slideId: slideA, on: true });

describe('setRevealOptions', () => {
  it('sets the style, the counter and confetti, each alone', () => {
    actUndoRedo(
      commands.setRevealOptions,
      { slideId: slideA, style: 'spotlight' },
      (after) =>
        expect(slideOf(after).reveal).toMatchObject({
          style: 'spotlight',
          showCounter: true,
          confetti: true,
        }),
      on(),
    );
    actUndoRedo(
      commands.setRevealOptions,
      { slideId: slideA, showCounter: false, confetti: false },
      (after) =>
        expect(slideOf(after).reveal).toMatchObject({ style: 'appear', showCounter: false, confetti: false }),
      on(),
    );
  });

  it('changes nothing on a slide without a reveal, or for a style it does not know', () => {
    expectNoChange(commands.setRevealOptions, { slideId: slideA, style: 'fade' });
    expectNoChange(
      commands.setRevealOptions,
      // A style from outside the app (e.g. a message) is ignored rather than making the deck invalid.
      { slideId: slideA, style: 'wobble' as 'fade' },
      on(),
    );
  });
});

describe('setRevealAnswer', () => {
  it('sets the subtitle and removes it when emptied', () => {
    const withSubtitle = commands.setRevealAnswer.apply(on(), { slideId: slideA, subtitle: 'Since 2015' });
    expect(slideOf(withSubtitle).reveal!.answer).toEqual({ title: '', subtitle: 'Since 2015' });
    actUndoRedo(
      commands.setRevealAnswer,
      { slideId: slideA, subtitle: '' },
      (after) => expect(slideOf(after).reveal!.answer).toEqual({ title: '' }),
      withSubtitle,
    );
  });

  it('highlights only photos of the slide, each once, and removes the list when empty', () => {
    const ghost = 'f'.repeat(64) as PhotoId;
    actUndoRedo(
      commands.setRevealAnswer,
      { slideId: slideA, photoIds: [portraitId, ghost, portraitId] },
      (after) => expect(slideOf(after).reveal!.answer.photoIds).toEqual([portraitId]),
      on(),
    );
    const highlighted = commands.setRevealAnswer.apply(on(), { slideId: slideA, photoIds: [landscapeId] });
    const cleared = commands.setRevealAnswer.apply(highlighted, { slideId: slideA, photoIds: [] });
    expect(slideOf(cleared).reveal!.answer).not.toHaveProperty('photoIds');
  });

  it('typing the title and then the subtitle are two undo steps', () => {
    const { store } = testStore(on());
    const s = () => store.getState();
    s().dispatch(commands.setRevealAnswer, { slideId: slideA, title: 'A' });
    s().dispatch(commands.setRevealAnswer, { slideId: slideA, title: 'An' });
    s().dispatch(commands.setRevealAnswer, { slideId: slideA, subtitle: 'S' });
    s().undo();
    expect(slideOf(s().deck).reveal!.answer).toEqual({ title: 'An' });
    s().undo();
    expect(slideOf(s().deck).reveal!.answer).toEqual({ title: '' });
  });
});

describe('setRevealIncluded', () => {
  it('leaves a photo out of the reveal and takes it back in as the last step', () => {
    const out = commands.setRevealIncluded.apply(on(), { slideId: slideA, itemId: item1, included: false });
    expect(slideOf(out).reveal!.order).toEqual([item2]);
    actUndoRedo(
      commands.setRevealIncluded,
      { slideId: slideA, itemId: item1, included: true },
      (after) => expect(slideOf(after).reveal!.order).toEqual([item2, item1]),
      out,
    );
  });

  it('changes nothing for an item already so, an unknown item, or a slide without a reveal', () => {
    expectNoChange(commands.setRevealIncluded, { slideId: slideA, itemId: item1, included: true }, on());
    expectNoChange(
      commands.setRevealIncluded,
      { slideId: slideA, itemId: 'ghost' as ItemId, included: true },
      on(),
    );
    expectNoChange(commands.setRevealIncluded, { slideId: slideA, itemId: item1, included: false });
  });
});

describe('setPhotoClue', () => {
  it('sets a clue on a photo and removes it when emptied', () => {
    const clued = commands.setPhotoClue.apply(testDeck(), {
      slideId: slideA,
      itemId: item1,
      clue: 'Lisbon, 2016',
    });
    expect(slideOf(clued).items[0]).toMatchObject({ clue: 'Lisbon, 2016' });
    actUndoRedo(
      commands.setPhotoClue,
      { slideId: slideA, itemId: item1, clue: '' },
      (after) => expect(slideOf(after).items[0]).not.toHaveProperty('clue'),
      clued,
    );
    expect(
      (
        slideOf(
          commands.setPhotoClue.apply(testDeck(), { slideId: slideA, itemId: item1, clue: 'x'.repeat(900) }),
        ).items[0] as { clue: string }
      ).clue,
    ).toHaveLength(500);
  });
});

describe('setSlideNotes and setSlideTransition', () => {
  it('set the speaker notes; typing is one undo step', () => {
    actUndoRedo(commands.setSlideNotes, { slideId: slideB, notes: 'Thank the volunteers.' }, (after) =>
      expect(slideOf(after, slideB).notes).toBe('Thank the volunteers.'),
    );
    const { store } = testStore();
    const s = () => store.getState();
    s().dispatch(commands.setSlideNotes, { slideId: slideA, notes: 'T' });
    s().dispatch(commands.setSlideNotes, { slideId: slideA, notes: 'Th' });
    s().undo();
    expect(slideOf(s().deck).notes).toBe('');
  });

  it('set the transition onto a slide, ignoring unknown ones', () => {
    actUndoRedo(commands.setSlideTransition, { slideId: slideA, transition: 'slide' }, (after) =>
      expect(slideOf(after).transition).toBe('slide'),
    );
    expectNoChange(commands.setSlideTransition, { slideId: slideA, transition: 'spin' as 'fade' });
  });
});
