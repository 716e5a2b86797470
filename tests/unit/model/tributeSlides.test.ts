// The tribute builder: one quiz over slides of at most nine photos in date order, answered once; a closing collage.
import { describe, expect, it } from 'vitest';
import type { Deck, PhotoItem, PhotoMeta, Slide, TextItem } from '../../../src/model/deck';
import type { PhotoId } from '../../../src/model/ids';
import { DEFAULT_QUESTION, newDeck } from '../../../src/model/newDeck';
import { parseDeck } from '../../../src/model/parseDeck';
import { nextPosition, statusText, stepDescription, type Position } from '../../../src/model/navigation';
import { isAnswerStep, stepCount, visibleItemIds } from '../../../src/model/revealSteps';
import {
  defaultAnswer,
  MAX_QUIZ_PHOTOS,
  photosByDateTaken,
  quizChunks,
  tributeDeckTitle,
  tributeSlides,
} from '../../../src/model/tributeSlides';

const texts = { names: 'Ana and Rui', answer: '10 years of Ana and Rui!' };

function photo(n: number, takenAt?: string, fileName = `IMG_${n}.jpg`): PhotoMeta {
  return {
    id: n.toString(16).padStart(64, '0') as PhotoId,
    fileName,
    mimeType: 'image/jpeg',
    width: n % 3 === 0 ? 3000 : 4000,
    height: n % 3 === 0 ? 4000 : 3000,
    bytes: 1000 + n,
    ...(takenAt === undefined ? {} : { takenAt }),
  };
}

/** `count` photos, added in an order unlike the one they were taken in; every fifth has no date. */
function deckWith(count: number): Deck {
  const photos = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const day = String(((n * 7) % 28) + 1).padStart(2, '0');
    return photo(n, n % 5 === 0 ? undefined : `2016-03-${day}T10:${String(n % 60).padStart(2, '0')}:00`);
  });
  return {
    ...newDeck(new Date('2025-01-01T00:00:00Z')),
    photos: Object.fromEntries(photos.map((p) => [p.id, p])),
  };
}

const photoItems = (slide: Slide) => slide.items.filter((i): i is PhotoItem => i.kind === 'photo');
const textItems = (slide: Slide) => slide.items.filter((i): i is TextItem => i.kind === 'text');

