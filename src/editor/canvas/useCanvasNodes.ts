// Finds the slide's items on the canvas's Konva stage, and their boxes and the pointer in slide units.
import type Konva from 'konva';
import { useRef, type RefObject } from 'react';
import type { Item, Slide } from '../../model/deck';
import type { Rect as Box } from '../../model/geometry';

export type Point = { x: number; y: number };

export type CanvasNodes = {
  /** The layer the slide is drawn on, and the group inside it scaled from slide units to pixels. */
  readonly layer: RefObject<Konva.Layer | null>;
  readonly content: RefObject<Konva.Group | null>;
  /** The item a node belongs to (the node itself or one of its ancestors), with that item's node. */
  readonly itemOf: (node: Konva.Node | null) => { node: Konva.Node; item: Item } | null;
  /** An item node's bounding box in slide units (rotation included). */
  readonly boxOf: (node: Konva.Node) => Box;
  /** The stage pointer in slide units, after telling the stage about a DOM pointer event. */
  readonly slidePointer: (event?: Event) => Point | null;
};

export function useCanvasNodes(slide: Slide | null, scale: number): CanvasNodes {
  const layer = useRef<Konva.Layer>(null);
  const content = useRef<Konva.Group>(null);

  const itemOf = (node: Konva.Node | null): { node: Konva.Node; item: Item } | null => {
    const itemNode = node?.hasName('item') ? node : (node?.findAncestor('.item') ?? null);
    const item = itemNode && slide?.items.find((i) => i.id === itemNode.id());
    return itemNode && item ? { node: itemNode, item } : null;
  };

  const boxOf = (node: Konva.Node): Box =>
    content.current
      ? node.getClientRect({ relativeTo: content.current })
      : { x: 0, y: 0, width: 0, height: 0 };

  const slidePointer = (event?: Event): Point | null => {
    const stage = layer.current?.getStage();
    if (!stage || scale <= 0) return null;
    if (event) stage.setPointersPositions(event);
    const pointer = stage.getPointerPosition();
    return pointer ? { x: pointer.x / scale, y: pointer.y / scale } : null;
  };

  return { layer, content, itemOf, boxOf, slidePointer };
}
