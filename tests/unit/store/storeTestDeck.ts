// A small deck and a fixed clock for the store tests.
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import type { ItemId, PhotoId, SlideId } from '../../../src/model/ids';
import { newDeck, newPhotoItem, newSlide } from '../../../src/model/newDeck';
import { createDeckStore } from '../../../src/store/deckStore';
import type { DeckStore } from '../../../src/store/deckStore';

export const landscapeId = '1'.repeat(64) as PhotoId;
export const portraitId = '2'.repeat(64) as PhotoId;
export const squareId = '3'.repeat(64) as PhotoId;

export const landscape: PhotoMeta = {
  id: landscapeId,
  fileName: 'landscape.jpg',
  mimeType: 'image/jpeg',
  width: 4000,
  height: 3000,
  bytes: 1000,
};
export const portrait: PhotoMeta = {
  id: portraitId,
  fileName: 'portrait.heic',
  mimeType: 'image/heic',
  width: 3000,
  height: 4000,
  bytes: 2000,
  focus: { x: 0.3, y: 0.2 },
};
export const square: PhotoMeta = {
  id: squareId,
  fileName: 'square.png',
  mimeType: 'image/png',
  width: 1000,
  height: 1000,
  bytes: 3000,
};

export const slideA = 'slideA' as SlideId;
export const slideB = 'slideB' as SlideId;
export const item1 = 'item1' as ItemId;
export const item2 = 'item2' as ItemId;

export const START = '2025-01-01T00:00:00.000Z';

/** Two photos in the library; slide A holds both as items, slide B is empty. */
export function testDeck(): Deck {
  const deck = newDeck(new Date(START), 'Test deck');
  return {
    ...deck,
    photos: { [landscapeId]: landscape, [portraitId]: portrait },
    slides: [
      {
        ...newSlide(slideA),
        items: [
          newPhotoItem(landscapeId, { x: 24, y: 24, width: 924, height: 1032 }, item1),
          newPhotoItem(portraitId, { x: 972, y: 24, width: 924, height: 1032 }, item2),
        ],
      },
      newSlide(slideB),
    ],
  };
}

/** A store over `deck` whose clock ticks one second per reading, so each change has its own time. */
export function testStore(deck: Deck = testDeck()): { store: DeckStore; times: string[] } {
  let tick = 0;
  const times: string[] = [];
  const store = createDeckStore(deck, {
    now: () => {
      const time = new Date(Date.parse(START) + ++tick * 1000);
      times.push(time.toISOString());
      return time;
    },
  });
  return { store, times };
}
