// Shared by the collage command tests: a slide with photos, a caption and a reveal, and act → undo → redo checks.
import { expect } from 'vitest';
import { deckSchema } from '../../../src/model/deck';
import type { Deck, PhotoItem, TextItem } from '../../../src/model/deck';
import type { ItemId, SlideId } from '../../../src/model/ids';
import { newPhotoItem, newReveal } from '../../../src/model/newDeck';
import type { Command } from '../../../src/store/command';
import { landscapeId, portraitId, slideA, square, squareId, testDeck, testStore } from './storeTestDeck';

export const captionId = 'caption' as ItemId;
export const item3 = 'item3' as ItemId;

/** Slide A: a caption between three photos (landscape, portrait, square) and a reveal of two of them. */
export function collageDeck(): Deck {
  const deck = testDeck();
  const [slide, ...rest] = deck.slides;
  const caption: TextItem = {
    kind: 'text',
    id: captionId,
    text: 'Ten years',
    x: 100,
    y: 900,
    width: 600,
    fontSize: 48,
    color: '#ffffff',
    align: 'left',
    font: 'sans',
    bold: false,
  };
  const [first, second] = slide!.items;
  return {
    ...deck,
    photos: { ...deck.photos, [squareId]: square },
    slides: [
      {
        ...slide!,
        items: [
          first!,
          caption,
          second!,
          newPhotoItem(squareId, { x: 10, y: 10, width: 100, height: 100 }, item3),
        ],
        reveal: newReveal([item3, first!.id]),
      },
      ...rest,
    ],
  };
}

export const photoIds = [landscapeId, portraitId, squareId];

export function slideOf(deck: Deck, id: SlideId = slideA) {
  const slide = deck.slides.find((s) => s.id === id);
  if (!slide) throw new Error(`no slide ${id}`);
  return slide;
}

export function photoItemsOf(deck: Deck, id: SlideId = slideA): PhotoItem[] {
  return slideOf(deck, id).items.filter((i): i is PhotoItem => i.kind === 'photo');
}

/**
 * Dispatches the command, checks the result, then checks that undo restores the deck exactly
 * (apart from updatedAt) and redo brings the result back. Returns the deck after the command.
 */
export function actUndoRedo<Args>(
  command: Command<Args>,
  args: Args,
  check: (after: Deck, before: Deck) => void,
  start: Deck = collageDeck(),
): Deck {
  const { store } = testStore(start);
  const before = store.getState().deck;
  expect(store.getState().dispatch(command, args)).toBe(true);
  const after = store.getState().deck;
  check(after, before);
  expect(deckSchema.safeParse(after).success).toBe(true);
  expect({ ...command.apply(before, args), updatedAt: '' }).toEqual({ ...after, updatedAt: '' });
  expect(before).toEqual(start);

  store.getState().undo();
  expect({ ...store.getState().deck, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
  expect(store.getState()).toMatchObject({ canUndo: false, canRedo: true });

  store.getState().redo();
  expect({ ...store.getState().deck, updatedAt: '' }).toEqual({ ...after, updatedAt: '' });
  expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false });
  return after;
}

export function expectNoChange<Args>(command: Command<Args>, args: Args, start: Deck = collageDeck()): void {
  const { store } = testStore(start);
  expect(store.getState().dispatch(command, args)).toBe(false);
  expect(store.getState().deck).toBe(start);
}
