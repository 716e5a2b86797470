// Which photos the player loads, in the order it needs them: the slide on screen first, then the slides a
// step forward or back may show.
import type { Deck, PhotoMeta } from '../model/deck';
import type { PhotoUrlRequest } from '../slide/usePhotoImages';

type PhotoUrl = (photo: PhotoMeta) => string | undefined;

/** The photos one slide shows, in its items' order. */
export function slidePhotos(deck: Deck, slideIndex: number, photoUrl: PhotoUrl): PhotoUrlRequest[] {
  const requests: PhotoUrlRequest[] = [];
  for (const item of deck.slides[slideIndex]?.items ?? []) {
    const photo = item.kind === 'photo' ? deck.photos[item.photoId] : undefined;
    const url = photo ? photoUrl(photo) : undefined;
    if (photo && url) requests.push({ id: photo.id, url });
  }
  return requests;
}

/**
 * The photos of the current slide, then of the next, then of the previous: what the next or previous step
 * may draw, each photo once. The order is the order they load in, so the slide on screen is drawn first.
 */
export function photosAround(deck: Deck, slideIndex: number, photoUrl: PhotoUrl): PhotoUrlRequest[] {
  const requests = new Map<string, PhotoUrlRequest>();
  for (const index of [slideIndex, slideIndex + 1, slideIndex - 1]) {
    for (const request of slidePhotos(deck, index, photoUrl))
      if (!requests.has(request.id)) requests.set(request.id, request);
  }
  return [...requests.values()];
}
