// What the inspector calls a photo of a slide: its alt text, or its file name when it has none.
import type { Deck, Item } from '../../model/deck';

export function photoName(deck: Deck, item: Item): string {
  if (item.kind === 'text') return item.text.trim() || 'Text';
  const photo = deck.photos[item.photoId];
  if (!photo) return 'Photo';
  return photo.alt?.trim() || photo.fileName;
}
