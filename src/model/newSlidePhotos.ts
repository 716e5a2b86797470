// Which photos New slide takes: the selected ones, or with none selected the next photos of the library no slide shows yet.
import type { Deck } from './deck';
import type { PhotoId } from './ids';
import { MAX_QUIZ_PHOTOS } from './tributeSlides';
import { unusedPhotoIds } from './unusedPhotos';

/** At most this many unused photos go on one new slide (as many as a quiz slide holds); the next press takes the next. */
export const MAX_NEW_SLIDE_PHOTOS = MAX_QUIZ_PHOTOS;

/**
 * The photos for a new slide, in the order the library shows them (`libraryOrder`). A person pressing New slide
 * with nothing selected expects their photos on it, as Keynote's and Canva's photo layouts take them, not a blank
 * slide: so it takes the photos no slide shows yet. None left (or no photos at all) makes an empty slide.
 */
export function newSlidePhotoIds(
  deck: Deck,
  libraryOrder: readonly PhotoId[],
  selected: readonly PhotoId[],
): PhotoId[] {
  if (selected.length > 0) return [...selected];
  const unused = new Set(unusedPhotoIds(deck));
  return libraryOrder.filter((id) => unused.has(id)).slice(0, MAX_NEW_SLIDE_PHOTOS);
}
