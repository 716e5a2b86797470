// The canvas's keys and what each does, in one table: the canvas's screen-reader hint is written from it, and a
// test presses each entry's keys through canvasKeyAction and cropKeyAction, so the words cannot drift from
// what the keys do (as reveal.js keeps its keyboard help beside its bindings).
import type { CanvasKeyAction } from './canvasKeys';
import type { CropKeyAction } from './cropKeys';

type Press = {
  readonly key: string;
  readonly code?: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
};

export type KeyHelp<Kind extends string> = {
  /** The keys as the hint names them: "Tab and Shift+Tab". */
  readonly keys: string;
  /** What they do, after the keys: "select the items one by one". */
  readonly does: string;
  /** Presses of these keys, each asking for `action`. */
  readonly presses: readonly Press[];
  readonly action: Kind;
};

export const CANVAS_KEYS: readonly KeyHelp<CanvasKeyAction['kind']>[] = [
  {
    keys: 'Tab and Shift+Tab',
    does: 'select the items one by one',
    presses: [{ key: 'Tab' }, { key: 'Tab', shiftKey: true }],
    action: 'select',
  },
  {
    keys: 'arrow keys',
    does: 'move the selection (Shift: ten times further)',
    presses: [{ key: 'ArrowLeft' }, { key: 'ArrowDown', shiftKey: true }],
    action: 'nudge',
  },
  { keys: '+ and −', does: 'resize it', presses: [{ key: '+' }, { key: '-' }], action: 'resize' },
  {
    keys: 'R and Shift+R',
    does: 'rotate a photo',
    presses: [{ key: 'r' }, { key: 'R', shiftKey: true }],
    action: 'rotate',
  },
  {
    keys: 'Alt+arrow',
    does: 'swaps a photo with its neighbour',
    presses: [{ key: 'ArrowRight', altKey: true }],
    action: 'swap',
  },
  { keys: 'Delete', does: 'removes the selection', presses: [{ key: 'Delete' }], action: 'delete' },
  { keys: 'Ctrl+D', does: 'duplicates it', presses: [{ key: 'd', ctrlKey: true }], action: 'duplicate' },
  {
    keys: 'Ctrl+] and Ctrl+[',
    does: 'bring it forward or send it back (with Shift: to the front or back)',
    presses: [
      { key: ']', code: 'BracketRight', ctrlKey: true },
      { key: '[', code: 'BracketLeft', ctrlKey: true, shiftKey: true },
    ],
    action: 'reorder',
  },
  {
    keys: 'Ctrl+C and Ctrl+V',
    does: 'copy and paste it',
    presses: [{ key: 'c', ctrlKey: true }],
    action: 'copy',
  },
  { keys: 'Ctrl+V', does: 'pastes', presses: [{ key: 'v', ctrlKey: true }], action: 'paste' },
];

export const CROP_KEYS: readonly KeyHelp<CropKeyAction['kind']>[] = [
  {
    keys: 'the arrow keys',
    does: 'move the photo in its frame',
    presses: [{ key: 'ArrowUp' }, { key: 'ArrowLeft', shiftKey: true }],
    action: 'pan',
  },
  { keys: '+ and −', does: 'zoom it', presses: [{ key: '=' }, { key: '-' }], action: 'zoom' },
  { keys: 'Enter', does: 'keeps the crop', presses: [{ key: 'Enter' }], action: 'finish' },
  { keys: 'Esc', does: 'cancels it', presses: [{ key: 'Escape' }], action: 'finish' },
];

/** The canvas's hint for screen readers, from the tables (Ctrl+V is told with Ctrl+C). */
export function canvasKeysHint(): string {
  const canvas = CANVAS_KEYS.filter((entry) => entry.action !== 'paste')
    .map((entry) => `${entry.keys} ${entry.does}`)
    .join('; ');
  const crop = CROP_KEYS.map((entry) => `${entry.keys} ${entry.does}`).join(', ');
  return `${capitalised(canvas)}. While cropping, ${crop}.`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
