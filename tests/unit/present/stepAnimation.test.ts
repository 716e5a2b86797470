// The reveal styles' timing: how long each takes at the reveal's pace, where it starts and ends, and that it
// moves one way in between.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STEP_SECONDS } from '../../../src/model/newDeck';
import {
  SETTLED,
  UNBLUR_FROM,
  ZOOM_FROM,
  spotlightHold,
  stepDuration,
  stepFrame,
  type RevealStyle,
  type StepFrame,
} from '../../../src/present/stepAnimation';

const styles: readonly RevealStyle[] = ['appear', 'fade', 'zoom', 'unblur', 'spotlight'];
const PACE = DEFAULT_STEP_SECONDS;

/** The frame every `ms` milliseconds from the start to a little past the end. */
function frames(style: RevealStyle, seconds = PACE, ms = 10): StepFrame[] {
  const out: StepFrame[] = [];
  for (let t = 0; t <= stepDuration(style, seconds) + 50; t += ms) out.push(stepFrame(style, t, seconds));
  return out;
}

function isMonotonic(values: readonly number[], direction: 1 | -1): boolean {
  return values.every((value, i) => i === 0 || (value - values[i - 1]!) * direction >= 0);
}

describe('stepDuration', () => {
  it('at the default pace, fade and zoom take 0.6 s, long enough for a room to see; unblur and spotlight longer', () => {
    expect(PACE).toBe(0.6);
    expect(Object.fromEntries(styles.map((style) => [style, stepDuration(style, PACE)]))).toEqual({
      appear: 0,
      fade: 600,
      zoom: 600,
      unblur: 1200,
      spotlight: 1600,
    });
    expect(spotlightHold(PACE)).toBe(1000);
  });

  it('follows the pace: fade and zoom take stepSeconds, unblur and spotlight in proportion', () => {
    for (const seconds of [0.1, 0.3, 1, 2.5, 5]) {
      expect(stepDuration('fade', seconds)).toBe(Math.round(seconds * 1000));
      expect(stepDuration('zoom', seconds)).toBe(Math.round(seconds * 1000));
      expect(stepDuration('unblur', seconds)).toBe(Math.round(seconds * 2000));
      expect(stepDuration('spotlight', seconds) / stepDuration('fade', seconds)).toBeCloseTo(8 / 3, 2);
      expect(spotlightHold(seconds) / stepDuration('spotlight', seconds)).toBeCloseTo(5 / 8, 2);
      expect(stepDuration('appear', seconds)).toBe(0);
    }
  });
});

describe('stepFrame', () => {
  it('appear is settled from the very first frame', () => {
    expect(stepFrame('appear', 0, PACE)).toEqual(SETTLED);
  });

  it('starts each animated style away from its end', () => {
    expect(stepFrame('fade', 0, PACE)).toEqual({ ...SETTLED, opacity: 0 });
    expect(stepFrame('zoom', 0, PACE)).toEqual({ ...SETTLED, opacity: 0, scale: ZOOM_FROM });
    expect(stepFrame('unblur', 0, PACE)).toEqual({ ...SETTLED, blur: UNBLUR_FROM });
    expect(stepFrame('spotlight', 0, PACE)).toEqual({ ...SETTLED, spotlight: 1, dim: 1 });
  });

  it.each(styles)('%s ends settled at its duration and stays there, at any pace', (style) => {
    for (const seconds of [0.1, PACE, 3]) {
      expect(stepFrame(style, stepDuration(style, seconds), seconds)).toEqual(SETTLED);
      expect(stepFrame(style, stepDuration(style, seconds) + 5000, seconds)).toEqual(SETTLED);
    }
  });

  it('is still on its way just before its duration: the pace stretches the whole animation', () => {
    for (const style of ['fade', 'zoom', 'unblur', 'spotlight'] as const) {
      for (const seconds of [0.3, PACE, 2]) {
        expect(
          stepFrame(style, stepDuration(style, seconds) * 0.9, seconds),
          `${style} ${seconds}`,
        ).not.toEqual(SETTLED);
      }
    }
    // Half-way through a slow fade is where a quick one has long ended.
    expect(stepFrame('fade', 500, 2).opacity).toBeLessThan(0.7);
    expect(stepFrame('fade', 500, 0.3)).toEqual(SETTLED);
  });

  it.each(styles)('%s moves only towards its end', (style) => {
    const all = frames(style);
    expect(
      isMonotonic(
        all.map((f) => f.opacity),
        1,
      ),
    ).toBe(true);
    expect(
      isMonotonic(
        all.map((f) => f.scale),
        1,
      ),
    ).toBe(true);
    expect(
      isMonotonic(
        all.map((f) => f.blur),
        -1,
      ),
    ).toBe(true);
    expect(
      isMonotonic(
        all.map((f) => f.spotlight),
        -1,
      ),
    ).toBe(true);
    expect(
      isMonotonic(
        all.map((f) => f.dim),
        -1,
      ),
    ).toBe(true);
  });

  it('eases out: fade and zoom are more than half done at half time', () => {
    expect(stepFrame('fade', 300, PACE).opacity).toBeGreaterThan(0.5);
    expect(stepFrame('zoom', 300, PACE).scale).toBeGreaterThan(ZOOM_FROM + (1 - ZOOM_FROM) / 2);
  });

  it('spotlight holds the photo enlarged in the centre before it settles, at any pace', () => {
    for (const seconds of [0.3, PACE, 2]) {
      const hold = spotlightHold(seconds);
      expect(stepFrame('spotlight', hold - 1, seconds)).toEqual({ ...SETTLED, spotlight: 1, dim: 1 });
      const settling = stepFrame('spotlight', (hold + stepDuration('spotlight', seconds)) / 2, seconds);
      expect(settling.spotlight).toBeGreaterThan(0);
      expect(settling.spotlight).toBeLessThan(1);
    }
  });

  it('treats a time before the start as the start', () => {
    for (const style of styles) expect(stepFrame(style, -100, PACE)).toEqual(stepFrame(style, 0, PACE));
  });
});
