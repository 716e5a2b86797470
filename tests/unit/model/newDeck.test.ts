// The factories make parts that the schema accepts, with the documented defaults.
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  deckSchema,
  photoItemSchema,
  revealSchema,
  slideSchema,
} from '../../../src/model/deck';
import type { ItemId, PhotoId } from '../../../src/model/ids';
import { DEFAULT_QUESTION, newDeck, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';

const photoId = 'a'.repeat(64) as PhotoId;

describe('newDeck', () => {
  it('starts an empty 1920x1080 deck of the current schema, stamped with the given time', () => {
    const deck = newDeck(new Date('2025-05-01T10:00:00.000Z'));
    expect(deckSchema.parse(deck)).toEqual(deck);
    expect(deck).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      title: 'Untitled deck',
      createdAt: '2025-05-01T10:00:00.000Z',
      updatedAt: '2025-05-01T10:00:00.000Z',
      size: { width: 1920, height: 1080 },
      theme: { background: '#101418', textColor: '#ffffff', accentColor: '#f5b700' },
      photos: {},
      slides: [],
    });
    expect(deck.theme.fontFamily).toContain('system-ui');
  });

  it('takes a title and gives each deck its own id', () => {
    const a = newDeck(new Date(), 'Meetup');
    const b = newDeck(new Date(), 'Meetup');
    expect(a.title).toBe('Meetup');
    expect(a.id).not.toBe(b.id);
  });
});

describe('newSlide, newPhotoItem, newReveal', () => {
  it('make valid parts with the documented defaults', () => {
    const slide = newSlide();
    expect(slideSchema.parse(slide)).toEqual(slide);
    expect(slide).toMatchObject({
      notes: '',
      layout: { kind: 'grid', gutter: 24, cornerRadius: 0, borderWidth: 0, borderColor: '#ffffff' },
      items: [],
      reveal: null,
    });
    expect(slide.transition).toBe('none');

    const item = newPhotoItem(photoId, { x: 10, y: 20, width: 300, height: 200 });
    expect(photoItemSchema.parse(item)).toEqual(item);
    expect(item).toMatchObject({
      kind: 'photo',
      photoId,
      x: 10,
      y: 20,
      width: 300,
      height: 200,
      rotation: 0,
      crop: { x: 0.5, y: 0.5, scale: 1 },
      cornerRadius: 0,
      borderWidth: 0,
      borderColor: '#ffffff',
    });

    const order = ['one', 'two'] as ItemId[];
    const reveal = newReveal(order);
    expect(revealSchema.parse(reveal)).toEqual(reveal);
    expect(reveal).toEqual({
      question: DEFAULT_QUESTION,
      order: ['one', 'two'],
      style: 'appear',
      answer: { title: '' },
      showCounter: true,
      confetti: true,
      continues: false,
      stepSeconds: 0.6,
    });
    expect(reveal.order).not.toBe(order);
  });
});
