// Typing a slide number in the player: the digits kept, what Enter does with them, and the lines shown.
import { describe, expect, it } from 'vitest';
import {
  digitOfKey,
  entryOutcome,
  entryPrompt,
  eraseDigit,
  noSuchSlideText,
  typeDigit,
} from '../../../src/present/slideNumberEntry';

function typed(keys: string): string {
  let entry = '';
  for (const key of keys) {
    const digit = digitOfKey(key);
    if (digit) entry = typeDigit(entry, digit);
  }
  return entry;
}

describe('slide number entry', () => {
  it.each(['0', '1', '5', '9'])('takes %j as a digit', (key) => {
    expect(digitOfKey(key)).toBe(key);
  });

  it.each(['a', 'Enter', ' ', '12', '', 'Numpad1', '½'])('takes %j as no digit', (key) => {
    expect(digitOfKey(key)).toBeNull();
  });

  it('builds the number digit by digit: "1", "2" is 12', () => {
    expect(typeDigit('', '1')).toBe('1');
    expect(typeDigit('1', '2')).toBe('12');
    expect(entryPrompt('12')).toBe('Go to slide 12');
  });

  it('drops leading zeros: "0", "7" is 7, and a lone "0" is nothing typed', () => {
    expect(typed('07')).toBe('7');
    expect(typed('0')).toBe('');
    expect(typed('10')).toBe('10');
  });

  it('keeps the last four digits only', () => {
    expect(typed('123456')).toBe('3456');
  });

  it('takes the last digit back with erase', () => {
    expect(eraseDigit('12')).toBe('1');
    expect(eraseDigit('1')).toBe('');
    expect(eraseDigit('')).toBe('');
  });

  it('goes to a slide the deck has, from the first to the last', () => {
    expect(entryOutcome('1', 12)).toEqual({ kind: 'go', slideNumber: 1 });
    expect(entryOutcome('12', 12)).toEqual({ kind: 'go', slideNumber: 12 });
  });

  it('says there is no such slide past the last one, or in an empty deck', () => {
    expect(entryOutcome('13', 12)).toEqual({ kind: 'no such slide', slideNumber: 13 });
    expect(noSuchSlideText(13, 12)).toBe('No slide 13: the last is 12');
    expect(entryOutcome('1', 0)).toEqual({ kind: 'no such slide', slideNumber: 1 });
    expect(noSuchSlideText(1, 0)).toBe('No slide 1: the deck is empty');
  });

  it('lets Enter with nothing typed be an ordinary "next"', () => {
    expect(entryOutcome('', 12)).toEqual({ kind: 'nothing typed' });
  });
});
