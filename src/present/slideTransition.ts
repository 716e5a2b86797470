// How the next slide comes in (the target slide's transition) as a pure function of time.
import type { Slide } from '../model/deck';
import { easeInOutCubic, easeOutCubic, progressAt } from './easing';

export type TransitionKind = Slide['transition'];
/** 1 when moving forward (the new slide comes from the right), -1 going back (from the left). */
export type Direction = 1 | -1;

export const TRANSITION_DURATION: Readonly<Record<TransitionKind, number>> = {
  none: 0,
  fade: 400,
  slide: 500,
};

/** The new slide, drawn over the old one, at one moment. */
export type TransitionFrame = {
  readonly opacity: number;
  /** Horizontal offset as a share of the slide's width: 1 = just off the right edge, 0 = in place. */
  readonly offset: number;
};

export function transitionFrame(
  kind: TransitionKind,
  direction: Direction,
  elapsed: number,
): TransitionFrame {
  const t = progressAt(elapsed, TRANSITION_DURATION[kind]);
  switch (kind) {
    case 'none':
      return { opacity: 1, offset: 0 };
    case 'fade':
      return { opacity: easeInOutCubic(t), offset: 0 };
    case 'slide':
      return { opacity: 1, offset: direction * (1 - easeOutCubic(t)) };
  }
}
