// "Check before presenting": what could go wrong on each slide of a deck, in plain words, slide by slide.
import { cropSource } from './crop';
import type { Deck, PhotoItem, PhotoMeta, Slide, TextItem } from './deck';
import type { Rect } from './geometry';
import type { ItemId, PhotoId, SlideId } from './ids';
import { NEW_TEXT } from './newDeck';
import { questionBarRect } from './questionBar';
import { isAnswerStep, isQuestionStep, stepCount, visibleItemIds } from './revealSteps';
import { findSpoilers, type Spoiler } from './spoilers';

/** The screen the check assumes the deck is shown on. */
export const SCREEN = { width: 1920, height: 1080 } as const;

/** How far a photo may be enlarged past its own pixels before it looks soft. */
export const SOFT_UPSCALE = 1.5;

/** A frame showing less than this share of its photo's area has cropped most of the photo away. */
export const MOSTLY_CROPPED = 0.5;

/** A photo smaller than this share of the slide's average photo is too small to make out beside them. */
export const TOO_SMALL = 1 / 3;

export type PreShowProblemKind =
  | 'importing'
  | 'missingPhoto'
  | 'softPhoto'
  | 'revealWithoutPhotos'
  | 'emptyAnswer'
  | 'emptyQuestion'
  | 'quizNeverAnswered'
  | 'spoiler'
  | 'placeholderText'
  | 'emptyText'
  | 'textUnderQuestionBar'
  | 'mostlyCropped'
  | 'smallPhoto'
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
  const spoilers = spoilersBySlide(deck);
  deck.slides.forEach((slide, slideIndex) => {
    const found = [...checkSlide(deck, slide, slideIndex, context), ...(spoilers.get(slideIndex) ?? [])];
    for (const problem of found) problems.push({ slideIndex, slideId: slide.id, ...problem });
  });
  return problems;
}

type SlideProblem = Omit<PreShowProblem, 'slideIndex' | 'slideId'>;

function checkSlide(deck: Deck, slide: Slide, slideIndex: number, context: PreShowContext): SlideProblem[] {
  const problems: SlideProblem[] = [];
  if (slide.items.length === 0 && !slide.reveal) {
    problems.push({ kind: 'emptySlide', severity: 'warning', message: 'This slide is empty.' });
  }
  const reveal = slide.reveal;
  if (reveal) {
    if (reveal.question.trim() === '') {
      problems.push({
        kind: 'emptyQuestion',
        severity: 'problem',
        message: 'The question is empty: the room will see a blank screen before the first photo.',
      });
    }
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
    const next = deck.slides[slideIndex + 1];
    if (reveal.continues && !next?.reveal) {
      problems.push({
        kind: 'quizNeverAnswered',
        severity: 'problem',
        message: next
          ? 'The quiz goes on to the next slide, but that slide has no quiz: its answer never comes. Turn on the quiz on the next slide, or let this one end with its answer.'
          : 'The quiz goes on to the next slide, but this is the last slide: its answer never comes. Let this quiz end with its answer.',
      });
    }
    // A quiz that goes on is answered on a later slide: its own answer is never shown.
    if (!reveal.continues && reveal.answer.title.trim() === '') {
      problems.push({
        kind: 'emptyAnswer',
        severity: 'problem',
        message: 'The answer is empty: the last click will show a blank card.',
      });
    }
  }
  const underBar = shownUnderQuestionBar(slide);
  const photoFrames = slide.items.filter((item) => item.kind === 'photo');
  const meanArea = photoFrames.reduce((sum, item) => sum + item.width * item.height, 0) / photoFrames.length;
  for (const item of slide.items) {
    if (item.kind === 'photo') problems.push(...checkPhoto(deck, item, meanArea, context));
    else problems.push(...checkText(deck, item, underBar, context));
  }
  return problems;
}

/** The items a quiz slide shows while its photos come in, when the question bar runs along its bottom. */
function shownUnderQuestionBar(slide: Slide): Set<ItemId> {
  const shown = new Set<ItemId>();
  if (!slide.reveal) return shown;
  for (let step = 1; step < stepCount(slide); step += 1) {
    if (isQuestionStep(slide, step) || isAnswerStep(slide, step)) continue;
    for (const id of visibleItemIds(slide, step)) shown.add(id);
  }
  return shown;
}

function checkPhoto(deck: Deck, item: PhotoItem, meanArea: number, context: PreShowContext): SlideProblem[] {
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
  return [
    ...checkSharpness(deck, name, photo, item, shown),
    ...checkFraming(name, photo, item, shown, meanArea),
  ];
}

