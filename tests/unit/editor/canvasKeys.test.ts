// Which key presses on the canvas mean which arranging action.
import { describe, expect, it } from 'vitest';
import { canvasKeyAction } from '../../../src/editor/canvasKeys';

const press = (
  key: string,
  extra: Partial<{
    code: string;
    shiftKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
    altKey: boolean;
  }> = {},
) =>
  canvasKeyAction({
    key,
    code: extra.code ?? '',
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...extra,
  });

describe('canvasKeyAction', () => {
  it('nudges by 1, or 10 with Shift', () => {
    expect(press('ArrowLeft')).toEqual({ kind: 'nudge', dx: -1, dy: 0 });
    expect(press('ArrowDown', { shiftKey: true })).toEqual({ kind: 'nudge', dx: 0, dy: 10 });
  });

  it('reorders with Ctrl/Cmd+brackets, Shift for front and back', () => {
    expect(press(']', { code: 'BracketRight', ctrlKey: true })).toEqual({
      kind: 'reorder',
      direction: 'forward',
    });
    expect(press('}', { code: 'BracketRight', metaKey: true, shiftKey: true })).toEqual({
      kind: 'reorder',
      direction: 'front',
    });
    expect(press('[', { code: 'BracketLeft', ctrlKey: true })).toEqual({
      kind: 'reorder',
      direction: 'backward',
    });
    expect(press('{', { code: 'BracketLeft', ctrlKey: true, shiftKey: true })).toEqual({
      kind: 'reorder',
      direction: 'back',
    });
  });

  it('duplicates, copies and pastes with Ctrl/Cmd', () => {
    expect(press('d', { ctrlKey: true })).toEqual({ kind: 'duplicate' });
    expect(press('c', { metaKey: true })).toEqual({ kind: 'copy' });
    expect(press('V', { ctrlKey: true })).toEqual({ kind: 'paste' });
    expect(press('d')).toBeNull();
  });

  it('deletes with Delete or Backspace', () => {
    expect(press('Delete')).toEqual({ kind: 'delete' });
    expect(press('Backspace')).toEqual({ kind: 'delete' });
  });
});
