// Shared set-up of the "Check before presenting" tests: a ready deck, a text, and text measured without a canvas.
import type { Deck, PhotoMeta, Slide, TextItem } from '../../../src/model/deck';
import type { ItemId, PhotoId, SlideId } from '../../../src/model/ids';
import { newDeck, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import type { PreShowContext, PreShowProblem, TextMeasure } from '../../../src/model/preShowCheck';

export const bigId = 'a'.repeat(64) as PhotoId;
export const smallId = 'b'.repeat(64) as PhotoId;

export function photo(id: PhotoId, fileName: string, width: number, height: number): PhotoMeta {
  return { id, fileName, mimeType: 'image/jpeg', width, height, bytes: 1000 };
}

/** Each character is half the font size wide, each line one font size tall; words break at spaces. */
export function measureText(item: TextItem): TextMeasure {
  const charWidth = item.fontSize / 2;
  const words = item.text.split(/\s+/).filter(Boolean);
  const widestWord = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const perLine = Math.max(1, Math.floor(item.width / charWidth));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine)
      lines[lines.length - 1] = `${last} ${word}`;
    else for (let i = 0; i < word.length; i += perLine) lines.push(word.slice(i, i + perLine));
  }
  return {
    height: lines.length * item.fontSize,
    lineWidth: Math.max(0, ...lines.map((line) => line.length * charWidth)),
    widestWord,
    widestWordWidth: widestWord.length * charWidth,
  };
}

export function context(overrides: Partial<PreShowContext> = {}): PreShowContext {
  return { missingPhotoIds: new Set(), importing: false, measureText, ...overrides };
}

export function text(id: string, fields: Partial<TextItem> = {}): TextItem {
  return {
    kind: 'text',
    id: id as ItemId,
    text: 'Ten years together',
    x: 100,
    y: 100,
    width: 1000,
    fontSize: 64,
    color: '#ffffff',
    align: 'left',
    font: 'sans',
    bold: false,
    appears: 'start',
    ...fields,
  };
}

/** A deck that is ready: a quiz of two sharp photos with an answer, and a slide with a caption. */
export function goodDeck(): Deck {
  const quiz: Slide = {
    ...newSlide('quiz' as SlideId),
    items: [
      newPhotoItem(bigId, { x: 0, y: 0, width: 960, height: 1080 }, 'p1' as ItemId),
      newPhotoItem(bigId, { x: 960, y: 0, width: 960, height: 1080 }, 'p2' as ItemId),
    ],
    reveal: { ...newReveal(['p1', 'p2'] as ItemId[]), answer: { title: '10 years of Ana and Rui!' } },
  };
  const caption: Slide = { ...newSlide('caption' as SlideId), items: [text('t1')] };
  return {
    ...newDeck(new Date('2026-01-01T00:00:00Z')),
    photos: {
      [bigId]: photo(bigId, 'IMG_1.jpg', 4000, 3000),
      [smallId]: photo(smallId, 'IMG_12.jpg', 640, 480),
    },
    slides: [quiz, caption],
  };
}

export function withSlide(deck: Deck, slide: Slide): Deck {
  return { ...deck, slides: [...deck.slides, slide] };
}

export const kinds = (problems: readonly PreShowProblem[]) =>
  problems.map((p) => [p.slideIndex, p.kind, p.itemId]);
