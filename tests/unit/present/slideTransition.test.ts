// The slide transitions' timing: the new slide's opacity and offset from the start to the end.
import { describe, expect, it } from 'vitest';
import { TRANSITION_DURATION, transitionFrame } from '../../../src/present/slideTransition';

function sample(kind: 'fade' | 'slide', direction: 1 | -1, key: 'opacity' | 'offset'): number[] {
  const out: number[] = [];
  for (let t = 0; t <= TRANSITION_DURATION[kind] + 40; t += 10)
    out.push(transitionFrame(kind, direction, t)[key]);
  return out;
}

describe('transitionFrame', () => {
  it('none is in place at once', () => {
    expect(TRANSITION_DURATION.none).toBe(0);
    expect(transitionFrame('none', 1, 0)).toEqual({ opacity: 1, offset: 0 });
  });

  it('fade takes the new slide from invisible to opaque, never going back', () => {
    expect(TRANSITION_DURATION.fade).toBe(400);
    expect(transitionFrame('fade', 1, 0)).toEqual({ opacity: 0, offset: 0 });
    expect(transitionFrame('fade', 1, 400)).toEqual({ opacity: 1, offset: 0 });
    const opacities = sample('fade', 1, 'opacity');
    expect(opacities.every((value, i) => i === 0 || value >= opacities[i - 1]!)).toBe(true);
  });

  it('slide brings the new slide in from the right going forward, from the left going back', () => {
    expect(TRANSITION_DURATION.slide).toBe(500);
    expect(transitionFrame('slide', 1, 0)).toEqual({ opacity: 1, offset: 1 });
    expect(transitionFrame('slide', -1, 0)).toEqual({ opacity: 1, offset: -1 });
    expect(transitionFrame('slide', 1, 500).offset).toBe(0);
    expect(transitionFrame('slide', -1, 500).offset).toBe(-0);
    const forward = sample('slide', 1, 'offset');
    const back = sample('slide', -1, 'offset');
    expect(forward.every((value, i) => i === 0 || value <= forward[i - 1]!)).toBe(true);
    expect(back.every((value, i) => i === 0 || value >= back[i - 1]!)).toBe(true);
  });
});
