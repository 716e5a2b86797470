// What a key press on the canvas asks for: nudge, stacking order, duplicate, copy/paste, delete.
import type { ReorderDirection } from '../store/commands/reorderItems';

export type CanvasKeyAction =
  | { readonly kind: 'nudge'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'reorder'; readonly direction: ReorderDirection }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'copy' }
  | { readonly kind: 'paste' }
  | { readonly kind: 'delete' };

export const NUDGE = 1;
export const BIG_NUDGE = 10;

type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

export function canvasKeyAction(event: KeyPress): CanvasKeyAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (event.altKey) return null;
  if (!command) {
    const step = event.shiftKey ? BIG_NUDGE : NUDGE;
    if (event.key === 'ArrowLeft') return { kind: 'nudge', dx: -step, dy: 0 };
    if (event.key === 'ArrowRight') return { kind: 'nudge', dx: step, dy: 0 };
    if (event.key === 'ArrowUp') return { kind: 'nudge', dx: 0, dy: -step };
    if (event.key === 'ArrowDown') return { kind: 'nudge', dx: 0, dy: step };
    if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'delete' };
    return null;
  }
  // By code, since Shift turns ] into } on most layouts.
  if (event.code === 'BracketRight')
    return { kind: 'reorder', direction: event.shiftKey ? 'front' : 'forward' };
  if (event.code === 'BracketLeft')
    return { kind: 'reorder', direction: event.shiftKey ? 'back' : 'backward' };
  if (event.shiftKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'd') return { kind: 'duplicate' };
  if (key === 'c') return { kind: 'copy' };
  if (key === 'v') return { kind: 'paste' };
  return null;
}