describe('quizChunks', () => {
  it('splits 1..40 photos into as few slides as hold nine each, sizes differing by at most one', () => {
    for (let count = 1; count <= 40; count += 1) {
      const sizes = quizChunks(count).map((c) => c.end - c.start);
      expect(sizes).toHaveLength(Math.ceil(count / MAX_QUIZ_PHOTOS));
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(count);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(9);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect(quizChunks(20).map((c) => c.end - c.start)).toEqual([7, 7, 6]);
    expect(quizChunks(9).map((c) => c.end - c.start)).toEqual([9]);
    expect(quizChunks(10).map((c) => c.end - c.start)).toEqual([5, 5]);
    expect(quizChunks(0)).toEqual([]);
  });
});

describe('photosByDateTaken', () => {
  it('puts dated photos in the order taken, then the undated ones by file name (numbers counted)', () => {
    const sorted = photosByDateTaken([
      photo(1),
      photo(2, '2020-05-01T09:00:00'),
      photo(3, undefined, 'IMG_10.jpg'),
      photo(4, '2016-01-01T09:00:00+02:00'),
      photo(5, 'not a date', 'IMG_9.jpg'),
      photo(6, '2016-01-01'),
    ]);
    expect(sorted.map((p) => p.fileName)).toEqual([
      'IMG_6.jpg',
      'IMG_4.jpg',
      'IMG_2.jpg',
      'IMG_1.jpg',
      'IMG_9.jpg',
      'IMG_10.jpg',
    ]);
  });
});

describe('tributeSlides', () => {
  it('makes a schema-valid deck for 0..40 photos: quiz slides of ≤ 9 in date order, closing with all', () => {
    for (let count = 0; count <= 40; count += 1) {
      const deck = deckWith(count);
      const slides = tributeSlides(deck, texts);
      const built = { ...deck, slides };
      const parsed = parseDeck(structuredClone(built));
      expect(parsed.ok, `${count} photos: ${JSON.stringify(parsed)}`).toBe(true);
      if (parsed.ok) expect(parsed.deck).toEqual(built);

      const quiz = slides.slice(0, -1);
      expect(quiz).toHaveLength(Math.ceil(count / 9));
      const sizes = quiz.map((slide) => photoItems(slide).length);
      if (count > 0) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      for (const slide of quiz) {
        expect(photoItems(slide).length).toBeLessThanOrEqual(9);
        // Every photo is in the reveal, in the order the slide holds them.
        expect(slide.reveal?.order).toEqual(photoItems(slide).map((item) => item.id));
      }
      // One quiz: every slide continues onto the next but the last, which alone has the answer step.
      quiz.forEach((slide, i) => {
        const last = i === quiz.length - 1;
        expect(slide.reveal?.continues).toBe(!last);
        expect(stepCount(slide)).toBe(photoItems(slide).length + (last ? 2 : 1));
      });
      const inQuiz = quiz.flatMap((slide) => photoItems(slide).map((item) => item.photoId));
      expect(inQuiz).toEqual(photosByDateTaken(Object.values(deck.photos)).map((p) => p.id));

      const closing = slides.at(-1)!;
      expect(closing.reveal).toBeNull();
      expect(
        photoItems(closing)
          .map((item) => item.photoId)
          .sort(),
      ).toEqual(Object.keys(deck.photos).sort());
      expect(textItems(closing).map((item) => item.text)).toEqual(['Ana and Rui']);
    }
  });

  it('keeps the names and the answer out of everything the room sees before the last click', () => {
    for (const count of [2, 9, 10, 25]) {
      const deck = { ...deckWith(count), title: tributeDeckTitle(new Date('2026-12-02T10:00:00Z')) };
      const built = { ...deck, slides: tributeSlides(deck, { names: 'Ana and Rui', answer: '' }) };
      const secret = /ana|rui/i;
      expect(built.title).not.toMatch(secret);
      let position: Position | null = { slide: 0, step: 0 };
      let answers = 0;
      while (position) {
        const slide = built.slides[position.slide]!;
        if (isAnswerStep(slide, position.step)) {
          answers += 1;
          break;
        }
        const visible = visibleItemIds(slide, position.step);
        const shownTexts = textItems(slide).filter((item) => visible.has(item.id));
        expect(shownTexts.map((item) => item.text).join(' ')).not.toMatch(secret);
        expect(slide.reveal?.question ?? '').not.toMatch(secret);
        expect(statusText(built, position)).not.toMatch(secret);
        expect(stepDescription(built, position)).not.toMatch(secret);
        position = nextPosition(built, position);
      }
      expect(answers, `${count} photos`).toBe(1);
      // The answer comes on the last quiz slide, once; after it only the closing collage.
      expect(position?.slide).toBe(built.slides.length - 2);
    }
  });

  it('answers with the names when no answer is written, as the field’s placeholder says', () => {
    expect(defaultAnswer('  Ana and Rui ')).toBe('Ana and Rui!');
    expect(defaultAnswer(' ')).toBe('');
    const quiz = tributeSlides(deckWith(3), { names: 'Ana and Rui', answer: '' });
    expect(quiz[0]!.reveal?.answer.title).toBe('Ana and Rui!');
  });

  it('names the deck by the day only', () => {
    expect(tributeDeckTitle(new Date('2026-12-02T10:00:00Z'))).toBe('Photo quiz, 2 December 2026');
  });

  it('gives every quiz slide the question, the answer, a fade, and photos placed by the gallery inside the slide', () => {
    const deck = deckWith(12);
    const quiz = tributeSlides(deck, { ...texts, question: 'Who is in all of these?' }).slice(0, -1);
    expect(quiz).toHaveLength(2);
    for (const slide of quiz) {
      expect(slide.transition).toBe('fade');
      expect(slide.layout?.kind).toBe('grid');
      expect(slide.reveal).toMatchObject({
        question: 'Who is in all of these?',
        answer: { title: '10 years of Ana and Rui!' },
        style: 'fade',
      });
      for (const item of photoItems(slide)) {
        expect(item.x).toBeGreaterThanOrEqual(0);
        expect(item.y).toBeGreaterThanOrEqual(0);
        expect(item.x + item.width).toBeLessThanOrEqual(deck.size.width + 0.001);
        expect(item.y + item.height).toBeLessThanOrEqual(deck.size.height + 0.001);
      }
    }
    const [blank] = tributeSlides(deck, { names: 'Ana and Rui', answer: ' ', question: '   ' });
    expect(blank!.reveal?.question).toBe(DEFAULT_QUESTION);
    expect(blank!.reveal?.answer.title).toBe('Ana and Rui!');
  });

  it('keeps the closing collage above a band where the names stand, clear of every photo', () => {
    const deck = deckWith(40);
    const closing = tributeSlides(deck, texts).at(-1)!;
    const [names] = textItems(closing);
    const lowest = Math.max(...photoItems(closing).map((item) => item.y + item.height));
    expect(names!.y).toBeGreaterThan(lowest);
    expect(names!.y + names!.fontSize).toBeLessThanOrEqual(deck.size.height);
    // On top of the photos in stacking order, so moving it over them keeps it readable.
    expect(closing.items.at(-1)).toBe(names);
  });
});
