// A drag or transform under way on the canvas's Konva nodes, and the snapping guides drawn meanwhile.
import type Konva from 'konva';
import { Line } from 'konva/lib/shapes/Line';
import type { Rect as Box } from '../../model/geometry';
import type { Guide, SnapTargets } from './snapping';

const GUIDE_COLOUR = '#ff3ea5';

type NodeStart = { node: Konva.Node; x: number; y: number; scaleX: number; scaleY: number; rotation: number };
export type Gesture = {
  kind: 'drag' | 'transform';
  nodes: NodeStart[];
  cancelled: boolean;
  /** What a drag snaps to, fixed when it starts (the other items do not move meanwhile). */
  targets?: SnapTargets;
};

export function startGesture(kind: Gesture['kind'], nodes: readonly Konva.Node[]): Gesture {
  return {
    kind,
    cancelled: false,
    nodes: nodes.map((node) => ({
      node,
      x: node.x(),
      y: node.y(),
      scaleX: node.scaleX(),
      scaleY: node.scaleY(),
      rotation: node.rotation(),
    })),
  };
}

/** Stops the gesture and puts every node it moved back as it was; the deck never heard of it. */
export function cancelGesture(gesture: Gesture, transformer: Konva.Transformer | null): void {
  gesture.cancelled = true;
  if (gesture.kind === 'transform') transformer?.stopTransform();
  for (const { node, ...start } of gesture.nodes) {
    if (gesture.kind === 'drag' && node.isDragging()) node.stopDrag();
    node.setAttrs(start);
  }
  transformer?.forceUpdate();
  transformer?.getLayer()?.batchDraw();
  gesture.nodes[0]?.node.getLayer()?.batchDraw();
}

export function drawGuides(
  group: Konva.Group | null,
  found: readonly Guide[],
  slide: { width: number; height: number },
  scale: number,
) {
  if (!group) return;
  group.destroyChildren();
  for (const guide of found) {
    const at = guide.position * scale;
    const points =
      guide.orientation === 'vertical' ? [at, 0, at, slide.height * scale] : [0, at, slide.width * scale, at];
    group.add(new Line({ points, stroke: GUIDE_COLOUR, strokeWidth: 1, dash: [4, 4], name: 'guide' }));
  }
  group.getLayer()?.batchDraw();
}

export function clearGuides(group: Konva.Group | null) {
  drawGuides(group, [], { width: 0, height: 0 }, 1);
}

export function unionOf(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

export function contains(area: Box, point: { x: number; y: number }): boolean {
  return (
    point.x >= area.x &&
    point.x <= area.x + area.width &&
    point.y >= area.y &&
    point.y <= area.y + area.height
  );
}
