// How the answer comes in: the backdrop fades in first, then the card fades in and grows to its size, landing settled.
import { describe, expect, it } from 'vitest';
import {
  ANSWER_DURATION,
  ANSWER_LANDED,
  BACKDROP_DURATION,
  CARD_DELAY,
  CARD_FROM,
  answerFrame,
} from '../../../src/present/answerAnimation';

describe('answerFrame', () => {
  it('starts with nothing of the answer shown, the card smaller', () => {
    expect(answerFrame(0)).toEqual({ backdrop: 0, cardOpacity: 0, cardScale: CARD_FROM });
    expect(answerFrame(-50)).toEqual(answerFrame(0));
  });

  it('lasts long enough to be seen, and not so long the room waits', () => {
    expect(ANSWER_DURATION).toBeGreaterThanOrEqual(600);
    expect(ANSWER_DURATION).toBeLessThanOrEqual(1200);
  });

  it('lands settled at its duration and stays there', () => {
    expect(answerFrame(ANSWER_DURATION)).toEqual(ANSWER_LANDED);
    expect(answerFrame(ANSWER_DURATION + 5000)).toEqual(ANSWER_LANDED);
  });

  it('veils the collage first, then brings the card in', () => {
    expect(answerFrame(CARD_DELAY).backdrop).toBeGreaterThan(0.5);
    expect(answerFrame(CARD_DELAY).cardOpacity).toBe(0);
    expect(answerFrame(BACKDROP_DURATION).backdrop).toBe(1);
    const mid = answerFrame((CARD_DELAY + ANSWER_DURATION) / 2);
    expect(mid.cardOpacity).toBeGreaterThan(0.5);
  });

  it('fades in one way, and grows past its size by a hair at most before settling', () => {
    let opacity = 0;
    let backdrop = 0;
    for (let t = 0; t <= ANSWER_DURATION; t += 10) {
      const frame = answerFrame(t);
      expect(frame.cardOpacity).toBeGreaterThanOrEqual(opacity);
      expect(frame.backdrop).toBeGreaterThanOrEqual(backdrop);
      expect(frame.cardScale).toBeGreaterThanOrEqual(CARD_FROM);
      expect(frame.cardScale).toBeLessThan(1.02);
      opacity = frame.cardOpacity;
      backdrop = frame.backdrop;
    }
  });
});
