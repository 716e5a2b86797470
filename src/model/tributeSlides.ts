// The slides of a tribute: one quiz over the photos in the order they were taken, spread over as many slides as
// it needs and answered once at its end, then a closing collage with the names. Nothing the room sees before
// the answer names the people honoured.
import { centredCrop } from './crop';
import type { Deck, PhotoMeta, Slide, TextItem } from './deck';
import type { Size } from './geometry';
import { newId } from './ids';
import type { ItemId } from './ids';
import {
  DEFAULT_LAYOUT_REF,
  layoutPhotosOf,
  layoutRefFor,
  slideCollageArea,
  slideWithLayout,
} from './layouts/arrangePhotos';
import { layoutCells } from './layouts/layoutGallery';
import { pickLayout } from './layouts/pickLayout';
import { DEFAULT_QUESTION, newPhotoItem, newReveal, newSlide } from './newDeck';
import { LIMITS } from './limits';

export type TributeTexts = {
  /** Who the tribute is for, e.g. "Ana and Rui". */
  readonly names: string;
  /** The quiz's answer, e.g. "10 years of Ana and Rui!"; `defaultAnswer(names)` when blank. */
  readonly answer: string;
  /** The quiz question; the app's default when blank. */
  readonly question?: string;
};

/** More photos than this on one slide make each too small to guess from. */
export const MAX_QUIZ_PHOTOS = 9;
/** Quiz slides prefer the gallery's default collage (justified rows). */
const QUIZ_LAYOUT = 'grid';
/** Even cells take any number of photos, so the closing collage can hold all of them. */
const CLOSING_LAYOUT = 'even-grid';
const CLOSING_GUTTER = 8;
/** Share of the slide's height kept free of photos below the closing collage, where the names stand. */
const CLOSING_BAND = 0.22;
/** The schema's limit for the question and the answer title; the names are kept as short. */
const MAX_SHORT_TEXT = LIMITS.shortText;

/** The answer a tribute gets when none is written: the names, said as the answer. */
export function defaultAnswer(names: string): string {
  const trimmed = names.trim();
  return trimmed === '' ? '' : `${trimmed}!`.slice(0, MAX_SHORT_TEXT);
}

/**
 * A title for the tribute's deck that gives nothing away: the exported bundle's page title and the browser
 * tab show it to the room before the answer.
 */
export function tributeDeckTitle(made: Date): string {
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return `Photo quiz, ${day.format(made)}`;
}

/** The tribute's slides for every photo of `deck`, ready to append to it. */
export function tributeSlides(deck: Deck, texts: TributeTexts): Slide[] {
  const photos = photosByDateTaken(Object.values(deck.photos));
  const names = texts.names.trim().slice(0, MAX_SHORT_TEXT);
  const question = (texts.question?.trim() || DEFAULT_QUESTION).slice(0, MAX_SHORT_TEXT);
  const answer = texts.answer.trim().slice(0, MAX_SHORT_TEXT) || defaultAnswer(names);
  const chunks = quizChunks(photos.length);
  return [
    // One quiz: every slide but the last continues onto the next, so the answer comes once, at the end.
    ...chunks.map((range, i) =>
      quizSlide(deck, photos.slice(range.start, range.end), question, answer, i < chunks.length - 1),
    ),
    closingSlide(deck, photos, names),
  ];
}

/** Photos in the order they were taken; those without a date come after, by file name. */
export function photosByDateTaken(photos: readonly PhotoMeta[]): PhotoMeta[] {
  const byName = new Intl.Collator(undefined, { numeric: true });
  const keys = new Map(photos.map((photo) => [photo.id, takenAtKey(photo.takenAt)]));
  return [...photos].sort((a, b) => {
    const keyA = keys.get(a.id);
    const keyB = keys.get(b.id);
    if (keyA !== keyB) {
      if (keyA === undefined) return 1;
      if (keyB === undefined) return -1;
      return keyA < keyB ? -1 : 1;
    }
    return byName.compare(a.fileName, b.fileName);
  });
}

/**
 * How `count` photos split into quiz slides: as few slides as hold at most MAX_QUIZ_PHOTOS each, their
 * sizes differing by at most one (fuller slides first), e.g. 20 → 7, 7, 6.
 */