/** A frame that crops most of its photo away, or a photo too small beside the slide's others to make out. */
function checkFraming(
  name: string,
  photo: PhotoMeta,
  item: PhotoItem,
  shown: Rect,
  meanArea: number,
): SlideProblem[] {
  const problems: SlideProblem[] = [];
  const shownShare = (shown.width * shown.height) / (photo.width * photo.height);
  if (shownShare < MOSTLY_CROPPED) {
    problems.push({
      itemId: item.id,
      kind: 'mostlyCropped',
      severity: 'warning',
      message: `Only ${Math.floor(shownShare * 100)} % of ${name} shows in its frame: most of the photo is cropped away.`,
    });
  }
  if (item.width * item.height < TOO_SMALL * meanArea) {
    problems.push({
      itemId: item.id,
      kind: 'smallPhoto',
      severity: 'warning',
      message: `${name} is less than a third of the size of the other photos on this slide, on average: the room may not make it out.`,
    });
  }
  return problems;
}

function checkSharpness(
  deck: Deck,
  name: string,
  photo: PhotoMeta,
  item: PhotoItem,
  shown: Rect,
): SlideProblem[] {
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

function checkText(
  deck: Deck,
  item: TextItem,
  underBar: ReadonlySet<ItemId>,
  context: PreShowContext,
): SlideProblem[] {
  if (item.text.trim() === '') {
    return [
      {
        itemId: item.id,
        kind: 'emptyText',
        severity: 'warning',
        message: 'A text box is empty: it shows nothing. Write in it or delete it.',
      },
    ];
  }
  const problems: SlideProblem[] = [];
  if (item.text.trim() === NEW_TEXT) {
    problems.push({
      itemId: item.id,
      kind: 'placeholderText',
      severity: 'problem',
      message: `A text still says “${NEW_TEXT}”: write the caption or delete it.`,
    });
  }
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
  const bar = questionBarRect(deck.size);
  const underQuestionBar =
    underBar.has(item.id) &&
    item.y + measure.height > bar.y + EDGE_TOLERANCE &&
    item.y < bar.y + bar.height - EDGE_TOLERANCE &&
    left + lineWidth > bar.x + EDGE_TOLERANCE &&
    left < bar.x + bar.width - EDGE_TOLERANCE;
  if (underQuestionBar) {
    problems.push({
      itemId: item.id,
      kind: 'textUnderQuestionBar',
      severity: 'problem',
      message: `The text ${quoted} is under the question bar while the photos come in: move it up.`,
    });
  }
  return problems;
}

/** Each slide's spoilers as problems of the slide where the words show, the part to change. */
function spoilersBySlide(deck: Deck): Map<number, SlideProblem[]> {
  const bySlide = new Map<number, SlideProblem[]>();
  for (const spoiler of findSpoilers(deck)) {
    const { slideIndex, itemId } = spoiler.shown;
    const problem: SlideProblem = {
      ...(itemId ? { itemId } : {}),
      kind: 'spoiler',
      // Before the quiz (a title slide naming who the tribute is for) it may be meant; within it, never.
      severity: spoiler.withinQuiz ? 'problem' : 'warning',
      message: spoilerMessage(deck, spoiler),
    };
    bySlide.set(slideIndex, [...(bySlide.get(slideIndex) ?? []), problem]);
  }
  return bySlide;
}

/** E.g. "The text “Rui in Lisbon” gives away “Rui”, a word of the answer, before it is revealed." */
function spoilerMessage(deck: Deck, { shown, words, answerSlides }: Spoiler): string {
  const item = shown.itemId
    ? deck.slides[shown.slideIndex]?.items.find((i) => i.id === shown.itemId)
    : undefined;
  const photo = item?.kind === 'photo' ? deck.photos[item.photoId] : undefined;
  // Mid-sentence, a photo with neither name nor description is “a photo”.
  const name = photo?.fileName.trim() || photo?.alt?.trim() ? photoName(photo) : 'a photo';
  const quoted = `“${shorten(shown.text)}”`;
  const subject = {
    question: `The question ${quoted}`,
    text: `The text ${quoted}`,
    clue: `The clue ${quoted} of ${name}`,
    alt: `The alt text of ${name}, read out as the photo comes in,`,
    answer: `This slide’s answer ${quoted}`,
  }[shown.source];
  const most = 5;
  const listed = words.slice(0, most).map((word) => `“${word}”`);
  if (words.length > most) listed.push(`${words.length - most} more`);
  const own = answerSlides.includes(shown.slideIndex);
  const others = answerSlides.filter((index) => index !== shown.slideIndex).map((index) => `${index + 1}`);
  const otherSlides =
    others.length === 0 ? '' : `${others.length === 1 ? 'slide' : 'slides'} ${andList(others)}`;
  const where = own ? ['this slide', otherSlides].filter(Boolean).join(' and ') : otherSlides;
  const whose =
    own && others.length === 0
      ? 'the answer'
      : `${answerSlides.length === 1 ? 'the answer' : 'the answers'} on ${where}`;
  const it = answerSlides.length === 1 ? 'it is' : 'they are';
  return `${subject} gives away ${andList(listed)}, ${words.length > 1 ? 'words' : 'a word'} of ${whose}, before ${it} revealed.`;
}

/** “a”, “a and b”, “a, b and c”. */
function andList(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
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
