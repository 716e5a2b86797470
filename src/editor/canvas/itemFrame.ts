// Where an item's frame really is on the slide: the model keeps its top-left corner and size, and the item
// turns clockwise about that corner (as Konva turns a node), so its middle and its outline follow from those.
import type { Rect } from '../../model/geometry';

export type Frame = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rotation: number;
};

type Point = { x: number; y: number };

/** The vector (dx, dy) turned clockwise by `degrees` on the slide (y points down). */
export function turned(dx: number, dy: number, degrees: number): Point {
  const angle = (degrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return { x: dx * cos - dy * sin, y: dx * sin + dy * cos };
}

/** The middle of the frame on the slide: its corner plus the turned half size. */
export function frameCentre(frame: Frame): Point {
  const half = turned(frame.width / 2, frame.height / 2, frame.rotation);
  return { x: frame.x + half.x, y: frame.y + half.y };
}

/** The smallest upright box holding the turned frame. */
export function frameBounds(frame: Frame): Rect {
  const corners = [
    { x: 0, y: 0 },
    turned(frame.width, 0, frame.rotation),
    turned(0, frame.height, frame.rotation),
    turned(frame.width, frame.height, frame.rotation),
  ];
  const xs = corners.map((c) => frame.x + c.x);
  const ys = corners.map((c) => frame.y + c.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
