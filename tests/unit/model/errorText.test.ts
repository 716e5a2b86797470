// What a caught error says: its message, or the thrown value as text, and never a throw of its own.
import { describe, expect, it } from 'vitest';
import { errorText } from '../../../src/model/errorText';

describe('errorText', () => {
  it('gives an Error’s message and any other value as text', () => {
    expect(errorText(new TypeError('the disk is busy'))).toBe('the disk is busy');
    expect(errorText('plain words')).toBe('plain words');
    expect(errorText(42)).toBe('42');
    expect(errorText(undefined)).toBe('undefined');
  });

  it('does not throw for a value whose toString throws', () => {
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(errorText(hostile)).toBe('unknown error');
    expect(errorText(Object.create(null))).toBe('unknown error');
  });
});
