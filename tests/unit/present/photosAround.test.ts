// The order the player loads photos in: the slide on screen first, then the next slide, then the previous one.
import { describe, expect, it } from 'vitest';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import { newDeck, newPhotoItem, newSlide } from '../../../src/model/newDeck';
import { photosAround, slidePhotos } from '../../../src/present/photosAround';

const photoMeta = (digit: string): PhotoMeta => ({
  id: digit.repeat(64) as PhotoId,
  fileName: `photo-${digit}.jpg`,
  mimeType: 'image/jpeg',
  width: 10,
  height: 10,
  bytes: 1000,
});
const photos = ['1', '2', '3', '4', '5'].map(photoMeta);
const [a, b, c, d, e] = photos as [PhotoMeta, PhotoMeta, PhotoMeta, PhotoMeta, PhotoMeta];
const url = (photo: PhotoMeta) => `media/${photo.id}.jpg`;

/** Slides: [a], [b, c], [d, b], [e]. */
function deck(): Deck {
  const slide = (...shown: PhotoMeta[]) => ({
    ...newSlide(),
    items: shown.map((photo, i) =>
      newPhotoItem(photo.id, { x: i * 100, y: 0, width: 90, height: 90 }, `item-${photo.id}-${i}` as ItemId),
    ),
  });
  return {
    ...newDeck(new Date('2026-01-01T00:00:00Z'), 'Test deck'),
    photos: Object.fromEntries(photos.map((photo) => [photo.id, photo])),
    slides: [slide(a), slide(b, c), slide(d, b), slide(e)],
  };
}

const ids = (requests: readonly { id: string }[]) => requests.map((request) => request.id);

describe('photosAround', () => {
  it('lists the current slide first, then the next, then the previous, each photo once', () => {
    expect(ids(photosAround(deck(), 2, url))).toEqual([d.id, b.id, e.id, c.id]);
    expect(ids(photosAround(deck(), 0, url))).toEqual([a.id, b.id, c.id]);
    expect(ids(photosAround(deck(), 3, url))).toEqual([e.id, d.id, b.id]);
  });

  it('leaves out photos without a URL', () => {
    expect(ids(slidePhotos(deck(), 1, (photo) => (photo === c ? undefined : url(photo))))).toEqual([b.id]);
  });
});
