// Pointer gestures on the canvas: selecting, marquee, dragging with snapping (or swapping photos), transforming.
import type Konva from 'konva';
import type { KonvaEventObject } from 'konva/lib/Node';
import { useRef, type RefObject } from 'react';
import type { Deck, PhotoItem, Slide } from '../../model/deck';
import type { Rect as Box } from '../../model/geometry';
import type { ItemId } from '../../model/ids';
import { commands } from '../../store/commands';
import {
  cancelGesture,
  clearGuides,
  contains,
  drawGuides,
  overlaps,
  startGesture,
  unionOf,
  type Gesture,
} from './canvasGesture';
import { useEditorServices } from '../editorServices';
import { itemChangeFromNode } from './itemChangeFromNode';
import { snapBox, snapTargets } from './snapping';
import type { CanvasNodes, Point } from './useCanvasNodes';
import type { FollowPointer } from './useFollowPointer';

/** How close (in screen pixels) an edge or centre must come to a guide to snap onto it. */
export const SNAP_THRESHOLD_PX = 6;

/** The overlay's Konva nodes that gestures draw on: the Transformer, the snapping guides and the marquee. */
export type GestureOverlay = {
  readonly transformer: RefObject<Konva.Transformer | null>;
  readonly guides: RefObject<Konva.Group | null>;
  readonly marquee: RefObject<Konva.Rect | null>;
};

export type CanvasGestures = {
  /** Whether a drag or transform is under way. */
  readonly busy: () => boolean;
  /** Puts back whatever the gesture under way moved; false when there was none. */
  readonly cancel: () => boolean;
  /** A press on the stage (outside crop mode): selects the item pressed, or starts a marquee. */
  readonly press: (event: KonvaEventObject<MouseEvent>) => void;
  readonly onDragStart: (event: KonvaEventObject<DragEvent>) => void;
  readonly onDragMove: () => void;
  readonly onDragEnd: (event: KonvaEventObject<DragEvent>) => void;
  readonly onTransformStart: () => void;
  readonly onTransformEnd: () => void;
};

