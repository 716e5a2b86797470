// Looking up a slide or item in a deck draft by id, shared by the commands.
import type { Draft } from 'immer';
import type { Deck, Item, Slide } from '../../model/deck';
import type { ItemId, SlideId } from '../../model/ids';
import { LIMITS } from '../../model/limits';

export function findSlide(draft: Draft<Deck>, slideId: SlideId): Draft<Slide> | undefined {
  return draft.slides.find((slide) => slide.id === slideId);
}

export function findItem(draft: Draft<Deck>, slideId: SlideId, itemId: ItemId): Draft<Item> | undefined {
  return findSlide(draft, slideId)?.items.find((item) => item.id === itemId);
}

/** The schema's limit for short texts (titles, question, answer); longer text would not load again. */
export const MAX_SHORT_TEXT = LIMITS.shortText;
