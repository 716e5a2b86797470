// Where the quiz reveal's question card, question strip and answer card stand and how large their text is, from the measured text.
import type { Rect } from '../model/geometry';
import type { Deck, Reveal } from '../model/deck';
import { questionBarRect } from '../model/questionBar';
import { fitOnOneLineFirst, fitText, type FittedText } from './fitText';
import { fontFamilyOf } from './fonts';
import { measureBlock } from './measureText';

/** A block of text placed on the slide: its box (as wide as its widest line), size and line height. */
export type PlacedText = Rect & {
  readonly text: string;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly fontFamily: string;
  readonly bold: boolean;
};

/** The question (step 0) on the slide's background, in the display font, with an accent rule under it. */
export type QuestionCardLayout = { readonly question: PlacedText; readonly rule: Rect };

/** The strip along the bottom while the photos come in: the question in the display font, the counter right. */
export type QuestionStripLayout = {
  readonly bar: Rect;
  readonly rule: Rect;
  readonly question: PlacedText;
  readonly counter: PlacedText | null;
};

/** The answer: a card sized to its text with the same padding on every side; a rule between title and subtitle. */
export type AnswerCardLayout = {
  readonly card: Rect;
  readonly padding: number;
  readonly cornerRadius: number;
  readonly title: PlacedText;
  readonly rule: Rect | null;
  readonly subtitle: PlacedText | null;
};

const QUESTION_LINE_HEIGHT = 1.15;
const STRIP_LINE_HEIGHT = 1.08;
const TITLE_LINE_HEIGHT = 1.12;
const SUBTITLE_LINE_HEIGHT = 1.25;
/** The least height of the strip's question, as a share of the slide's: readable from the back of a room. */
export const STRIP_TEXT_SHARE = 0.04;

/** The title the answer card shows when none is written yet. */
export const ANSWER_PLACEHOLDER = 'The answer';

function serif(deck: Deck): string {
  return fontFamilyOf('serif', deck.theme.fontFamily);
}

function sans(deck: Deck): string {
  return fontFamilyOf('sans', deck.theme.fontFamily);
}

/** Measure only once the shipped fonts have loaded (useFontsReady), like every text the slide draws. */
export function questionCardLayout(deck: Deck, reveal: Reveal): QuestionCardLayout {
  const { width, height } = deck.size;
  const fontFamily = serif(deck);
  const maxWidth = width * 0.8;
  const fitted = fitOnOneLineFirst(
    {
      text: reveal.question,
      maxWidth,
      maxLines: 4,
      largest: height * 0.1,
      smallest: height * 0.055,
      fontFamily,
      bold: true,
      lineHeight: QUESTION_LINE_HEIGHT,
      balance: true,
    },
    height * 0.08,
  );
  const textHeight = shownHeight(fitted, 4, QUESTION_LINE_HEIGHT);
  const ruleHeight = Math.max(4, Math.round(height * 0.006));
  const gap = Math.round(fitted.fontSize * 0.45);
  const blockHeight = textHeight + gap + ruleHeight;
  const top = (height - blockHeight) / 2;
  const ruleWidth = Math.round(height * 0.11);
  return {
    question: {
      ...centredBox(width, fitted, top, textHeight),
      text: reveal.question,
      fontSize: fitted.fontSize,
      lineHeight: QUESTION_LINE_HEIGHT,
      fontFamily,
      bold: true,
    },
    rule: { x: (width - ruleWidth) / 2, y: top + textHeight + gap, width: ruleWidth, height: ruleHeight },
  };
}

export function questionStripLayout(deck: Deck, reveal: Reveal, counterText: string): QuestionStripLayout {
  const { width, height } = deck.size;
  const bar = questionBarRect(deck.size);
  const padding = Math.round(bar.height * 0.4);
  const counterFamily = sans(deck);
  const counterSize = Math.round(bar.height * 0.44);
  const counterWidth = counterText
    ? Math.ceil(
        measureBlock({
          text: counterText,
          width: width,
          fontSize: counterSize,
          fontFamily: counterFamily,
          bold: true,
        }).lineWidth,
      ) + 2
    : 0;
  const maxWidth = width - padding * 2 - (counterText ? counterWidth + padding : 0);
  const fontFamily = serif(deck);
  const smallest = Math.ceil(height * STRIP_TEXT_SHARE);
  // One line as large as the bar allows; a long question shrinks to the least readable size, then takes two lines.
  const request = { text: reveal.question, maxWidth, fontFamily, bold: false, lineHeight: STRIP_LINE_HEIGHT };
  const oneLine = fitText({ ...request, maxLines: 1, largest: bar.height * 0.5, smallest });
  const fitted = oneLine.fits ? oneLine : fitText({ ...request, maxLines: 2, largest: smallest, smallest });
  const ruleHeight = Math.max(3, Math.round(height * 0.004));
  return {
    bar,
    rule: { x: 0, y: bar.y, width, height: ruleHeight },
    question: {
      x: padding,
      y: bar.y + ruleHeight,
      width: maxWidth,
      height: bar.height - ruleHeight,
      text: reveal.question,
      fontSize: fitted.fontSize,
      lineHeight: STRIP_LINE_HEIGHT,
      fontFamily,
      bold: false,
    },
    counter: counterText
      ? {
          x: width - padding - counterWidth,
          y: bar.y + ruleHeight,
          width: counterWidth,
          height: bar.height - ruleHeight,
          text: counterText,
          fontSize: counterSize,
          lineHeight: 1,
          fontFamily: counterFamily,
          bold: true,
        }
      : null,
  };
}

