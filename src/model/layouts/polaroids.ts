// Layout: scattered polaroids, slightly turned and overlapping, the same scatter every time for a slide.
import type { Size } from '../geometry';
import type { Cell, Layout } from './layoutTypes';
import { gridShape, innerArea, ones, splitColumn, splitRow } from './tiles';
import { hashText, seededRandom } from './seededRandom';

const MAX_TURN = 7;
const GROW = 1.3;
const JITTER = 0.15;

export const polaroids: Layout = {
  kind: 'polaroids',
  label: 'Polaroids',
  tiling: false,
  overlaps: true,
  frame: (slide) => ({
    borderWidth: Math.max(2, Math.round(Math.min(slide.width, slide.height) / 60)),
    borderColor: '#ffffff',
    cornerRadius: 0,
  }),
  arrange: (photos, slide, { gutter, seed = '' }) => {
    if (photos.length === 0) return [];
    const inner = innerArea(slide, gutter);
    const { columns, rows } = gridShape(photos.length, inner, 1.2, 0);
    const slots = splitColumn(inner, ones(rows), 0).flatMap((row) => splitRow(row, ones(columns), 0));
    return photos.map(({ aspect, key }, i): Cell => {
      const slot = slots[i] ?? inner;
      const random = seededRandom(hashText(`${seed}:${key ?? i}`));
      // A photo at its own proportions (within reason) a little larger than its slot, so neighbours overlap.
      const shape = Math.min(Math.max(aspect, 0.6), 1.6);
      const width = Math.min(slot.width * GROW, slot.height * GROW * shape);
      const height = width / shape;
      const centre = {
        x: slot.x + slot.width * (0.5 + (random() - 0.5) * 2 * JITTER),
        y: slot.y + slot.height * (0.5 + (random() - 0.5) * 2 * JITTER),
      };
      const rotation = (random() - 0.5) * 2 * MAX_TURN;
      return turnedCellInside(centre, { width, height }, rotation, inner);
    });
  },
};

/** A cell turned about its centre, shrunk and moved as needed so its turned corners stay inside `area`. */
function turnedCellInside(
  centre: { x: number; y: number },
  size: Size,
  rotation: number,
  area: { x: number; y: number; width: number; height: number },
): Cell {
  const angle = (rotation * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const reach = (w: number, h: number) => ({
    x: (w * Math.abs(cos) + h * Math.abs(sin)) / 2,
    y: (w * Math.abs(sin) + h * Math.abs(cos)) / 2,
  });
  const full = reach(size.width, size.height);
  // A hair under the exact fit, so float error never leaves a corner a fraction outside.
  const shrink = Math.min(1, (area.width / 2 / full.x) * 0.999, (area.height / 2 / full.y) * 0.999);
  const width = size.width * shrink;
  const height = size.height * shrink;
  const half = reach(width, height);
  const cx = Math.min(Math.max(centre.x, area.x + half.x), area.x + area.width - half.x);
  const cy = Math.min(Math.max(centre.y, area.y + half.y), area.y + area.height - half.y);
  // Konva turns a node about its (x, y), so the cell's origin is its turned top-left corner.
  return {
    x: cx - ((width / 2) * cos - (height / 2) * sin),
    y: cy - ((width / 2) * sin + (height / 2) * cos),
    width,
    height,
    rotation,
  };
}
