// The presenter view's pure parts: timer and clock text, the next-step label, the stopwatch and the window's address.
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/model/deck';
import { newSlide } from '../../../src/model/newDeck';
import {
  isPresenterAddress,
  messageTargetOrigin,
  presenterUrl,
} from '../../../src/present/presenter/presenterAddress';
import { playerActionForKey } from '../../../src/present/playerKeys';
import { formatClock, formatElapsed, nextStepText } from '../../../src/present/presenter/presenterText';
import { pauseOrResume, resetTimer, startTimer, timerElapsed } from '../../../src/present/presenter/useTimer';
import { imageBytes, testDeck, testPhoto } from '../bundle/bundleTestDeck';

describe('formatElapsed', () => {
  it('shows minutes and seconds under an hour, hours from an hour on', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(999)).toBe('0:00');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(59 * 60_000 + 59_999)).toBe('59:59');
    expect(formatElapsed(3_600_000)).toBe('1:00:00');
    expect(formatElapsed(3_600_000 + 2 * 60_000 + 9_000)).toBe('1:02:09');
  });

  it('counts odd input as zero', () => {
    expect(formatElapsed(-5000)).toBe('0:00');
    expect(formatElapsed(Number.NaN)).toBe('0:00');
  });
});

describe('formatClock', () => {
  it('is HH:MM, 24-hour', () => {
    expect(formatClock(new Date(2026, 10, 25, 9, 5))).toBe('09:05');
    expect(formatClock(new Date(2026, 10, 25, 21, 47, 59))).toBe('21:47');
    expect(formatClock(new Date(2026, 10, 25, 0, 0))).toBe('00:00');
  });
});

describe('nextStepText', () => {
  const photos = [1, 2].map((seed) => testPhoto(`${seed}.jpg`, 'image/jpeg', imageBytes('image/jpeg', seed)));
  const quiz = testDeck(photos);
  const deck: Deck = { ...quiz, slides: [...quiz.slides, newSlide()] };

  it('names the step the next press shows, through the reveal and on to the next slide', () => {
    expect(nextStepText(deck, { slide: 0, step: 0 })).toBe('Slide 1 of 2, photo 1 of 2');
    expect(nextStepText(deck, { slide: 0, step: 1 })).toBe('Slide 1 of 2, photo 2 of 2');
    expect(nextStepText(deck, { slide: 0, step: 2 })).toBe('Slide 1 of 2, answer');
    expect(nextStepText(deck, { slide: 0, step: 3 })).toBe('Slide 2 of 2');
  });

  it('says when the show is at its end', () => {
    expect(nextStepText(deck, { slide: 1, step: 0 })).toBe('End of the show');
    expect(nextStepText({ ...deck, slides: [] }, { slide: 0, step: 0 })).toBe('End of the show');
  });
});

describe('the stopwatch', () => {
  it('counts while running, holds while paused, and resets to zero', () => {
    let timer = startTimer(1000);
    expect(timerElapsed(timer, 1000)).toBe(0);
    expect(timerElapsed(timer, 6000)).toBe(5000);
    timer = pauseOrResume(timer, 6000);
    expect(timer.running).toBe(false);
    expect(timerElapsed(timer, 60_000)).toBe(5000);
    timer = pauseOrResume(timer, 60_000);
    expect(timerElapsed(timer, 62_000)).toBe(7000);
    timer = resetTimer(timer, 62_000);
    expect(timer.running).toBe(true);
    expect(timerElapsed(timer, 63_000)).toBe(1000);
    expect(timerElapsed(resetTimer(pauseOrResume(timer, 63_000), 64_000), 99_000)).toBe(0);
  });
});

describe('the presenter window’s address', () => {
  it('is the page without its hash, plus #presenter', () => {
    expect(presenterUrl('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/#presenter');
    expect(presenterUrl('file:///home/ana/bundle/index.html#slide-3')).toBe(
      'file:///home/ana/bundle/index.html#presenter',
    );
    expect(isPresenterAddress('#presenter')).toBe(true);
    expect(isPresenterAddress('')).toBe(false);
    expect(isPresenterAddress('#presenter-not')).toBe(false);
  });

  it('sends to its own origin over http, and to any on file:// where origins are opaque', () => {
    expect(messageTargetOrigin({ protocol: 'http:', origin: 'http://127.0.0.1:4173' })).toBe(
      'http://127.0.0.1:4173',
    );
    expect(messageTargetOrigin({ protocol: 'file:', origin: 'null' })).toBe('*');
    expect(messageTargetOrigin({ protocol: 'file:', origin: 'file://' })).toBe('*');
  });
});

describe('the player’s key for the presenter view', () => {
  it('is P, without modifiers (Ctrl+P stays the browser’s print)', () => {
    const key = (name: string, ctrlKey = false) => ({ key: name, ctrlKey, metaKey: false, altKey: false });
    expect(playerActionForKey(key('p'))).toBe('presenter');
    expect(playerActionForKey(key('P'))).toBe('presenter');
    expect(playerActionForKey(key('p', true))).toBeNull();
  });
});
