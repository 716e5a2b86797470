// Which key presses on the canvas mean which arranging action.
import { describe, expect, it } from 'vitest';
import {
  canvasKeyAction,
  MIN_ITEM_SIZE,
  RESIZE_STEP,
  ROTATE_STEP,
  resizedAboutCentre,
  steppedItemId,
} from '../../../src/editor/canvas/keys/canvasKeys';
import type { PhotoItem } from '../../../src/model/deck';
import { textItem } from './textItem';
import type { ItemId, PhotoId } from '../../../src/model/ids';

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

describe('keyboard selection and resizing', () => {
  it('Tab and Shift+Tab select, + and − (or =) resize', () => {
    expect(press('Tab')).toEqual({ kind: 'select', direction: 1 });
    expect(press('Tab', { shiftKey: true })).toEqual({ kind: 'select', direction: -1 });
    expect(press('+', { shiftKey: true })).toEqual({ kind: 'resize', factor: RESIZE_STEP });
    expect(press('=')).toEqual({ kind: 'resize', factor: RESIZE_STEP });
    expect(press('-')).toEqual({ kind: 'resize', factor: 1 / RESIZE_STEP });
    // Ctrl/Cmd with + or − zooms the browser, and Alt+Tab switches windows: neither is the canvas's.
    expect(press('-', { ctrlKey: true })).toBeNull();
    expect(press('Tab', { altKey: true })).toBeNull();
  });

  it('R rotates 15° clockwise, Shift+R back, whatever the case of the letter', () => {
    expect(ROTATE_STEP).toBe(15);
    expect(press('r')).toEqual({ kind: 'rotate', degrees: 15 });
    expect(press('R', { shiftKey: true })).toEqual({ kind: 'rotate', degrees: -15 });
    // Caps Lock gives R without Shift: still clockwise.
    expect(press('R')).toEqual({ kind: 'rotate', degrees: 15 });
    // Ctrl/Cmd+R reloads the page; it stays the browser's.
    expect(press('r', { ctrlKey: true })).toBeNull();
    expect(press('r', { metaKey: true })).toBeNull();
  });

  it('Alt+arrow swaps with the neighbour that way; other Alt chords are not the canvas’s', () => {
    expect(press('ArrowLeft', { altKey: true })).toEqual({ kind: 'swap', direction: 'left' });
    expect(press('ArrowRight', { altKey: true })).toEqual({ kind: 'swap', direction: 'right' });
    expect(press('ArrowUp', { altKey: true })).toEqual({ kind: 'swap', direction: 'up' });
    expect(press('ArrowDown', { altKey: true })).toEqual({ kind: 'swap', direction: 'down' });
    expect(press('ArrowDown', { altKey: true, shiftKey: true })).toBeNull();
    expect(press('ArrowDown', { altKey: true, ctrlKey: true })).toBeNull();
    expect(press('r', { altKey: true })).toBeNull();
    // Plain arrows still move.
    expect(press('ArrowLeft')).toEqual({ kind: 'nudge', dx: -1, dy: 0 });
  });

  it('steps through the items in order and lets the focus go past either end', () => {
    const ids = ['a', 'b', 'c'] as ItemId[];
    const [a, b, c] = ids as [ItemId, ItemId, ItemId];
    expect(steppedItemId(ids, [], 1)).toBe(a);
    expect(steppedItemId(ids, [], -1)).toBe(c);
    expect(steppedItemId(ids, [a], 1)).toBe(b);
    expect(steppedItemId(ids, [b], -1)).toBe(a);
    expect(steppedItemId(ids, [a, b], 1)).toBe(c);
    expect(steppedItemId(ids, [c], 1)).toBeNull();
    expect(steppedItemId(ids, [a], -1)).toBeNull();
    expect(steppedItemId([], [], 1)).toBeNull();
  });

  const photo = (rotation: number): PhotoItem => ({
    kind: 'photo',
    id: 'p' as ItemId,
    photoId: 'x' as PhotoId,
    x: 100,
    y: 200,
    width: 400,
    height: 300,
    rotation,
    crop: { x: 0.5, y: 0.5, scale: 1 },
    cornerRadius: 0,
    borderWidth: 0,
    borderColor: '#ffffff',
  });
  /** Where the middle of the item is on the slide, turning about its top-left corner. */
  const centre = (g: { x: number; y: number; width: number; height: number; rotation: number }) => {
    const a = (g.rotation * Math.PI) / 180;
    return {
      x: g.x + (g.width / 2) * Math.cos(a) - (g.height / 2) * Math.sin(a),
      y: g.y + (g.width / 2) * Math.sin(a) + (g.height / 2) * Math.cos(a),
    };
  };

  it('resizes a photo about its centre, keeping its proportions and rotation', () => {
    for (const rotation of [0, 30, -90]) {
      const item = photo(rotation);
      const bigger = resizedAboutCentre(item, RESIZE_STEP)!;
      expect(bigger.width).toBeCloseTo(440);
      expect(bigger.height).toBeCloseTo(330);
      expect(bigger.rotation).toBe(rotation);
      const before = centre(item);
      const after = centre(bigger);
      expect(after.x).toBeCloseTo(before.x);
      expect(after.y).toBeCloseTo(before.y);
      // One press of − undoes one press of +.
      const back = resizedAboutCentre({ ...item, ...bigger }, 1 / RESIZE_STEP)!;
      expect(back.x).toBeCloseTo(item.x);
      expect(back.y).toBeCloseTo(item.y);
      expect(back.width).toBeCloseTo(item.width);
    }
  });

  it('widens a text box about its middle, and never shrinks an item below the minimum', () => {
    const text = textItem();
    const wider = resizedAboutCentre(text, 1.5)!;
    expect(wider.width).toBeCloseTo(300);
    expect(wider.x).toBeCloseTo(50);
    expect(wider.y).toBe(50);
    const tiny = { ...photo(0), width: MIN_ITEM_SIZE * 1.05, height: 100 };
    expect(resizedAboutCentre(tiny, 1 / RESIZE_STEP)).toBeNull();
    expect(resizedAboutCentre(tiny, RESIZE_STEP)).not.toBeNull();
  });
});
