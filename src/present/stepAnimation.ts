// How a photo comes in when the show moves one step forward: each reveal style's look as a pure function of time.
import type { Reveal } from '../model/deck';
import { easeInOutCubic, easeOutCubic, progressAt } from './easing';

export type RevealStyle = Reveal['style'];

/**
 * How long each style takes, in units of the reveal's pace (`stepSeconds`): fade and zoom take one, unblur and
 * the spotlight (a hold in the centre, then settling) take longer, as they always have at the default pace.
 */
export const PACE_SHARE: Readonly<Record<RevealStyle, number>> = {
  appear: 0,
  fade: 1,
  zoom: 1,
  unblur: 2,
  spotlight: 8 / 3,
};
/** Of the spotlight's time, the share it holds the photo enlarged in the centre before it settles. */
export const SPOTLIGHT_HOLD_SHARE = 5 / 8;

/** Milliseconds `style` takes at a pace of `stepSeconds` per photo. */
export function stepDuration(style: RevealStyle, stepSeconds: number): number {
  return Math.round(PACE_SHARE[style] * stepSeconds * 1000);
}

/** Milliseconds the spotlight holds the photo in the centre at that pace. */
export function spotlightHold(stepSeconds: number): number {
  return Math.round(stepDuration('spotlight', stepSeconds) * SPOTLIGHT_HOLD_SHARE);
}

/** The zoom style's starting size, as a share of the photo's own. */
export const ZOOM_FROM = 0.6;
/** The unblur style's starting blur radius, in slide units (so it looks the same at any stage size). */
export const UNBLUR_FROM = 40;

/** What the arriving item looks like at one moment. */
export type StepFrame = {
  readonly opacity: number;
  /** Scale about the item's centre. */
  readonly scale: number;
  /** Blur radius in slide units; 0 is sharp. */
  readonly blur: number;
  /** 1 = enlarged in the centre of the slide, 0 = in its place. */
  readonly spotlight: number;
  /** How dark the dimming over the rest of the slide is: 1 = full spotlight dimming, 0 = none. */
  readonly dim: number;
};

export const SETTLED: StepFrame = { opacity: 1, scale: 1, blur: 0, spotlight: 0, dim: 0 };

/** The arriving item at `elapsed` ms into its step, at a pace of `stepSeconds` per photo. */
export function stepFrame(style: RevealStyle, elapsed: number, stepSeconds: number): StepFrame {
  const duration = stepDuration(style, stepSeconds);
  const t = progressAt(elapsed, duration);
  switch (style) {
    case 'appear':
      return SETTLED;
    case 'fade':
      return { ...SETTLED, opacity: easeOutCubic(t) };
    case 'zoom': {
      const e = easeOutCubic(t);
      return { ...SETTLED, opacity: e, scale: ZOOM_FROM + (1 - ZOOM_FROM) * e };
    }
    case 'unblur':
      return { ...SETTLED, blur: UNBLUR_FROM * (1 - easeOutCubic(t)) };
    case 'spotlight': {
      const hold = spotlightHold(stepSeconds);
      const settle = easeInOutCubic(progressAt(elapsed - hold, duration - hold));
      return { ...SETTLED, spotlight: 1 - settle, dim: 1 - settle };
    }
  }
}
