// The canvas's key help is the keys' own table: each entry's presses ask for what it says, every action the
// keys can ask for is told, and the hint screen readers hear is written from it.
import { describe, expect, it } from 'vitest';
import { CANVAS_KEYS, CROP_KEYS, canvasKeysHint } from '../../../src/editor/canvas/keys/canvasKeyHelp';
import { canvasKeyAction } from '../../../src/editor/canvas/keys/canvasKeys';
import { cropKeyAction } from '../../../src/editor/canvas/keys/cropKeys';

const pressOf = (press: (typeof CANVAS_KEYS)[number]['presses'][number]) => ({
  key: press.key,
  code: press.code ?? '',
  shiftKey: press.shiftKey ?? false,
  ctrlKey: press.ctrlKey ?? false,
  metaKey: false,
  altKey: press.altKey ?? false,
});

describe('the canvas key table', () => {
  it('asks, for each entry’s keys, for what the entry says', () => {
    for (const entry of CANVAS_KEYS) {
      for (const press of entry.presses) {
        expect(canvasKeyAction(pressOf(press))?.kind, `${entry.keys}: ${press.key}`).toBe(entry.action);
      }
    }
    for (const entry of CROP_KEYS) {
      for (const press of entry.presses) {
        expect(cropKeyAction(pressOf(press))?.kind, `${entry.keys}: ${press.key}`).toBe(entry.action);
      }
    }
  });

  it('tells every action the canvas keys can ask for', () => {
    const told = new Set(CANVAS_KEYS.map((entry) => entry.action));
    const all = [
      'select',
      'nudge',
      'resize',
      'rotate',
      'swap',
      'reorder',
      'duplicate',
      'copy',
      'paste',
      'delete',
    ];
    expect([...told].sort()).toEqual(all.sort());
  });

  it('writes the hint from the table', () => {
    const hint = canvasKeysHint();
    for (const entry of [...CANVAS_KEYS, ...CROP_KEYS]) {
      if (entry.action === 'paste') continue;
      expect(hint.toLowerCase()).toContain(`${entry.keys} ${entry.does}`.toLowerCase());
    }
    expect(hint).toMatch(/^Tab and Shift\+Tab select the items one by one; /);
    expect(hint).toMatch(
      /\. While cropping, the arrow keys move the photo in its frame, .*Esc cancels it\.$/,
    );
  });
});
