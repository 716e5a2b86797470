// The player's key map: every keyboard and clicker key the design names, and modifiers left to the browser.
import { describe, expect, it } from 'vitest';
import { playerActionForKey, type PlayerAction } from '../../../src/present/playerKeys';

function key(name: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) {
  return { key: name, ctrlKey: false, metaKey: false, altKey: false, ...modifiers };
}

const expected: ReadonlyArray<readonly [string, PlayerAction]> = [
  ['ArrowRight', 'next'],
  ['ArrowDown', 'next'],
  ['PageDown', 'next'],
  [' ', 'next'],
  ['Enter', 'next'],
  ['ArrowLeft', 'previous'],
  ['ArrowUp', 'previous'],
  ['PageUp', 'previous'],
  ['Backspace', 'previous'],
  ['Home', 'first'],
  ['End', 'last'],
  ['b', 'black'],
  ['B', 'black'],
  ['.', 'black'],
  ['w', 'white'],
  ['W', 'white'],
  [',', 'white'],
  ['f', 'fullscreen'],
  ['F', 'fullscreen'],
  ['o', 'overview'],
  ['O', 'overview'],
  ['Escape', 'exit'],
];

describe('playerActionForKey', () => {
  it.each(expected)('maps %j to %s', (name, action) => {
    expect(playerActionForKey(key(name))).toBe(action);
  });

  it.each(['a', 'x', 'Tab', 'Shift', 'Control', 'F5', '1', 'Delete'])('ignores %j', (name) => {
    expect(playerActionForKey(key(name))).toBeNull();
  });

  describe.each([
    ['Ctrl', { ctrlKey: true }],
    ['Meta', { metaKey: true }],
    ['Alt', { altKey: true }],
  ] as const)('with %s held', (_label, modifiers) => {
    // Ctrl+R, Cmd+W, Alt+← and the like belong to the browser, not the player.
    it.each(expected.map(([name]) => name))('ignores %j', (name) => {
      expect(playerActionForKey(key(name, modifiers))).toBeNull();
    });
  });

  it('still acts with Shift held (capital letters and some clickers send it)', () => {
    const withShift = { ...key('B'), shiftKey: true };
    expect(playerActionForKey(withShift)).toBe('black');
  });
});
