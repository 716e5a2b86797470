// New slide takes the selected photos, or with none selected the library's photos no slide shows yet, nine at a time.
import { describe, expect, it } from 'vitest';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import type { PhotoId, SlideId } from '../../../src/model/ids';
import { newDeck } from '../../../src/model/newDeck';
import { MAX_NEW_SLIDE_PHOTOS, newSlidePhotoIds } from '../../../src/model/newSlidePhotos';
import { commands } from '../../../src/store/commands';

const id = (n: number) => n.toString(16).padStart(64, '0') as PhotoId;

function deckWith(count: number): Deck {
  const photos = Array.from({ length: count }, (_, i): PhotoMeta => ({
    id: id(i + 1),
    fileName: `IMG_${i + 1}.jpg`,
    mimeType: 'image/jpeg',
    width: 4000,
    height: 3000,
    bytes: 1000,
  }));
  return {
    ...newDeck(new Date('2025-01-01T00:00:00Z')),
    photos: Object.fromEntries(photos.map((p) => [p.id, p])),
  };
}

describe('newSlidePhotoIds', () => {
  it('takes the selected photos, in the order selected', () => {
    const deck = deckWith(3);
    expect(newSlidePhotoIds(deck, [id(1), id(2), id(3)], [id(3), id(1)])).toEqual([id(3), id(1)]);
  });

  it('with none selected takes the photos no slide shows yet, in the library’s order', () => {
    const deck = commands.addSlide.apply(deckWith(4), { photoIds: [id(2)], slideId: 's1' as SlideId });
    expect(newSlidePhotoIds(deck, [id(4), id(3), id(2), id(1)], [])).toEqual([id(4), id(3), id(1)]);
  });

  it('takes at most a slide’s worth, so pressing New slide again takes the next ones', () => {
    let deck = deckWith(20);
    const order = Object.keys(deck.photos) as PhotoId[];
    const taken: PhotoId[][] = [];
    for (let press = 0; press < 4; press++) {
      const photoIds = newSlidePhotoIds(deck, order, []);
      taken.push(photoIds);
      deck = commands.addSlide.apply(deck, { photoIds });
    }
    expect(taken.map((ids) => ids.length)).toEqual([MAX_NEW_SLIDE_PHOTOS, MAX_NEW_SLIDE_PHOTOS, 2, 0]);
    expect(taken.flat()).toEqual(order);
    // The last press found nothing left: an empty slide, which the canvas explains.
    expect(deck.slides.at(-1)!.items).toEqual([]);
  });

  it('gives nothing for a deck without photos', () => {
    expect(newSlidePhotoIds(deckWith(0), [], [])).toEqual([]);
  });
});
