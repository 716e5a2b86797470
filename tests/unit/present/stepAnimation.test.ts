// The reveal styles' timing: where each starts, where it ends, and that it moves one way in between.
import { describe, expect, it } from 'vitest';
import {
  SETTLED,
  SPOTLIGHT_HOLD,
  STEP_DURATION,
  UNBLUR_FROM,
  ZOOM_FROM,
  stepFrame,
  type RevealStyle,
  type StepFrame,
} from '../../../src/present/stepAnimation';

const styles: readonly RevealStyle[] = ['appear', 'fade', 'zoom', 'unblur', 'spotlight'];

/** The frame every `ms` milliseconds from the start to a little past the end. */
function frames(style: RevealStyle, ms = 10): StepFrame[] {
  const out: StepFrame[] = [];
  for (let t = 0; t <= STEP_DURATION[style] + 50; t += ms) out.push(stepFrame(style, t));
  return out;
}

function isMonotonic(values: readonly number[], direction: 1 | -1): boolean {
  return values.every((value, i) => i === 0 || (value - values[i - 1]!) * direction >= 0);
}

describe('stepFrame', () => {
  it('lasts about as long as each style is meant to', () => {
    expect(STEP_DURATION).toEqual({ appear: 0, fade: 400, zoom: 450, unblur: 1200, spotlight: 1600 });
  });

  it('appear is settled from the very first frame', () => {
    expect(stepFrame('appear', 0)).toEqual(SETTLED);
  });

  it('starts each animated style away from its end', () => {
    expect(stepFrame('fade', 0)).toEqual({ ...SETTLED, opacity: 0 });
    expect(stepFrame('zoom', 0)).toEqual({ ...SETTLED, opacity: 0, scale: ZOOM_FROM });
    expect(stepFrame('unblur', 0)).toEqual({ ...SETTLED, blur: UNBLUR_FROM });
    expect(stepFrame('spotlight', 0)).toEqual({ ...SETTLED, spotlight: 1, dim: 1 });
  });

  it.each(styles)('%s ends settled at its duration and stays there', (style) => {
    expect(stepFrame(style, STEP_DURATION[style])).toEqual(SETTLED);
    expect(stepFrame(style, STEP_DURATION[style] + 5000)).toEqual(SETTLED);
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
    expect(stepFrame('fade', 200).opacity).toBeGreaterThan(0.5);
    expect(stepFrame('zoom', 225).scale).toBeGreaterThan(ZOOM_FROM + (1 - ZOOM_FROM) / 2);
  });

  it('spotlight holds the photo enlarged in the centre before it settles', () => {
    expect(stepFrame('spotlight', SPOTLIGHT_HOLD - 1)).toEqual({ ...SETTLED, spotlight: 1, dim: 1 });
    const settling = stepFrame('spotlight', SPOTLIGHT_HOLD + 300);
    expect(settling.spotlight).toBeGreaterThan(0);
    expect(settling.spotlight).toBeLessThan(1);
  });

  it('treats a time before the start as the start', () => {
    for (const style of styles) expect(stepFrame(style, -100)).toEqual(stepFrame(style, 0));
  });
});
