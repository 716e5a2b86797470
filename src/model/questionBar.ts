// Where a quiz slide's question bar stands while its photos come in, and the area it leaves for the collage.
import type { Rect, Size } from './geometry';

/** The question bar's height as a share of the slide's (its text stays readable from the back of a room). */
export const QUESTION_BAR_SHARE = 0.1;

/** The bar's height in slide units. */
export function questionBarHeight(slide: Size): number {
  return Math.round(slide.height * QUESTION_BAR_SHARE);
}

/** The bar runs along the bottom of the slide. */
export function questionBarRect(slide: Size): Rect {
  const height = questionBarHeight(slide);
  return { x: 0, y: slide.height - height, width: slide.width, height };
}

/** The part of the slide a collage may fill: all of it, or on a quiz slide what the question bar leaves free. */
export function collageArea(slide: Size, quiz: boolean): Rect {
  const height = quiz ? slide.height - questionBarHeight(slide) : slide.height;
  return { x: 0, y: 0, width: slide.width, height };
}
