// "Check before presenting" finds what embarrasses people on the day: leftover and empty text, an empty
// question, a quiz that never gets its answer, the answer given away early, a photo cropped to a sliver or
// too small to make out, and text hidden under the question bar.
import { describe, expect, it } from 'vitest';
import { answerWords, wordsIn } from '../../../src/model/answerWords';
import type { Deck, PhotoItem, Reveal, Slide } from '../../../src/model/deck';
import type { ItemId, SlideId } from '../../../src/model/ids';
import { NEW_TEXT, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import { checkDeck } from '../../../src/model/preShowCheck';
import { questionBarRect } from '../../../src/model/questionBar';
import { NEW_TEXT as NEW_TEXT_OF_COMMAND } from '../../../src/store/commands/addText';
import { bigId, context, goodDeck, kinds, photo, smallId, text, withSlide } from './preShowKit';

const ANSWER = '10 years of Ana and Rui!';

/** A quiz of two photos (p1, p2) answered by ANSWER, with `items` added on top and `reveal` changed. */
function quiz(id: string, items: Slide['items'] = [], reveal: Partial<Reveal> = {}): Slide {
  return {
    ...newSlide(id as SlideId),
    items: [
      newPhotoItem(bigId, { x: 0, y: 0, width: 960, height: 972 }, `${id}-p1` as ItemId),
      newPhotoItem(bigId, { x: 960, y: 0, width: 960, height: 972 }, `${id}-p2` as ItemId),
      ...items,
    ],
    reveal: {
      ...newReveal([`${id}-p1`, `${id}-p2`] as ItemId[]),
      answer: { title: ANSWER },
      ...reveal,
    },
  };
}

const deckOf = (...slides: Slide[]): Deck => ({ ...goodDeck(), slides });

const only = (deck: Deck, kind: string) => checkDeck(deck, context()).filter((p) => p.kind === kind);

describe('leftover and empty text', () => {
  it('uses the same placeholder as the command that adds a text', () => {
    expect(NEW_TEXT_OF_COMMAND).toBe(NEW_TEXT);
  });

  it('finds a text that still says the placeholder, and an empty text box', () => {
    const slide: Slide = {
      ...newSlide('captions' as SlideId),
      items: [
        text('placeholder', { text: NEW_TEXT }),
        text('blank', { text: '  \n ' }),
        text('fine', { text: 'Lisbon, 2016' }),
      ],
    };
    const problems = checkDeck(withSlide(goodDeck(), slide), context());
    expect(kinds(problems)).toEqual([
      [2, 'placeholderText', 'placeholder'],
      [2, 'emptyText', 'blank'],
    ]);
    expect(problems[0]).toMatchObject({
      severity: 'problem',
      message: 'A text still says “Double-click to edit”: write the caption or delete it.',
    });
    expect(problems[1]?.message).toBe('A text box is empty: it shows nothing. Write in it or delete it.');
  });
});

describe('the question and the answer', () => {
  it('finds an empty question on a quiz slide', () => {
    const problems = checkDeck(deckOf(quiz('q', [], { question: ' ' })), context());
    expect(kinds(problems)).toEqual([[0, 'emptyQuestion', undefined]]);
    expect(problems[0]).toMatchObject({ slideId: 'q', severity: 'problem' });
    expect(problems[0]?.message).toContain('The question is empty');
  });

  it('finds a quiz that goes on to a slide with no quiz, or past the last slide: its answer never comes', () => {
    const toNothing = deckOf(quiz('a', [], { continues: true }), newSlide('plain' as SlideId));
    const problems = checkDeck(toNothing, context()).filter((p) => p.kind !== 'emptySlide');
    expect(kinds(problems)).toEqual([[0, 'quizNeverAnswered', undefined]]);
    expect(problems[0]?.message).toContain('that slide has no quiz: its answer never comes');
    const atTheEnd = checkDeck(deckOf(quiz('a', [], { continues: true })), context());
    expect(kinds(atTheEnd)).toEqual([[0, 'quizNeverAnswered', undefined]]);
    expect(atTheEnd[0]?.message).toContain('this is the last slide');
  });

  it('asks for an answer only where the quiz is answered: on the last slide of a quiz that goes on', () => {
    const chain = deckOf(
      quiz('a', [], { continues: true, answer: { title: '' } }),
      quiz('b', [], { answer: { title: '' } }),
    );
    expect(kinds(checkDeck(chain, context()))).toEqual([[1, 'emptyAnswer', undefined]]);
    const answered = deckOf(quiz('a', [], { continues: true, answer: { title: '' } }), quiz('b'));
    expect(checkDeck(answered, context())).toEqual([]);
  });
});

describe('the answer given away', () => {
  it('finds a caption that says words of the answer from the start, whatever their case and accents', () => {
    const caption = text('caption', { text: 'Ána and RUI in Lisbon', appears: 'start' });
    const problems = checkDeck(deckOf(quiz('q', [caption])), context());
    expect(kinds(problems)).toEqual([[0, 'spoiler', 'caption']]);
    expect(problems[0]).toMatchObject({ severity: 'problem' });
    expect(problems[0]?.message).toBe(
      'The text “Ána and RUI in Lisbon” gives away “Ana” and “Rui”, words of the answer, before it is revealed.',
    );
  });

  it('finds it in the question, a clue, the alt text read out, and a caption that comes with a photo', () => {
    const withClue: PhotoItem = {
      ...newPhotoItem(smallId, { x: 0, y: 0, width: 640, height: 480 }, 'clued' as ItemId),
      clue: 'Ten years on',
    };
    const slide = quiz(
      'q',
      [withClue, text('late', { text: 'Rui again', appears: { withItem: 'q-p2' as ItemId } })],
      {
        question: 'Who met 10 summers ago?',
      },
    );
    const deck: Deck = {
      ...deckOf({ ...slide, reveal: { ...slide.reveal!, order: [...slide.reveal!.order, withClue.id] } }),
    };
    const withAlt: Deck = {
      ...deck,
      photos: {
        ...deck.photos,
        [smallId]: { ...photo(smallId, 'IMG_12.jpg', 640, 480), alt: 'Ana laughing' },
      },
    };
    const spoilers = only(withAlt, 'spoiler');
    expect(spoilers.map((p) => [p.itemId, p.message])).toEqual([
      [
        undefined,
        'The question “Who met 10 summers ago?” gives away “10”, a word of the answer, before it is revealed.',
      ],
      [
        'clued',
        'The clue “Ten years on” of IMG_12.jpg gives away “years”, a word of the answer, before it is revealed.',
      ],
      [
        'clued',
        'The alt text of IMG_12.jpg, read out as the photo comes in, gives away “Ana”, a word of the answer, before it is revealed.',
      ],
      ['late', 'The text “Rui again” gives away “Rui”, a word of the answer, before it is revealed.'],
    ]);
  });

  it('lets texts that come with the answer, or after it, say it', () => {
    const withAnswer = text('with', { text: 'Ana and Rui', appears: 'answer' });
    const after: Slide = {
      ...newSlide('after' as SlideId),
      items: [text('after', { text: 'Thank you Ana' })],
    };
    expect(only(deckOf(quiz('q', [withAnswer]), after), 'spoiler')).toEqual([]);
  });

  it('ignores the common words of an answer, but not short names or numbers', () => {
    expect([...answerWords('10 years of Ana and Rui!', 'A tribute to the two of them').keys()]).toEqual([
      '10',
      'years',
      'ana',
      'rui',
      'tribute',
      'two',
      'them',
    ]);
    const common = text('common', { text: 'Of the people and the places in our town', appears: 'start' });
    expect(only(deckOf(quiz('q', [common])), 'spoiler')).toEqual([]);
  });

  it('compares whole words: “Ananas” and “100” do not give away “Ana” and “10”', () => {
    const near = text('near', { text: 'Ananas, 100 rooftops, Ruivães', appears: 'start' });
    expect(only(deckOf(quiz('q', [near])), 'spoiler')).toEqual([]);
  });

  it('finds an earlier slide giving the answer away, as a note there, and a slide of the same quiz as a problem', () => {
    const title: Slide = { ...newSlide('title' as SlideId), items: [text('names', { text: 'Ana & Rui' })] };
    const first = quiz('first', [text('hint', { text: 'Rui’s garden', appears: 'start' })], {
      continues: true,
    });
    const problems = only(deckOf(title, first, quiz('last')), 'spoiler');
    expect(problems.map((p) => [p.slideIndex, p.itemId, p.severity])).toEqual([
      [0, 'names', 'warning'],
      [1, 'hint', 'problem'],
    ]);
    expect(problems[0]?.message).toBe(
      'The text “Ana & Rui” gives away “Ana” and “Rui”, words of the answer on slide 3, before it is revealed.',
    );
    expect(problems[1]?.message).toContain('“Rui”, a word of the answer on slide 3');
  });

  it('counts an earlier quiz’s answer card, and names every answer a text gives away', () => {
    const title: Slide = { ...newSlide('title' as SlideId), items: [text('names', { text: 'Ana and Rui' })] };
    const problems = only(deckOf(title, quiz('one'), quiz('two')), 'spoiler');
    expect(problems.map((p) => [p.slideIndex, p.itemId, p.severity])).toEqual([
      [0, 'names', 'warning'],
      [1, undefined, 'warning'],
    ]);
    expect(problems[0]?.message).toContain(
      'words of the answers on slides 2 and 3, before they are revealed',
    );
    expect(problems[1]?.message).toBe(
      'This slide’s answer “10 years of Ana and Rui!” gives away “10”, “years”, “Ana” and “Rui”, words of the answer on slide 3, before it is revealed.',
    );
  });

  it('reads a 10,000-character caption once per check, quickly', () => {
    const long = `${'lorem ipsum dolor sit amet '.repeat(370)}Rui`.slice(-10000);
    const captions = Array.from({ length: 40 }, (_, i) => text(`c${i}`, { text: long, appears: 'start' }));
    const slides = Array.from({ length: 20 }, (_, i) => quiz(`q${i}`, i === 0 ? captions : []));
    const started = performance.now();
    const spoilers = only(deckOf(...slides), 'spoiler');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(spoilers.filter((p) => p.slideIndex === 0 && p.itemId?.startsWith('c'))).toHaveLength(40);
    expect(wordsIn(long).has('rui')).toBe(true);
  });
});

describe('photos cropped to a sliver or too small', () => {
  it('notes a frame that shows less than half of its photo', () => {
    const frame = { x: 0, y: 0, width: 1600, height: 1200 };
    const cropped = (scale: number): Slide => ({
      ...newSlide('crop' as SlideId),
      items: [{ ...newPhotoItem(bigId, frame, 'cropped' as ItemId), crop: { x: 0.3, y: 0.4, scale } }],
    });
    // Zoomed 1.4 times, the frame shows 1 / 1.96 of the photo; 1.5 times, 1 / 2.25 of it.
    expect(only(deckOf(cropped(1.4)), 'mostlyCropped')).toEqual([]);
    const problems = only(deckOf(cropped(1.5)), 'mostlyCropped');
    expect(kinds(problems)).toEqual([[0, 'mostlyCropped', 'cropped']]);
    expect(problems[0]).toMatchObject({
      severity: 'warning',
      message: 'Only 44 % of IMG_1.jpg shows in its frame: most of the photo is cropped away.',
    });
    // A wide 4:3 photo in a tall sliver of a frame shows a sliver of itself, with no zoom at all.
    const sliver: Slide = {
      ...newSlide('sliver' as SlideId),
      items: [newPhotoItem(bigId, { x: 0, y: 0, width: 200, height: 1000 }, 'sliver' as ItemId)],
    };
    expect(only(deckOf(sliver), 'mostlyCropped')[0]?.message).toContain('Only 15 % of IMG_1.jpg');
  });

  it('notes a photo under a third of the size of the slide’s average photo', () => {
    const frames = (small: number): Slide => ({
      ...newSlide('sizes' as SlideId),
      items: [
        newPhotoItem(bigId, { x: 0, y: 0, width: 800, height: 600 }, 'a' as ItemId),
        newPhotoItem(bigId, { x: 800, y: 0, width: 800, height: 600 }, 'b' as ItemId),
        newPhotoItem(bigId, { x: 0, y: 600, width: 800 * small, height: 600 * small }, 'tiny' as ItemId),
      ],
    });
    // A quarter of the area: the mean is 0.75 of a big frame, and a quarter is a third of 0.75.
    expect(only(deckOf(frames(0.51)), 'smallPhoto')).toEqual([]);
    const problems = only(deckOf(frames(0.49)), 'smallPhoto');
    expect(kinds(problems)).toEqual([[0, 'smallPhoto', 'tiny']]);
    expect(problems[0]?.message).toBe(
      'IMG_1.jpg is less than a third of the size of the other photos on this slide, on average: the room may not make it out.',
    );
    const alone: Slide = {
      ...newSlide('alone' as SlideId),
      items: [newPhotoItem(bigId, { x: 0, y: 0, width: 80, height: 60 }, 'alone' as ItemId)],
    };
    expect(only(deckOf(alone), 'smallPhoto')).toEqual([]);
  });
});

describe('text under the question bar', () => {
  const bar = questionBarRect({ width: 1920, height: 1080 });

  it('finds a text the question bar covers while the photos come in', () => {
    // One line of 64: at bar.y - 64 it ends where the bar starts; 10 units lower it is partly under it.
    const above = text('above', { text: 'Lisbon', y: bar.y - 64, appears: 'start' });
    const under = text('under', { text: 'Lisbon', y: bar.y - 54, appears: 'start' });
    const problems = only(deckOf(quiz('q', [above, under])), 'textUnderQuestionBar');
    expect(kinds(problems)).toEqual([[0, 'textUnderQuestionBar', 'under']]);
    expect(problems[0]).toMatchObject({
      severity: 'problem',
      message: 'The text “Lisbon” is under the question bar while the photos come in: move it up.',
    });
  });

  it('lets text stand there when no bar covers it: with the answer, or on a slide without a quiz', () => {
    const low = { text: 'Lisbon', y: bar.y + 10 };
    const withAnswer = text('answer', { ...low, appears: 'answer' });
    const plain: Slide = { ...newSlide('plain' as SlideId), items: [text('plain', low)] };
    expect(only(deckOf(quiz('q', [withAnswer]), plain), 'textUnderQuestionBar')).toEqual([]);
  });
});
