// Telling a swipe on a touch screen from a tap, a short drag or a vertical scroll.
import { describe, expect, it } from 'vitest';
import { classifySwipe } from '../../../src/present/swipe';

describe('classifySwipe', () => {
  it('takes a finger moving left as "next" and right as "previous"', () => {
    expect(classifySwipe(-120, 10)).toBe('next');
    expect(classifySwipe(120, -10)).toBe('previous');
  });

  it('needs more than 50 px across', () => {
    expect(classifySwipe(-50, 0)).toBe('none');
    expect(classifySwipe(-51, 0)).toBe('next');
    expect(classifySwipe(50, 0)).toBe('none');
    expect(classifySwipe(51, 0)).toBe('previous');
  });

  it('leaves a tap (no movement) alone: its click is what moves the show', () => {
    expect(classifySwipe(0, 0)).toBe('none');
    expect(classifySwipe(3, -2)).toBe('none');
  });

  it('ignores movements that are not mostly horizontal', () => {
    expect(classifySwipe(-20, 300)).toBe('none');
    expect(classifySwipe(-100, 60)).toBe('none');
    expect(classifySwipe(100, 100)).toBe('none');
    expect(classifySwipe(-100, 50)).toBe('next');
  });
});
