// How clicks in the photo library change the selection: plain, Ctrl/Cmd toggle, Shift range.
import { describe, expect, it } from 'vitest';
import { nextSelection, selectedPhotosText } from '../../../src/editor/library/photoSelection';

const all = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
const plain = { shift: false, toggle: false };
const toggle = { shift: false, toggle: true };
const shift = { shift: true, toggle: false };
const shiftToggle = { shift: true, toggle: true };

describe('nextSelection', () => {
  it('plain click selects only the clicked photo', () => {
    expect(nextSelection(all, ['a', 'c', 'e'], 'd', 'a', plain)).toEqual(['d']);
    expect(nextSelection(all, [], 'b', null, plain)).toEqual(['b']);
  });

  it('Ctrl click adds an unselected photo, keeping library order', () => {
    expect(nextSelection(all, ['e', 'a'], 'c', 'a', toggle)).toEqual(['a', 'c', 'e']);
  });

  it('Ctrl click removes a selected photo and keeps the rest', () => {
    expect(nextSelection(all, ['a', 'c', 'e'], 'c', 'a', toggle)).toEqual(['a', 'e']);
    expect(nextSelection(all, ['c'], 'c', 'c', toggle)).toEqual([]);
  });

  it('Shift click selects the range from the anchor forwards', () => {
    expect(nextSelection(all, ['b'], 'e', 'b', shift)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('Shift click selects the range from the anchor backwards', () => {
    expect(nextSelection(all, ['e'], 'b', 'e', shift)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('Shift click replaces what was selected outside the range', () => {
    expect(nextSelection(all, ['a', 'f'], 'd', 'c', shift)).toEqual(['c', 'd']);
  });

  it('Shift click on the anchor itself selects just the anchor', () => {
    expect(nextSelection(all, ['a', 'b'], 'c', 'c', shift)).toEqual(['c']);
  });

  it('Shift+Ctrl click adds the range to what was selected', () => {
    expect(nextSelection(all, ['a', 'f'], 'd', 'c', shiftToggle)).toEqual(['a', 'c', 'd', 'f']);
    expect(nextSelection(all, ['f'], 'a', 'c', shiftToggle)).toEqual(['a', 'b', 'c', 'f']);
  });

  it('Shift click without a usable anchor falls back to a plain click', () => {
    expect(nextSelection(all, ['a', 'b'], 'd', null, shift)).toEqual(['d']);
    expect(nextSelection(all, ['a', 'b'], 'd', 'gone' as (typeof all)[number], shift)).toEqual(['d']);
  });

  it('Shift+Ctrl without an anchor toggles like Ctrl', () => {
    expect(nextSelection(all, ['a'], 'd', null, shiftToggle)).toEqual(['a', 'd']);
  });
});

describe('selectedPhotosText', () => {
  it('counts the selected photos, one or many, and says nothing of none', () => {
    expect(selectedPhotosText(0)).toBe('');
    expect(selectedPhotosText(1)).toBe('1 photo selected');
    expect(selectedPhotosText(3)).toBe('3 photos selected');
  });
});