export function answerCardLayout(deck: Deck, reveal: Reveal): AnswerCardLayout {
  const { width, height } = deck.size;
  const maxWidth = Math.round(width * 0.72);
  const titleText = reveal.answer.title.trim() || ANSWER_PLACEHOLDER;
  const titleFamily = serif(deck);
  const title = fitOnOneLineFirst(
    {
      text: titleText,
      maxWidth,
      maxLines: 3,
      largest: height * 0.12,
      smallest: height * 0.055,
      fontFamily: titleFamily,
      bold: true,
      lineHeight: TITLE_LINE_HEIGHT,
      balance: true,
    },
    height * 0.09,
  );
  const subtitleText = reveal.answer.subtitle?.trim() ?? '';
  const subtitleFamily = sans(deck);
  const subtitle = subtitleText
    ? fitText({
        text: subtitleText,
        maxWidth,
        maxLines: 2,
        largest: Math.min(Math.max(title.fontSize * 0.4, height * 0.038), height * 0.05),
        smallest: height * 0.03,
        fontFamily: subtitleFamily,
        bold: false,
        lineHeight: SUBTITLE_LINE_HEIGHT,
        balance: true,
      })
    : null;

  const titleHeight = shownHeight(title, 3, TITLE_LINE_HEIGHT);
  const subtitleHeight = subtitle ? shownHeight(subtitle, 2, SUBTITLE_LINE_HEIGHT) : 0;
  const ruleHeight = Math.max(4, Math.round(height * 0.005));
  const ruleWidth = Math.round(height * 0.09);
  const gap = Math.round(title.fontSize * 0.28);
  // A little room either side of the widest line, so drawing wraps exactly as measuring did.
  const contentWidth = Math.ceil(Math.max(title.lineWidth, subtitle?.lineWidth ?? 0, ruleWidth)) + 2;
  const contentHeight = titleHeight + (subtitle ? gap * 2 + ruleHeight + subtitleHeight : 0);
  const padding = Math.round(Math.min(Math.max(title.fontSize * 0.55, height * 0.04), height * 0.07));
  const card = {
    x: Math.round((width - contentWidth) / 2 - padding),
    y: Math.round((height - contentHeight) / 2 - padding),
    width: contentWidth + padding * 2,
    height: contentHeight + padding * 2,
  };
  const left = card.x + padding;
  const top = card.y + padding;
  const ruleY = top + titleHeight + gap;
  return {
    card,
    padding,
    cornerRadius: Math.round(height * 0.022),
    title: {
      x: left,
      y: top,
      width: contentWidth,
      height: titleHeight,
      text: titleText,
      fontSize: title.fontSize,
      lineHeight: TITLE_LINE_HEIGHT,
      fontFamily: titleFamily,
      bold: true,
    },
    rule: subtitle
      ? { x: card.x + (card.width - ruleWidth) / 2, y: ruleY, width: ruleWidth, height: ruleHeight }
      : null,
    subtitle: subtitle
      ? {
          x: left,
          y: ruleY + ruleHeight + gap,
          width: contentWidth,
          height: subtitleHeight,
          text: subtitleText,
          fontSize: subtitle.fontSize,
          lineHeight: SUBTITLE_LINE_HEIGHT,
          fontFamily: subtitleFamily,
          bold: false,
        }
      : null,
  };
}

/** The height of the lines drawn: a text that does not fit at its least size is cut at `maxLines`. */
function shownHeight(fitted: FittedText, maxLines: number, lineHeight: number): number {
  return Math.min(fitted.lines, maxLines) * fitted.fontSize * lineHeight;
}

function centredBox(slideWidth: number, fitted: FittedText, y: number, height: number): Rect {
  const width = Math.ceil(fitted.lineWidth) + 2;
  return { x: (slideWidth - width) / 2, y, width, height };
}
