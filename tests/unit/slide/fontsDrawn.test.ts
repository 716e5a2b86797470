// Which shipped font files a deck's slides draw with: a bundle carries those and no others.
import { describe, expect, it } from 'vitest';
import type { Deck, Slide } from '../../../src/model/deck';
import type { ItemId, SlideId } from '../../../src/model/ids';
import { newDeck, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import { FONT_FILES, LATIN, LATIN_EXT } from '../../../src/slide/fontFiles';
import { fontFilesDrawn, parseUnicodeRange } from '../../../src/slide/fontsDrawn';
import { bigId, photo, text } from '../model/preShowKit';

const deckOf = (...slides: Slide[]): Deck => ({
  ...newDeck(new Date('2026-01-01T00:00:00Z')),
  photos: { [bigId]: photo(bigId, 'IMG_1.jpg', 4000, 3000) },
  slides,
});
const slideWith = (...items: Slide['items']): Slide => ({ ...newSlide(), items });
const drawn = (deck: Deck) =>
  fontFilesDrawn(deck, FONT_FILES).map(
    (file) => `${file.font} ${file.weight} ${file.unicodeRange === LATIN ? 'latin' : 'latin-ext'}`,
  );

describe('fontFilesDrawn', () => {
  it('takes none for a deck of photos alone', () => {
    expect(drawn(deckOf(slideWith(newPhotoItem(bigId, { x: 0, y: 0, width: 10, height: 10 }))))).toEqual([]);
  });

  it('takes the face of each caption, and latin-ext only for the letters latin lacks', () => {
    expect(drawn(deckOf(slideWith(text('t1', { text: 'Ana and Rui' }))))).toEqual(['sans 400 latin']);
    expect(drawn(deckOf(slideWith(text('t1', { text: 'São Paulo', font: 'serif', bold: true }))))).toEqual([
      'serif 700 latin',
    ]);
    expect(drawn(deckOf(slideWith(text('t1', { text: 'Łódź' }))))).toEqual([
      'sans 400 latin',
      'sans 400 latin-ext',
    ]);
  });

  it('takes every face for a quiz, whose cards mix them, and bold sans for a clue', () => {
    const quiz: Slide = {
      ...slideWith({
        ...newPhotoItem(bigId, { x: 0, y: 0, width: 10, height: 10 }, 'p1' as ItemId),
        clue: 'Łódź',
      }),
      id: 'quiz' as SlideId,
      reveal: newReveal(['p1'] as ItemId[]),
    };
    expect(drawn(deckOf(quiz))).toEqual([
      'sans 400 latin',
      'sans 700 latin',
      'sans 700 latin-ext',
      'serif 400 latin',
      'serif 700 latin',
    ]);
  });

  it('reads a unicode-range as code point ranges, and skips what is not one', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, u+20ac ,nonsense,U+')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x20ac, 0x20ac],
    ]);
    expect(parseUnicodeRange(LATIN_EXT).length).toBeGreaterThan(10);
  });
});
