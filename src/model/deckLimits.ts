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

/** A count of the deck past its limit: which part, how many it has, and the most it may have. */
export type DeckOverLimit = {
  readonly part: 'slides' | 'items' | 'photos';
  readonly count: number;
  readonly limit: number;
};

/**
 * What of this deck (a stored or received document, or the deck an edit would make) is past its limits, as
 * data (src/words/deckWords.ts says it in words); null when it is within them.
 */
export function deckOverLimit(deck: unknown): DeckOverLimit | null {
  const counts = countsOf(deck);
  if (counts === null) return null;
  const { slides, mostItems, photos } = counts;
  if (slides > DECK_LIMITS.slides) return { part: 'slides', count: slides, limit: DECK_LIMITS.slides };
  if (mostItems > DECK_LIMITS.itemsPerSlide) {
    return { part: 'items', count: mostItems, limit: DECK_LIMITS.itemsPerSlide };
  }
  if (photos > DECK_LIMITS.photos) return { part: 'photos', count: photos, limit: DECK_LIMITS.photos };
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
