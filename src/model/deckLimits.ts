// How big a deck may grow: far past any tribute (200 phone photos, a few dozen slides), small enough that a
// deck at the limit still opens, saves and draws in a plain laptop's tab. A document past them (a crafted
// bundle of 500,000 slides) is refused before it is validated, saved or drawn.
import { LIMITS } from './limits';

/** The counts a deck may not pass: the same numbers the schema holds (src/model/limits.ts). */
export const DECK_LIMITS = {
  slides: LIMITS.slides,
  itemsPerSlide: LIMITS.itemsPerSlide,
  photos: LIMITS.photos,
} as const;

/** What a deck-shaped value holds, counted without trusting anything else about it. */
type Counts = { slides: number; mostItems: number; photos: number };

/**
 * Why this deck (a stored or received document, or the deck an edit would make) is too large, as words that
 * follow "because": null when it is within the limits.
 */
export function deckTooLarge(deck: unknown): string | null {
  const counts = countsOf(deck);
  return counts === null ? null : tooLargeReason(counts);
}

function tooLargeReason({ slides, mostItems, photos }: Counts): string | null {
  if (slides > DECK_LIMITS.slides)
    return `it has ${count(slides)} slides (at most ${count(DECK_LIMITS.slides)})`;
  if (mostItems > DECK_LIMITS.itemsPerSlide) {
    return `a slide holds ${count(mostItems)} photos and texts (at most ${count(DECK_LIMITS.itemsPerSlide)})`;
  }
  if (photos > DECK_LIMITS.photos)
    return `it has ${count(photos)} photos (at most ${count(DECK_LIMITS.photos)})`;
  return null;
}

/** The counts of a deck in the model's shape; also reads a raw document, where any part may be missing. */
function countsOf(deck: unknown): Counts | null {
  if (typeof deck !== 'object' || deck === null) return null;
  const { slides, photos } = deck as { slides?: unknown; photos?: unknown };
  const slideList = Array.isArray(slides) ? (slides as unknown[]) : [];
  let mostItems = 0;
  // Only the first slides past the limit are looked at: the count alone already refuses the rest.
  for (const slide of slideList.slice(0, DECK_LIMITS.slides + 1)) {
    const items =
      typeof slide === 'object' && slide !== null ? (slide as { items?: unknown }).items : undefined;
    if (Array.isArray(items)) mostItems = Math.max(mostItems, items.length);
  }
  const photoCount =
    typeof photos === 'object' && photos !== null && !Array.isArray(photos) ? Object.keys(photos).length : 0;
  return { slides: slideList.length, mostItems, photos: photoCount };
}

function count(n: number): string {
  return n.toLocaleString('en-GB');
}
