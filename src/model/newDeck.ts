// Factories for fresh deck parts with the app's defaults, so every new thing starts valid.
import { CURRENT_SCHEMA_VERSION } from './deck';
import type { Deck, PhotoItem, Reveal, Slide } from './deck';
import type { Rect } from './geometry';
import { newId } from './ids';
import { DEFAULT_THEME } from './themes';
import type { DeckId, ItemId, PhotoId, SlideId } from './ids';

export const DEFAULT_QUESTION = 'What do these photos have in common?';
/** What a new text says until it is edited; a slide still showing it is not ready to present. */
export const NEW_TEXT = 'Double-click to edit';
export const DEFAULT_GUTTER = 24;
/** How long a photo takes to come in: long enough for a room to see it arrive. */
export const DEFAULT_STEP_SECONDS = 0.6;

export function newDeck(now: Date, title = 'Untitled deck'): Deck {
  const time = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId<DeckId>(),
    title,
    createdAt: time,
    updatedAt: time,
    size: { width: 1920, height: 1080 },
    theme: { ...DEFAULT_THEME },
    photos: {},
    slides: [],
  };
}

export function newSlide(id: SlideId = newId<SlideId>()): Slide {
  return {
    id,
    notes: '',
    layout: { kind: 'grid', gutter: DEFAULT_GUTTER, cornerRadius: 0, borderWidth: 0, borderColor: '#ffffff' },
    items: [],
    reveal: null,
    transition: 'none',
  };
}

export function newPhotoItem(photoId: PhotoId, rect: Rect, id: ItemId = newId<ItemId>()): PhotoItem {
  return {
    kind: 'photo',
    id,
    photoId,
    x: rect.x,
    y: rect.y,
    width: rect.width,
    height: rect.height,
    rotation: 0,
    crop: { x: 0.5, y: 0.5, scale: 1 },
    cornerRadius: 0,
    borderWidth: 0,
    borderColor: '#ffffff',
  };
}

export function newReveal(order: ItemId[]): Reveal {
  return {
    question: DEFAULT_QUESTION,
    order: [...order],
    style: 'appear',
    answer: { title: '' },
    showCounter: true,
    confetti: true,
    continues: false,
    stepSeconds: DEFAULT_STEP_SECONDS,
  };
}
