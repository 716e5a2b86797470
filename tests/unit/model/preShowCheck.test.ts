// "Check before presenting": each kind of problem is found on its slide, and a good deck has none.
import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../src/model/deck';
import type { ItemId, SlideId } from '../../../src/model/ids';
import { newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import { checkDeck } from '../../../src/model/preShowCheck';
import { bigId, context, goodDeck, kinds, smallId, text, withSlide } from './preShowKit';

describe('checkDeck', () => {
  it('finds nothing on a deck that is ready', () => {
    expect(checkDeck(goodDeck(), context())).toEqual([]);
  });

  it('names a photo whose image is not stored', () => {
    const deck = goodDeck();
    const problems = checkDeck(deck, context({ missingPhotoIds: new Set([bigId]) }));
    expect(kinds(problems)).toEqual([
      [0, 'missingPhoto', 'p1'],
      [0, 'missingPhoto', 'p2'],
    ]);
    expect(problems[0]).toMatchObject({ slideId: 'quiz', severity: 'problem' });
    expect(problems[0]?.message).toContain('IMG_1.jpg is missing');
  });

  it('says photos are still being added while an import runs, instead of calling them missing', () => {
    const problems = checkDeck(goodDeck(), context({ importing: true, missingPhotoIds: new Set([bigId]) }));
    expect(kinds(problems)).toEqual([
      [null, 'importing', undefined],
      [0, 'importing', 'p1'],
      [0, 'importing', 'p2'],
    ]);
    expect(problems[0]?.message).toBe('Photos are still being added. Check again when they are done.');
  });

  it('warns when a small photo fills much more of the screen than it has pixels', () => {
    const slide: Slide = {
      ...newSlide('soft' as SlideId),
      items: [newPhotoItem(smallId, { x: 110, y: 0, width: 1700, height: 1080 }, 'small' as ItemId)],
    };
    const problems = checkDeck(withSlide(goodDeck(), slide), context());
    expect(kinds(problems)).toEqual([[2, 'softPhoto', 'small']]);
    expect(problems[0]?.message).toBe(
      'IMG_12.jpg is 640 px wide but fills 1700 px on a 1920×1080 screen: it will look soft.',
    );
  });

  it('counts the crop: a zoomed-in crop shows fewer of the photo’s pixels', () => {
    const frame = { x: 0, y: 0, width: 500, height: 375 };
    const fits = { ...newSlide('fits' as SlideId), items: [newPhotoItem(smallId, frame, 'fits' as ItemId)] };
    expect(checkDeck(withSlide(goodDeck(), fits), context())).toEqual([]);
    const zoomed = newPhotoItem(smallId, frame, 'zoomed' as ItemId);
    const slide: Slide = {
      ...newSlide('zoom' as SlideId),
      items: [{ ...zoomed, crop: { x: 0.5, y: 0.5, scale: 2 } }],
    };
    const problems = checkDeck(withSlide(goodDeck(), slide), context());
    // Zoomed in twice, the frame also shows only a quarter of the photo.
    expect(kinds(problems)).toEqual([
      [2, 'softPhoto', 'zoomed'],
      [2, 'mostlyCropped', 'zoomed'],
    ]);
    expect(problems[0]?.message).toBe(
      'The part of IMG_12.jpg shown is 320 px wide but fills 500 px on a 1920×1080 screen: it will look soft.',
    );
  });

  it('measures on the screen, so a deck of another size is scaled to 1920×1080 first', () => {
    const slide: Slide = {
      ...newSlide('half' as SlideId),
      items: [newPhotoItem(smallId, { x: 0, y: 0, width: 500, height: 375 }, 'half' as ItemId)],
    };
    // On a 1920-unit deck, 500 units are 500 px: the 640-px photo is enough.
    expect(checkDeck(withSlide({ ...goodDeck(), slides: [] }, slide), context())).toEqual([]);
    // A 960-unit-wide deck shown on a 1920-px screen doubles everything: 500 units fill 1000 px.
    const half = { ...goodDeck(), size: { width: 960, height: 540 }, slides: [] };
    const problems = checkDeck(withSlide(half, slide), context());
    expect(kinds(problems)).toEqual([[0, 'softPhoto', 'half']]);
    expect(problems[0]?.message).toContain('fills 1000 px');
  });

  it('finds a reveal with no photos, and one whose photos are all left out', () => {
    const none: Slide = {
      ...newSlide('none' as SlideId),
      reveal: { ...newReveal([]), answer: { title: 'A' } },
    };
    const leftOut: Slide = {
      ...newSlide('out' as SlideId),
      items: [newPhotoItem(bigId, { x: 0, y: 0, width: 960, height: 540 }, 'p' as ItemId)],
      reveal: { ...newReveal([]), answer: { title: 'A' } },
    };
    const problems = checkDeck(withSlide(withSlide(goodDeck(), none), leftOut), context());
    expect(kinds(problems)).toEqual([
      [2, 'revealWithoutPhotos', undefined],
      [3, 'revealWithoutPhotos', undefined],
    ]);
    expect(problems[0]?.message).toContain('has no photos');
    expect(problems[1]?.message).toContain('every photo is left out');
  });

  it('finds an empty answer', () => {
    const deck = goodDeck();
    const quiz = deck.slides[0] as Slide;
    const blank: Slide = {
      ...quiz,
      reveal: { ...(quiz.reveal as NonNullable<Slide['reveal']>), answer: { title: '  ' } },
    };
    const problems = checkDeck({ ...deck, slides: [blank, ...deck.slides.slice(1)] }, context());
    expect(kinds(problems)).toEqual([[0, 'emptyAnswer', undefined]]);
  });

  it('finds a word wider than its text box', () => {
    const slide: Slide = {
      ...newSlide('word' as SlideId),
      items: [text('long', { text: 'Supercalifragilisticexpialidocious', width: 400 })],
    };
    const problems = checkDeck(withSlide(goodDeck(), slide), context());
    expect(kinds(problems)).toEqual([[2, 'textTooWide', 'long']]);
    expect(problems[0]?.message).toContain('“Supercalifragilisticexpialidocious” is wider than its text box');
  });

  it('finds text that runs off the bottom or the right of the slide, or starts before it', () => {
    const slide: Slide = {
      ...newSlide('off' as SlideId),
      items: [
        // Three lines of 64 at y 1000 end at 1192, below the 1080 slide.
        text('low', { text: 'one two three', width: 200, y: 1000 }),
        // A right-aligned line ends at the box's right edge, past 1920.
        text('right', { x: 1500, width: 600, align: 'right' }),
        // A short line left-aligned in a wide box that sticks out stays on the slide.
        text('fine', { text: 'Hi', x: 1500, width: 600 }),
        text('above', { y: -80 }),
      ],
    };
    const problems = checkDeck(withSlide(goodDeck(), slide), context());
    expect(kinds(problems)).toEqual([
      [2, 'textOffSlide', 'low'],
      [2, 'textOffSlide', 'right'],
      [2, 'textOffSlide', 'above'],
    ]);
    expect(problems[0]?.message).toBe('The text “one two three” runs off the slide.');
  });

  it('notes an empty slide, gently', () => {
    const problems = checkDeck(withSlide(goodDeck(), newSlide('empty' as SlideId)), context());
    expect(problems).toEqual([
      {
        slideIndex: 2,
        slideId: 'empty',
        kind: 'emptySlide',
        severity: 'warning',
        message: 'This slide is empty.',
      },
    ]);
  });

  it('lists problems in slide order', () => {
    const deck = goodDeck();
    const problems = checkDeck(
      { ...deck, slides: [newSlide('e1' as SlideId), ...deck.slides, newSlide('e2' as SlideId)] },
      context(),
    );
    expect(problems.map((p) => p.slideId)).toEqual(['e1', 'e2']);
    expect(problems.map((p) => p.slideIndex)).toEqual([0, 3]);
  });
});
