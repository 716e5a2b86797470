// A photo's id is the SHA-256 of its stored bytes: when a received photo is cleaned (its location removed), it
// gets a new id, and every place the deck names it must follow.
import type { Deck, PhotoMeta } from './deck';
import type { PhotoId } from './ids';

/**
 * The deck with each photo in `photos` (keyed by the id the deck knew it by) in place of its old entry, and
 * every slide item and answer naming the new id. Two photos that became the same bytes become one photo.
 */
export function renamePhotos(deck: Deck, photos: ReadonlyMap<PhotoId, PhotoMeta>): Deck {
  const renamed = (id: PhotoId): PhotoId => photos.get(id)?.id ?? id;
  const library: Record<PhotoId, PhotoMeta> = {};
  for (const [id, meta] of Object.entries(deck.photos) as [PhotoId, PhotoMeta][]) {
    const now = photos.get(id) ?? meta;
    library[now.id] = now;
  }
  return {
    ...deck,
    photos: library,
    slides: deck.slides.map((slide) => ({
      ...slide,
      items: slide.items.map((item) =>
        item.kind === 'photo' ? { ...item, photoId: renamed(item.photoId) } : item,
      ),
      reveal:
        slide.reveal?.answer.photoIds === undefined
          ? slide.reveal
          : {
              ...slide.reveal,
              answer: {
                ...slide.reveal.answer,
                photoIds: [...new Set(slide.reveal.answer.photoIds.map(renamed))],
              },
            },
    })),
  };
}
