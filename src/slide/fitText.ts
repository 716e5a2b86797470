// The largest font size at which a text fits a box of so many lines, for the reveal's question and answer.
import { measureBlock, type BlockMeasure } from './measureText';

export type FitRequest = {
  readonly text: string;
  /** The widest the text may be, in slide units. */
  readonly maxWidth: number;
  readonly maxLines: number;
  /** The size it takes when it fits, and the least it may shrink to. */
  readonly largest: number;
  readonly smallest: number;
  readonly fontFamily: string;
  readonly bold: boolean;
  readonly lineHeight: number;
  /**
   * Evens out the lines of a text that wraps (as CSS's `text-wrap: balance`): the narrowest width that keeps
   * its number of lines, so no lone word is left on the last line.
   */
  readonly balance?: boolean;
};

export type FittedText = BlockMeasure & {
  readonly fontSize: number;
  /** False when even the smallest size needs more lines (the drawn text is then cut short with an ellipsis). */
  readonly fits: boolean;
};

/** Sizes tried between `largest` and `smallest`, in steps of about 4 % (a few measurements, not dozens). */
const STEP = 0.96;

/**
 * The largest size, from `largest` down to `smallest`, at which the text wraps to at most `maxLines` lines
 * and no word is wider than `maxWidth` (Konva would break it mid-word). Measure only once fonts have loaded.
 */
export function fitText(request: FitRequest): FittedText {
  const { largest, smallest } = request;
  let size = Math.max(largest, smallest);
  for (;;) {
    const fontSize = Math.max(Math.round(size), smallest);
    const measure = measureBlock({
      text: request.text,
      width: request.maxWidth,
      fontSize,
      fontFamily: request.fontFamily,
      bold: request.bold,
      lineHeight: request.lineHeight,
      align: 'center',
    });
    const fits = measure.lines <= request.maxLines && measure.widestWordWidth <= request.maxWidth;
    if (fits || fontSize <= smallest) {
      const balanced =
        request.balance && fits && measure.lines > 1 ? balanceLines(request, fontSize, measure) : measure;
      return { ...balanced, fontSize, fits };
    }
    size = Math.min(size * STEP, fontSize - 1);
  }
}

/** Halvings of the width range tried when balancing: to within a slide unit or two. */
const BALANCE_STEPS = 10;

function balanceLines(request: FitRequest, fontSize: number, wide: BlockMeasure): BlockMeasure {
  const measureAt = (width: number) =>
    measureBlock({
      text: request.text,
      width,
      fontSize,
      fontFamily: request.fontFamily,
      bold: request.bold,
      lineHeight: request.lineHeight,
      align: 'center',
    });
  let best = wide;
  let low = Math.max(wide.widestWordWidth, wide.lineWidth / wide.lines);
  let high = wide.lineWidth;
  for (let i = 0; i < BALANCE_STEPS && high - low > 1; i++) {
    const width = (low + high) / 2;
    const measure = measureAt(width);
    if (measure.lines === wide.lines) {
      best = measure;
      high = width;
    } else {
      low = width;
    }
  }
  return best;
}

/**
 * A short text on one line if it fits there at `oneLineSmallest` or more; otherwise wrapped as `request` allows.
 * Large type on one line reads better than larger type broken over two.
 */
export function fitOnOneLineFirst(request: FitRequest, oneLineSmallest: number): FittedText {
  const oneLine = fitText({ ...request, maxLines: 1, smallest: Math.max(oneLineSmallest, request.smallest) });
  return oneLine.fits ? oneLine : fitText(request);
}