export function useCanvasGestures(
  deck: Deck,
  slide: Slide | null,
  selectedItemIds: readonly ItemId[],
  scale: number,
  nodes: CanvasNodes,
  overlay: GestureOverlay,
  followPointer: FollowPointer,
): CanvasGestures {
  const { deckStore, session } = useEditorServices();
  const { layer, itemOf, boxOf, slidePointer } = nodes;
  const { transformer, guides, marquee } = overlay;
  // The gesture under way: the nodes it moves and how they were, so Esc can put every one of them back.
  const gesture = useRef<Gesture | null>(null);
  const dispatch = deckStore.getState().dispatch;

  const commitNodes = (moved: readonly Konva.Node[]) => {
    if (!slide) return;
    const changes = moved.flatMap((node) => {
      const found = itemOf(node);
      return found ? [itemChangeFromNode(found.node, found.item)] : [];
    });
    if (changes.length > 0) dispatch(commands.transformItems, { slideId: slide.id, changes });
  };

  const startMarquee = (from: Point, adding: boolean) => {
    const rect = marquee.current;
    if (!rect || !slide) return;
    const before = adding ? selectedItemIds : [];
    const area = (event: PointerEvent): Box => {
      const at = slidePointer(event) ?? from;
      return {
        x: Math.min(from.x, at.x),
        y: Math.min(from.y, at.y),
        width: Math.abs(at.x - from.x),
        height: Math.abs(at.y - from.y),
      };
    };
    followPointer(
      (event) => {
        const a = area(event);
        rect.setAttrs({
          visible: true,
          x: a.x * scale,
          y: a.y * scale,
          width: a.width * scale,
          height: a.height * scale,
        });
        rect.getLayer()?.batchDraw();
      },
      (event) => {
        rect.visible(false);
        rect.getLayer()?.batchDraw();
        const a = area(event);
        if (a.width < 1 && a.height < 1) return;
        const touched = slide.items.flatMap((item) => {
          const node = layer.current?.findOne(`#${item.id}`);
          return node && overlaps(boxOf(node), a) ? [item.id] : [];
        });
        session.getState().selectItems([...before, ...touched]);
      },
    );
  };

  /** Snaps the dragged nodes, as one box, to the slide and the other items, and draws the guides it meets. */
  const snapDrag = (drag: Gesture) => {
    if (!drag.targets) return;
    const moving = drag.nodes.map((n) => boxOf(n.node));
    const snap = snapBox(unionOf(moving), drag.targets, SNAP_THRESHOLD_PX / scale);
    if (snap.dx !== 0 || snap.dy !== 0)
      for (const { node } of drag.nodes) node.move({ x: snap.dx, y: snap.dy });
    drawGuides(guides.current, snap.guides, deck.size, scale);
  };

  /** The photo item (other than the dragged ones) under the pointer, topmost first: where a swap lands. */
  const photoUnderPointer = (drag: Gesture): PhotoItem | null => {
    const at = slidePointer();
    if (!at || !slide) return null;
    const dragged = new Set(drag.nodes.map((n) => n.node.id()));
    for (const item of [...slide.items].reverse()) {
      if (item.kind !== 'photo' || dragged.has(item.id)) continue;
      const node = layer.current?.findOne(`#${item.id}`);
      if (node && contains(boxOf(node), at)) return item;
    }
    return null;
  };

  const busy = () => gesture.current !== null;

  const cancel = () => {
    if (!gesture.current) return false;
    cancelGesture(gesture.current, transformer.current);
    clearGuides(guides.current);
    return true;
  };

  const press = (event: KonvaEventObject<MouseEvent>) => {
    const found = itemOf(event.target);
    if (!found) {
      const at = slidePointer();
      const adding = event.evt.shiftKey || event.evt.ctrlKey || event.evt.metaKey;
      if (!adding) session.getState().selectItems([]);
      if (at) startMarquee(at, adding);
      return;
    }
    const id = found.item.id;
    if (event.evt.shiftKey || event.evt.ctrlKey || event.evt.metaKey) {
      session
        .getState()
        .selectItems(
          selectedItemIds.includes(id) ? selectedItemIds.filter((i) => i !== id) : [...selectedItemIds, id],
        );
    } else if (!selectedItemIds.includes(id)) {
      session.getState().selectItems([id]);
    }
  };

  const onDragStart = (event: KonvaEventObject<DragEvent>) => {
    // The Transformer drags the other selected nodes too, and their dragstart bubbles here as well.
    if (gesture.current || !itemOf(event.target) || !slide) return;
    const dragged = transformer.current?.nodes().includes(event.target)
      ? transformer.current.nodes()
      : [event.target];
    const moving = new Set(dragged);
    const others = slide.items.flatMap((item) => {
      const node = layer.current?.findOne(`#${item.id}`);
      return node && !moving.has(node) ? [boxOf(node)] : [];
    });
    gesture.current = { ...startGesture('drag', dragged), targets: snapTargets(deck.size, others) };
  };

  const onDragMove = () => {
    if (gesture.current?.kind === 'drag' && !gesture.current.cancelled) snapDrag(gesture.current);
  };

  const onDragEnd = (event: KonvaEventObject<DragEvent>) => {
    const done = gesture.current;
    gesture.current = null;
    clearGuides(guides.current);
    if (!done || done.cancelled || !slide) return;
    // One photo let go over another (Alt keeps it a plain move): the two swap frames.
    const first = done.nodes.length === 1 ? itemOf(done.nodes[0]?.node ?? null) : null;
    const target = first?.item.kind === 'photo' && !event.evt?.altKey ? photoUnderPointer(done) : null;
    if (first && target) {
      cancelGesture(done, transformer.current);
      dispatch(commands.swapPhotos, { slideId: slide.id, itemIds: [first.item.id, target.id] });
      return;
    }
    commitNodes(done.nodes.map((n) => n.node));
  };

  const onTransformStart = () => {
    gesture.current = startGesture('transform', transformer.current?.nodes() ?? []);
  };

  const onTransformEnd = () => {
    const done = gesture.current;
    gesture.current = null;
    if (done && !done.cancelled) commitNodes(done.nodes.map((n) => n.node));
  };

  return {
    busy,
    cancel,
    press,
    onDragStart,
    onDragMove,
    onDragEnd,
    onTransformStart,
    onTransformEnd,
  };
}
