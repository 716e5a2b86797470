// How the answer comes in: the collage behind it blurs and dims, then the card lands — a pure function of time.
import { easeOutBack, easeOutCubic, progressAt } from './easing';

/** How long the backdrop takes to blur and dim the collage. */
export const BACKDROP_DURATION = 500;
/** The card starts once the backdrop is under way, fades in quickly and grows to its size with a small overshoot. */
export const CARD_DELAY = 150;
export const CARD_FADE = 350;
export const CARD_GROW = 650;
export const ANSWER_DURATION = CARD_DELAY + CARD_GROW;
/** The card's starting size, as a share of its own. */
export const CARD_FROM = 0.86;
/** How far the card's growth overshoots (easeOutBack's constant; 0 would land without one). */
const OVERSHOOT = 1.2;

export type AnswerFrame = {
  /** The blurred, dimmed collage with the answer's photos, faded in over the last photo step. */
  readonly backdrop: number;
  readonly cardOpacity: number;
  /** The card's scale about the slide's centre (where the card stands). */
  readonly cardScale: number;
};

export const ANSWER_LANDED: AnswerFrame = { backdrop: 1, cardOpacity: 1, cardScale: 1 };

export function answerFrame(elapsed: number): AnswerFrame {
  const card = elapsed - CARD_DELAY;
  return {
    backdrop: easeOutCubic(progressAt(elapsed, BACKDROP_DURATION)),
    cardOpacity: easeOutCubic(progressAt(card, CARD_FADE)),
    cardScale: CARD_FROM + (1 - CARD_FROM) * easeOutBack(progressAt(card, CARD_GROW), OVERSHOOT),
  };
}
