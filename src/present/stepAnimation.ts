// How a photo comes in when the show moves one step forward: each reveal style's look as a pure function of time.
import type { Reveal } from '../model/deck';
import { easeInOutCubic, easeOutCubic, progressAt } from './easing';

export type RevealStyle = Reveal['style'];

/** How long the spotlight holds the photo enlarged in the centre, then how long it takes to settle. */
export const SPOTLIGHT_HOLD = 1000;
export const SPOTLIGHT_SETTLE = 600;

/** Milliseconds each style takes. */
export const STEP_DURATION: Readonly<Record<RevealStyle, number>> = {
  appear: 0,
  fade: 400,
  zoom: 450,
  unblur: 1200,
  spotlight: SPOTLIGHT_HOLD + SPOTLIGHT_SETTLE,
};

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

export function stepFrame(style: RevealStyle, elapsed: number): StepFrame {
  const t = progressAt(elapsed, STEP_DURATION[style]);
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
      const settle = easeInOutCubic(progressAt(elapsed - SPOTLIGHT_HOLD, SPOTLIGHT_SETTLE));
      return { ...SETTLED, spotlight: 1 - settle, dim: 1 - settle };
    }
  }
}
