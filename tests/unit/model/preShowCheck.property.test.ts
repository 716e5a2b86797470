// Properties of "Check before presenting" over any deck: an answer word shown early is always found, a secret
// kept to the answer never is, photos are judged by what their frames show, the question bar by where it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, isTellingWord } from '../../../src/model/answerWords';
import type { Crop, Deck, Slide, TextAppears } from '../../../src/model/deck';
import type { Size } from '../../../src/model/geometry';
import type { ItemId, SlideId } from '../../../src/model/ids';
import { layoutCells } from '../../../src/model/layouts/layoutGallery';
import { DEFAULT_QUESTION, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import { checkDeck, MOSTLY_CROPPED } from '../../../src/model/preShowCheck';
import { questionBarRect } from '../../../src/model/questionBar';
import { deckArbitrary } from '../arbitraries';
import { bigId, context, goodDeck, photo, text } from './preShowKit';

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'õ', u: 'ü', c: 'ç', n: 'ñ' };

/** A word that gives an answer away: a name-like word of 2 to 10 letters, or a number. */
const tellingWord = fc
  .oneof(fc.stringMatching(/^[a-z]{2,10}$/), fc.stringMatching(/^[0-9]{1,4}$/))
  .filter((word) => isTellingWord(foldWord(word)));

/** The same word as someone else might type it: other letters in capitals, accents added, or taken apart. */
const spelledAnotherWay = (word: string) =>
  fc
    .record({
      capitals: fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }),
      accents: fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }),
      decomposed: fc.boolean(),
    })
    .map(({ capitals, accents, decomposed }) => {
      const spelled = [...word]
        .map((letter, i) => (accents[i] ? (ACCENTED[letter] ?? letter) : letter))
        .map((letter, i) => (capitals[i] ? letter.toUpperCase() : letter))
        .join('');
      return decomposed ? spelled.normalize('NFD') : spelled.normalize('NFC');
    });

/** Any text around a word, kept apart from it by a space or a mark of punctuation. */
const around = fc.record({
  before: fc.string({ maxLength: 30 }),
  after: fc.string({ maxLength: 30 }),
  apart: fc.constantFrom(' ', '\n', ', ', '! ', ' (', '…'),
});

/** An id no generated item has (generated ids are word characters and hyphens only). */
const CAPTION = 'caption.test' as ItemId;

/** `deck` with the slide at `index` moved to the end, made a quiz answered by `answer`, `caption` added to it. */
function answeredLast(
  deck: Deck,
  index: number,
  answer: string,
  caption: string,
  appears: TextAppears,
): Deck {
  const slides = deck.slides.length > 0 ? deck.slides : [newSlide('only' as SlideId)];
  const chosen = slides[index % slides.length] as Slide;
  const photoIds = chosen.items.filter((item) => item.kind === 'photo').map((item) => item.id);
  const quiz: Slide = {
    ...chosen,
    items: [...chosen.items, text(CAPTION, { text: caption, appears })],
    reveal: { ...(chosen.reveal ?? newReveal(photoIds)), continues: false, answer: { title: answer } },
  };
  return { ...deck, slides: [...slides.filter((slide) => slide !== chosen), quiz] };
}

const spoilersOf = (deck: Deck, itemId: ItemId) =>
  checkDeck(deck, context()).filter((p) => p.kind === 'spoiler' && p.itemId === itemId);

