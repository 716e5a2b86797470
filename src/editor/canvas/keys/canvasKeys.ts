// What a key press on the canvas asks for: select the next item, nudge, resize, rotate, swap photos,
// stacking order, duplicate, copy/paste, delete — so the canvas works by keyboard alone.
import type { Item } from '../../../model/deck';
import type { ItemId } from '../../../model/ids';
import type { ReorderDirection } from '../../../store/commands/reorderItems';
import { turned } from '../itemFrame';
import type { SwapDirection } from './swapByKey';

export type CanvasKeyAction =
  | { readonly kind: 'select'; readonly direction: 1 | -1 }
  | { readonly kind: 'nudge'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'resize'; readonly factor: number }
  /** Degrees clockwise; negative turns anticlockwise. */
  | { readonly kind: 'rotate'; readonly degrees: number }
  | { readonly kind: 'swap'; readonly direction: SwapDirection }
  | { readonly kind: 'reorder'; readonly direction: ReorderDirection }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'copy' }
  | { readonly kind: 'paste' }
  | { readonly kind: 'delete' };

export const NUDGE = 1;
export const BIG_NUDGE = 10;
/** One press of + makes the selection this much bigger, and one press of − undoes it exactly. */
export const RESIZE_STEP = 1.1;
/** Keys never shrink an item below this many slide units, as the mouse's handles do not. */
export const MIN_ITEM_SIZE = 8;
/** One press of R turns the selection this many degrees clockwise, and one press of Shift+R turns it back. */
export const ROTATE_STEP = 15;

const swapDirections: Partial<Record<string, SwapDirection>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

export function canvasKeyAction(event: KeyPress): CanvasKeyAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (event.altKey) {
    // Alt+arrow swaps the selected photo with its neighbour, as dropping it there does (where Alt keeps a
    // drag a plain move instead). Any other Alt chord (Alt+Tab switches windows) is not the canvas's.
    const direction = swapDirections[event.key];
    return direction && !command && !event.shiftKey ? { kind: 'swap', direction } : null;
  }
  if (!command) {
    // Tab and Shift+Tab step through the slide's items while the canvas itself has the focus.
    if (event.key === 'Tab') return { kind: 'select', direction: event.shiftKey ? -1 : 1 };
    // By key, not code: + needs Shift on some layouts and not on others, and the keypad has its own.
    if (event.key === '+' || event.key === '=') return { kind: 'resize', factor: RESIZE_STEP };
    if (event.key === '-' || event.key === '_') return { kind: 'resize', factor: 1 / RESIZE_STEP };
    const step = event.shiftKey ? BIG_NUDGE : NUDGE;
    if (event.key === 'ArrowLeft') return { kind: 'nudge', dx: -step, dy: 0 };
    if (event.key === 'ArrowRight') return { kind: 'nudge', dx: step, dy: 0 };
    if (event.key === 'ArrowUp') return { kind: 'nudge', dx: 0, dy: -step };
    if (event.key === 'ArrowDown') return { kind: 'nudge', dx: 0, dy: step };
    if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'delete' };
    // By key, so R is the letter printed on the key whatever the layout; Shift turns the other way.
    if (event.key.toLowerCase() === 'r')
      return { kind: 'rotate', degrees: event.shiftKey ? -ROTATE_STEP : ROTATE_STEP };
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

/**
 * The item Tab (direction 1) or Shift+Tab (-1) selects after `selected` among the slide's items, in their
 * stacking order; null past either end, so the focus then leaves the canvas as Tab always does.
 */
export function steppedItemId(
  itemIds: readonly ItemId[],
  selected: readonly ItemId[],
  direction: 1 | -1,
): ItemId | null {
  if (itemIds.length === 0) return null;
  const positions = selected.map((id) => itemIds.indexOf(id)).filter((index) => index >= 0);
  if (positions.length === 0) return itemIds[direction === 1 ? 0 : itemIds.length - 1] ?? null;
  const from = direction === 1 ? Math.max(...positions) : Math.min(...positions);
  return itemIds[from + direction] ?? null;
}

export type ItemGeometry = { x: number; y: number; width: number; height: number; rotation: number };

/**
 * The item made `factor` times bigger about its own centre (a photo keeps its proportions; a text box
 * only widens, since its height follows its text); null when that would make it smaller than MIN_ITEM_SIZE.
 */
export function resizedAboutCentre(item: Item, factor: number): ItemGeometry | null {
  const height = item.kind === 'photo' ? item.height : 0;
  const rotation = item.kind === 'photo' ? item.rotation : 0;
  const width = item.width * factor;
  const newHeight = height * factor;
  if (width < MIN_ITEM_SIZE || (item.kind === 'photo' && newHeight < MIN_ITEM_SIZE)) return null;
  // The item turns about its top-left corner, so the centre is that corner plus the rotated half size.
  const before = turned(item.width / 2, height / 2, rotation);
  const after = turned(width / 2, newHeight / 2, rotation);
  return {
    x: item.x + before.x - after.x,
    y: item.y + before.y - after.y,
    width,
    height: newHeight,
    rotation,
  };
}
