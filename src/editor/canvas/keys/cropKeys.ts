// What a key press means in crop mode: arrows move the photo inside its frame, + and − zoom it, Enter keeps
// the crop and Esc leaves the photo as it was — so a photo can be cropped by keyboard alone.

export type CropKeyAction =
  | { readonly kind: 'pan'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'finish'; readonly keep: boolean };

/** One zoom step, of the keys and of the crop toolbar's − and + buttons. */
export const ZOOM_STEP = 1.25;
/** One arrow press moves the photo this share of its frame (Shift: BIG_PAN). */
export const PAN = 0.02;
export const BIG_PAN = 0.1;

type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

export function cropKeyAction(event: KeyPress): CropKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Enter') return { kind: 'finish', keep: true };
  if (event.key === 'Escape') return { kind: 'finish', keep: false };
  if (event.key === '+' || event.key === '=') return { kind: 'zoom', factor: ZOOM_STEP };
  if (event.key === '-' || event.key === '_') return { kind: 'zoom', factor: 1 / ZOOM_STEP };
  const step = event.shiftKey ? BIG_PAN : PAN;
  // The photo follows the arrow, as it follows the pointer when dragged.
  if (event.key === 'ArrowLeft') return { kind: 'pan', dx: -step, dy: 0 };
  if (event.key === 'ArrowRight') return { kind: 'pan', dx: step, dy: 0 };
  if (event.key === 'ArrowUp') return { kind: 'pan', dx: 0, dy: -step };
  if (event.key === 'ArrowDown') return { kind: 'pan', dx: 0, dy: step };
  return null;
}
