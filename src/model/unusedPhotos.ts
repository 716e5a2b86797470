// The library's photos that no slide shows: what "Remove unused photos" takes out to make room.
import type { Deck } from './deck';
import type { PhotoId } from './ids';

export function unusedPhotoIds(deck: Deck): PhotoId[] {
  const shown = new Set<PhotoId>();
  for (const slide of deck.slides) {
    for (const item of slide.items) if (item.kind === 'photo') shown.add(item.photoId);
  }
  return (Object.keys(deck.photos) as PhotoId[]).filter((id) => !shown.has(id));
}
