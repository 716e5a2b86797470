// buildTribute adds the whole tribute from the deck's photos as one undo step of ordinary slides.
import { describe, expect, it } from 'vitest';
import type { Deck, PhotoItem } from '../../../src/model/deck';
import { newDeck } from '../../../src/model/newDeck';
import { parseDeck } from '../../../src/model/parseDeck';
import { commands } from '../../../src/store/commands';
import {
  actUndoRedo,
  expectNoChange,
  landscape,
  portrait,
  slideA,
  square,
  START,
  testStore,
} from './storeTestKit';

const texts = { names: 'Ana and Rui', answer: '10 years of Ana and Rui!' };

/** A new deck holding three photos and no slides, as the tribute wizard leaves it after the import. */
function photosOnly(): Deck {
  return {
    ...newDeck(new Date(START), 'Photo quiz'),
    photos: {
      [landscape.id]: { ...landscape, takenAt: '2019-07-14T15:30:05' },
      [portrait.id]: portrait,
      [square.id]: { ...square, takenAt: '2015-01-02T08:00:00' },
    },
  };
}

describe('buildTribute', () => {
  it('adds quiz and closing slides in one undo step; undo gives back the deck with no slides', () => {
    actUndoRedo(
      commands.buildTribute,
      texts,
      (after, before) => {
        expect(before.slides).toEqual([]);
        expect(after.slides).toHaveLength(2);
        const [quiz, closing] = after.slides;
        const quizPhotos = quiz!.items.filter((item): item is PhotoItem => item.kind === 'photo');
        expect(quizPhotos.map((item) => item.photoId)).toEqual([square.id, landscape.id, portrait.id]);
        expect(quiz!.reveal?.answer.title).toBe('10 years of Ana and Rui!');
        expect(closing!.items.filter((item) => item.kind === 'photo')).toHaveLength(3);
        expect(closing!.items.map((item) => item.kind === 'text' && item.text)).toContain('Ana and Rui');
        expect(parseDeck(structuredClone(after)).ok).toBe(true);
      },
      photosOnly(),
      { makesIds: true },
    );
  });

  it('is undone in one step even on a deck that already has slides, which it leaves as they were', () => {
    const { store } = testStore();
    const before = store.getState().deck;
    expect(store.getState().dispatch(commands.buildTribute, texts)).toBe(true);
    const after = store.getState().deck;
    expect(after.slides.slice(0, before.slides.length)).toEqual(before.slides);
    expect(after.slides[0]?.id).toBe(slideA);
    expect(after.slides).toHaveLength(before.slides.length + 2);
    store.getState().undo();
    expect({ ...store.getState().deck, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
    expect(store.getState().canUndo).toBe(false);
  });

  it('changes nothing without names', () => {
    expectNoChange(commands.buildTribute, { ...texts, names: '  ' }, photosOnly());
  });
});