describe('the answer given away, over any deck', () => {
  it('always finds a word of the answer in a caption shown from the start, however it is spelled', () => {
    fc.assert(
      fc.property(
        deckArbitrary,
        fc.nat(),
        tellingWord.chain((word) => fc.tuple(fc.constant(word), spelledAnotherWay(word))),
        around,
        around,
        (deck, index, [word, spelled], answerAround, captionAround) => {
          const answer = `${answerAround.before}${answerAround.apart}${word}${answerAround.apart}${answerAround.after}`;
          const caption = `${captionAround.before}${captionAround.apart}${spelled}${captionAround.apart}${captionAround.after}`;
          const checked = answeredLast(deck, index, answer, caption, 'start');
          const found = spoilersOf(checked, CAPTION);
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({ slideIndex: checked.slides.length - 1, severity: 'problem' });
          // Kept back for the answer, the same caption gives nothing away.
          expect(spoilersOf(answeredLast(deck, index, answer, caption, 'answer'), CAPTION)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds no spoiler in a deck whose texts all wait for the answer of one quiz spanning every slide', () => {
    fc.assert(
      fc.property(deckArbitrary, (deck) => {
        const last = deck.slides.length - 1;
        const secretive: Deck = {
          ...deck,
          photos: Object.fromEntries(
            Object.entries(deck.photos).map(([id, meta]) => [id, { ...meta, alt: undefined }]),
          ) as Deck['photos'],
          slides: deck.slides.map((slide, index) => {
            const photoIds = slide.items.filter((item) => item.kind === 'photo').map((item) => item.id);
            return {
              ...slide,
              items: slide.items.map((item) =>
                item.kind === 'text' ? { ...item, appears: 'answer' as const } : { ...item, clue: undefined },
              ),
              reveal: {
                ...(slide.reveal ?? newReveal(photoIds)),
                question: DEFAULT_QUESTION,
                continues: index < last,
              },
            };
          }),
        };
        expect(checkDeck(secretive, context()).filter((p) => p.kind === 'spoiler')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('never fails on any deck, and every problem names a slide and an item it has', () => {
    fc.assert(
      fc.property(deckArbitrary, fc.boolean(), (deck, importing) => {
        for (const problem of checkDeck(deck, context({ importing }))) {
          if (problem.slideIndex === null) continue;
          const slide = deck.slides[problem.slideIndex];
          expect(slide?.id).toBe(problem.slideId);
          if (problem.itemId) expect(slide?.items.map((item) => item.id)).toContain(problem.itemId);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('photos, by what their frames show', () => {
  const onlyPhoto = (width: number, height: number, frame: Size, crop: Crop): Deck => ({
    ...goodDeck(),
    photos: { [bigId]: photo(bigId, 'IMG_1.jpg', width, height) },
    slides: [
      {
        ...newSlide('photo' as SlideId),
        items: [{ ...newPhotoItem(bigId, { x: 0, y: 0, ...frame }, 'framed' as ItemId), crop }],
      },
    ],
  });

  it('says a frame of the photo’s own shape crops most of it away exactly when zoomed past √2', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 8000 }),
        fc.integer({ min: 16, max: 8000 }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.record({
          x: fc.double({ min: 0, max: 1, noNaN: true }),
          y: fc.double({ min: 0, max: 1, noNaN: true }),
          scale: fc.double({ min: 1, max: 20, noNaN: true }),
        }),
        (width, height, size, crop) => {
          fc.pre(Math.abs(crop.scale - Math.SQRT2) > 1e-6);
          const frame = { width: width * size, height: height * size };
          const found = checkDeck(onlyPhoto(width, height, frame, crop), context()).some(
            (p) => p.kind === 'mostlyCropped',
          );
          expect(found).toBe(1 / crop.scale ** 2 < MOSTLY_CROPPED);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never finds a photo too small among cells of even size, whatever the photos’ shapes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: 2, maxLength: 20 }),
        (aspects) => {
          const cells = layoutCells(
            'even-grid',
            aspects.map((aspect) => ({ aspect })),
            { width: 1920, height: 972 },
            { gutter: 24 },
          );
          const slide: Slide = {
            ...newSlide('grid' as SlideId),
            items: cells.map((cell, i) => newPhotoItem(bigId, cell, `p${i}` as ItemId)),
          };
          const deck: Deck = { ...goodDeck(), slides: [slide] };
          expect(checkDeck(deck, context()).filter((p) => p.kind === 'smallPhoto')).toEqual([]);
          // Shrunk to a sixth of the others' area, one photo is too small to make out.
          const shrunk = slide.items.map((item, i) =>
            i === 0 && item.kind === 'photo'
              ? { ...item, width: item.width / Math.sqrt(6), height: item.height / Math.sqrt(6) }
              : item,
          );
          const small = checkDeck({ ...deck, slides: [{ ...slide, items: shrunk }] }, context());
          expect(small.filter((p) => p.kind === 'smallPhoto').map((p) => p.itemId)).toEqual(['p0']);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('text under the question bar', () => {
  it('is found exactly when a text shown while the photos come in reaches into the bar', () => {
    const bar = questionBarRect({ width: 1920, height: 1080 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1080 - 64 }),
        fc.integer({ min: 0, max: 1920 - 400 }),
        fc.constantFrom<TextAppears>('start', 'answer', { withItem: 'p' as ItemId }),
        (y, x, appears) => {
          const slide: Slide = {
            ...newSlide('quiz' as SlideId),
            items: [
              newPhotoItem(bigId, { x: 0, y: 0, width: 1920, height: 972 }, 'p' as ItemId),
              // One line of 64 units, 6 characters of 32 wide.
              text('caption', { text: 'Lisbon', x, y, width: 400, appears }),
            ],
            reveal: { ...newReveal(['p' as ItemId]), answer: { title: 'Ana' } },
          };
          const found = checkDeck({ ...goodDeck(), slides: [slide] }, context()).some(
            (p) => p.kind === 'textUnderQuestionBar',
          );
          expect(found).toBe(appears !== 'answer' && y + 64 > bar.y + 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
