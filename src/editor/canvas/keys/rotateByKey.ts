// Turning the selection by key (R / Shift+R): the keyboard's counterpart of the Transformer's rotate handle.
import type { Item } from '../../../model/deck';
import { frameCentre, turned } from '../itemFrame';
import type { ItemChange } from '../itemChangeFromNode';

/** An angle in degrees brought into (−180, 180], so presses in one direction never pile up a huge number. */
export function normalisedAngle(degrees: number): number {
  const turnedOnce = ((degrees % 360) + 360) % 360;
  return turnedOnce > 180 ? turnedOnce - 360 : turnedOnce;
}

/**
 * The selected items turned `degrees` clockwise (negative: anticlockwise) as one, about the middle of their
 * centres; a single photo so turns about its own centre. About that point (which turning does not move),
 * one press the other way puts everything back exactly. Null when the selection holds text: text has no
 * rotation, and the rotate handle is off for such a selection too.
 */
export function rotatedTogether(items: readonly Item[], degrees: number): ItemChange[] | null {
  if (items.length === 0) return null;
  const photos = items.flatMap((item) => (item.kind === 'photo' ? [item] : []));
  if (photos.length !== items.length) return null;
  const centres = photos.map(frameCentre);
  const pivot = {
    x: centres.reduce((sum, c) => sum + c.x, 0) / centres.length,
    y: centres.reduce((sum, c) => sum + c.y, 0) / centres.length,
  };
  return photos.map((photo, index) => {
    const centre = centres[index] ?? frameCentre(photo);
    const moved = turned(centre.x - pivot.x, centre.y - pivot.y, degrees);
    const rotation = normalisedAngle(photo.rotation + degrees);
    const half = turned(photo.width / 2, photo.height / 2, rotation);
    return {
      itemId: photo.id,
      x: pivot.x + moved.x - half.x,
      y: pivot.y + moved.y - half.y,
      width: photo.width,
      height: photo.height,
      rotation,
    };
  });
}