export function quizChunks(count: number): { start: number; end: number }[] {
  const slides = Math.ceil(Math.max(0, count) / MAX_QUIZ_PHOTOS);
  const base = Math.floor(count / Math.max(1, slides));
  const fuller = count - base * slides;
  const chunks: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < slides; i += 1) {
    const end = start + base + (i < fuller ? 1 : 0);
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

function quizSlide(
  deck: Deck,
  photos: readonly PhotoMeta[],
  question: string,
  answer: string,
  continues: boolean,
): Slide {
  const items = photos.map((photo) => newPhotoItem(photo.id, { x: 0, y: 0, width: 1, height: 1 }));
  const reveal = newReveal(items.map((item) => item.id));
  const slide: Slide = {
    ...newSlide(),
    items,
    reveal: { ...reveal, question, answer: { title: answer }, style: 'fade', continues },
    transition: 'fade',
  };
  // Laid out with the reveal on, so the photos stand in the room the question bar leaves.
  const gutter = slide.layout?.gutter ?? DEFAULT_LAYOUT_REF.gutter;
  const layout = pickLayout(
    layoutPhotosOf(slide, deck.photos),
    slideCollageArea(slide, deck.size),
    { gutter, seed: slide.id },
    QUIZ_LAYOUT,
  );
  return slideWithLayout(slide, deck.photos, deck.size, layout.kind);
}

function closingSlide(deck: Deck, photos: readonly PhotoMeta[], names: string): Slide {
  const band = Math.round(deck.size.height * CLOSING_BAND);
  const collageArea: Size = { width: deck.size.width, height: deck.size.height - band };
  const slide = newSlide();
  const itemIds = photos.map(() => newId<ItemId>());
  const layoutPhotos = photos.map((photo, i) => ({ aspect: photo.width / photo.height, key: itemIds[i] }));
  const style = { gutter: CLOSING_GUTTER, seed: slide.id };
  // Even cells suit a closing collage of many photos; a mix they would crop too deeply gets another layout.
  const kind = pickLayout(layoutPhotos, collageArea, style, CLOSING_LAYOUT).kind;
  const layout = { ...layoutRefFor(slide.layout, kind, deck.size), gutter: CLOSING_GUTTER };
  const cells = layoutCells(kind, layoutPhotos, collageArea, style);
  const photoItems = photos.map((photo, i) => ({
    ...newPhotoItem(photo.id, cells[i] ?? { x: 0, y: 0, ...collageArea }, itemIds[i]),
    crop: centredCrop(photo.focus),
  }));
  const width = Math.round(deck.size.width * 0.9);
  const fontSize = fittedFontSize(names, width, Math.round(band * 0.5));
  // The names stand in the band of slide background below the photos, where they are always readable.
  const y = collageArea.height + Math.round((band - fontSize) / 2);
  return {
    ...slide,
    layout,
    items: [...photoItems, textItem(deck, names, { y, width, fontSize, font: 'serif', bold: true })],
    transition: 'fade',
  };
}

type TextPlace = Pick<TextItem, 'y' | 'width' | 'fontSize' | 'font' | 'bold'>;

function textItem(deck: Deck, text: string, place: TextPlace): TextItem {
  return {
    kind: 'text',
    id: newId<ItemId>(),
    text,
    x: Math.round((deck.size.width - place.width) / 2),
    ...place,
    color: deck.theme.textColor,
    align: 'center',
    appears: 'start',
  };
}

/** A font size at which `text` fits on one line of `width`, if it can at a readable size; at most `max`. */
function fittedFontSize(text: string, width: number, max: number): number {
  // An average character is about half as wide as the font is tall.
  const oneLine = width / (Math.max(1, text.length) * 0.55);
  return Math.round(Math.max(Math.min(max, 48), Math.min(max, oneLine)));
}

const TAKEN_AT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** "2019-07-14T15:30:05" from the deck's takenAt (zone offset ignored: the camera's wall clock orders a day). */
function takenAtKey(takenAt: string | undefined): string | undefined {
  const match = TAKEN_AT.exec(takenAt ?? '');
  if (!match) return undefined;
  const [date = '', hour = '00', minute = '00', second = '00'] = match.slice(1);
  return `${date}T${hour}:${minute}:${second}`;
}
