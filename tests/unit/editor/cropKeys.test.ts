// The crop keys: arrows move the photo in its frame, + and − zoom, Enter keeps, Esc cancels.
import { describe, expect, it } from 'vitest';
import { BIG_PAN, cropKeyAction, PAN, ZOOM_STEP } from '../../../src/editor/canvas/keys/cropKeys';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) =>
  cropKeyAction({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('cropKeyAction', () => {
  it('moves the photo the way of the arrow, further with Shift', () => {
    expect(press('ArrowRight')).toEqual({ kind: 'pan', dx: PAN, dy: 0 });
    expect(press('ArrowLeft')).toEqual({ kind: 'pan', dx: -PAN, dy: 0 });
    expect(press('ArrowUp', { shiftKey: true })).toEqual({ kind: 'pan', dx: 0, dy: -BIG_PAN });
    expect(press('ArrowDown')).toEqual({ kind: 'pan', dx: 0, dy: PAN });
  });

  it('zooms with + (or =, unshifted) and −, one press undoing the other', () => {
    expect(press('+')).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(press('=')).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    const out = press('-');
    expect(out?.kind === 'zoom' && out.factor * ZOOM_STEP).toBeCloseTo(1);
  });

  it('keeps the crop with Enter and cancels it with Esc', () => {
    expect(press('Enter')).toEqual({ kind: 'finish', keep: true });
    expect(press('Escape')).toEqual({ kind: 'finish', keep: false });
  });

  it('leaves other keys and the browser’s own shortcuts alone', () => {
    expect(press('r')).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('+', { ctrlKey: true })).toBeNull();
  });
});
