// The photos "Remove unused photos" takes out: those in the library that no slide shows.
import { describe, expect, it } from 'vitest';
import { unusedPhotoIds } from '../../../src/model/unusedPhotos';
import { collageDeck, landscapeId, portraitId, square, squareId, testDeck } from '../store/storeTestKit';

describe('unusedPhotoIds', () => {
  it('lists the library photos on no slide, in library order', () => {
    const deck = testDeck();
    expect(unusedPhotoIds(deck)).toEqual([]);
    expect(unusedPhotoIds({ ...deck, photos: { ...deck.photos, [squareId]: square } })).toEqual([squareId]);
    const bare = { ...deck, slides: deck.slides.map((slide) => ({ ...slide, items: [] })) };
    expect(unusedPhotoIds(bare)).toEqual([landscapeId, portraitId]);
  });

  it('counts a photo shown on any slide as used, whatever else is on it', () => {
    expect(unusedPhotoIds(collageDeck())).toEqual([]);
  });
});
