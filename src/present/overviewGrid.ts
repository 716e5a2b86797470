// Moving through the overview's grid of thumbnails with the arrow keys, by where they are on screen (pure).

export type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
export type GridDirection = 'left' | 'right' | 'up' | 'down';

/**
 * The index to go to from `from`: left and right step through the slides in order; up and down go to
 * the nearest thumbnail in the row above or below (whatever the number of columns the screen allows).
 * Stays put at an edge.
 */
export function neighbourInGrid(boxes: readonly Box[], from: number, direction: GridDirection): number {
  if (direction === 'left') return Math.max(0, from - 1);
  if (direction === 'right') return Math.min(boxes.length - 1, from + 1);
  const here = boxes[from];
  if (!here) return from;
  const middle = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const origin = middle(here);
  const below = direction === 'down';
  let best = from;
  let bestRow = Infinity;
  let bestAcross = Infinity;
  boxes.forEach((box, index) => {
    const centre = middle(box);
    const rowDistance = below ? centre.y - origin.y : origin.y - centre.y;
    // Only thumbnails clearly in another row count (half a thumbnail's height away).
    if (rowDistance < here.height / 2) return;
    const across = Math.abs(centre.x - origin.x);
    if (rowDistance < bestRow - 1 || (Math.abs(rowDistance - bestRow) <= 1 && across < bestAcross)) {
      best = index;
      bestRow = rowDistance;
      bestAcross = across;
    }
  });
  return best;
}
