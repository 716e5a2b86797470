// "Check before presenting": what could go wrong on each slide of a deck, in plain words, slide by slide.
import { cropSource } from './crop';
import type { Deck, PhotoItem, PhotoMeta, Slide, TextItem } from './deck';
import type { ItemId, PhotoId, SlideId } from './ids';

/** The screen the check assumes the deck is shown on. */
export const SCREEN = { width: 1920, height: 1080 } as const;

/** How far a photo may be enlarged past its own pixels before it looks soft. */
export const SOFT_UPSCALE = 1.5;

export type PreShowProblemKind =
  | 'importing'
  | 'missingPhoto'
  | 'softPhoto'
  | 'revealWithoutPhotos'
  | 'emptyAnswer'
  | 'textTooWide'
  | 'textOffSlide'
  | 'emptySlide';

/** A 'problem' shows wrongly on the day; a 'warning' may be what the user meant. */
export type PreShowSeverity = 'problem' | 'warning';

export type PreShowProblem = {
  /** 0-based; null for what concerns the whole deck (photos still being added). */
  readonly slideIndex: number | null;
  readonly slideId: SlideId | null;
  readonly itemId?: ItemId;
  readonly kind: PreShowProblemKind;
  readonly severity: PreShowSeverity;
  readonly message: string;
};

/** How a text item lays out, in slide units, as the slide renderer draws it. */
export type TextMeasure = {
  /** The height of all its lines at the item's width. */
  readonly height: number;
  /** The widest of its laid-out lines. */
  readonly lineWidth: number;
  /** The widest piece the text cannot be broken inside (a word), and its width on one line. */
  readonly widestWord: string;
  readonly widestWordWidth: number;
};

export type PreShowContext = {
  /** Photos of the deck whose image is not stored on this device. */
  readonly missingPhotoIds: ReadonlySet<PhotoId>;
  /** Whether photos are still being added: their images may not all be stored yet. */
  readonly importing: boolean;
  readonly measureText: (item: TextItem, deck: Deck) => TextMeasure;
};

/** Within this many slide units, text touching an edge is not reported (rounding of measured widths). */
const EDGE_TOLERANCE = 1;

/** Every problem found, deck-wide ones first, then slide by slide in slide order, items in drawing order. */
export function checkDeck(deck: Deck, context: PreShowContext): PreShowProblem[] {
  const problems: PreShowProblem[] = [];
  if (context.importing) {
    problems.push({
      slideIndex: null,
      slideId: null,
      kind: 'importing',
      severity: 'warning',
      message: 'Photos are still being added. Check again when they are done.',
    });
  }
  deck.slides.forEach((slide, slideIndex) => {
    for (const found of checkSlide(deck, slide, context)) {
      problems.push({ slideIndex, slideId: slide.id, ...found });
    }
  });
  return problems;
}

type SlideProblem = Omit<PreShowProblem, 'slideIndex' | 'slideId'>;

function checkSlide(deck: Deck, slide: Slide, context: PreShowContext): SlideProblem[] {
  const problems: SlideProblem[] = [];
  if (slide.items.length === 0 && !slide.reveal) {
    problems.push({ kind: 'emptySlide', severity: 'warning', message: 'This slide is empty.' });
  }
  const reveal = slide.reveal;
  if (reveal) {
    const photoIds = new Set(slide.items.filter((item) => item.kind === 'photo').map((item) => item.id));
    const revealed = reveal.order.filter((id) => photoIds.has(id)).length;
    if (revealed === 0) {
      problems.push({
        kind: 'revealWithoutPhotos',
        severity: 'problem',
        message:
          photoIds.size === 0
            ? 'The quiz reveal has no photos: add photos to this slide.'
            : 'The quiz reveal has no photos to bring in: every photo is left out of it.',
      });
    }
    if (reveal.answer.title.trim() === '') {
      problems.push({
        kind: 'emptyAnswer',
        severity: 'problem',
        message: 'The answer is empty: the last click will show a blank card.',
      });
    }
  }
  for (const item of slide.items) {
    if (item.kind === 'photo') problems.push(...checkPhoto(deck, item, context));
    else problems.push(...checkText(deck, item, context));
  }
  return problems;
}

function checkPhoto(deck: Deck, item: PhotoItem, context: PreShowContext): SlideProblem[] {
  const photo = deck.photos[item.photoId];
  if (!photo) return [];
  const name = photoName(photo);
  if (context.missingPhotoIds.has(item.photoId)) {
    return [
      context.importing
        ? {
            itemId: item.id,
            kind: 'importing',
            severity: 'warning',
            message: `${name} is still being added.`,
          }
        : {
            itemId: item.id,
            kind: 'missingPhoto',
            severity: 'problem',
            message: `${name} is missing: its image is not stored on this device. Add the photo again.`,
          },
    ];
  }
  const shown = cropSource(photo, item, item.crop);
  const onScreen = item.width * screenScale(deck);
  if (shown.width <= 0 || onScreen <= SOFT_UPSCALE * shown.width) return [];
  const pixels = Math.round(shown.width);
  const fills = Math.round(onScreen);
  const part =
    pixels >= photo.width
      ? `${name} is ${photo.width} px wide`
      : `The part of ${name} shown is ${pixels} px wide`;
  return [
    {
      itemId: item.id,
      kind: 'softPhoto',
      severity: 'warning',
      message: `${part} but fills ${fills} px on a ${SCREEN.width}×${SCREEN.height} screen: it will look soft.`,
    },
  ];
}

function checkText(deck: Deck, item: TextItem, context: PreShowContext): SlideProblem[] {
  if (item.text.trim() === '') return [];
  const problems: SlideProblem[] = [];
  const measure = context.measureText(item, deck);
  const quoted = `“${shorten(item.text)}”`;
  if (measure.widestWordWidth > item.width + EDGE_TOLERANCE) {
    problems.push({
      itemId: item.id,
      kind: 'textTooWide',
      severity: 'problem',
      message: `“${shorten(measure.widestWord, 60)}” is wider than its text box, so it will be broken in the middle: widen the box or make the text smaller.`,
    });
  }
  const lineWidth = Math.min(measure.lineWidth, item.width);
  const left =
    item.align === 'left'
      ? item.x
      : item.align === 'right'
        ? item.x + item.width - lineWidth
        : item.x + (item.width - lineWidth) / 2;
  const offSlide =
    left < -EDGE_TOLERANCE ||
    item.y < -EDGE_TOLERANCE ||
    left + lineWidth > deck.size.width + EDGE_TOLERANCE ||
    item.y + measure.height > deck.size.height + EDGE_TOLERANCE;
  if (offSlide) {
    problems.push({
      itemId: item.id,
      kind: 'textOffSlide',
      severity: 'problem',
      message: `The text ${quoted} runs off the slide.`,
    });
  }
  return problems;
}

/** Slide units to screen pixels, with the deck's shape fitted into the screen. */
function screenScale(deck: Deck): number {
  return Math.min(SCREEN.width / deck.size.width, SCREEN.height / deck.size.height);
}

/** By file name, as the photo library lists it; by its description when it has no name. */
function photoName(photo: PhotoMeta): string {
  const alt = photo.alt?.trim();
  return photo.fileName.trim() || (alt ? `“${shorten(alt)}”` : 'A photo');
}

function shorten(text: string, most = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= most ? line : `${line.slice(0, most - 1)}…`;
}
