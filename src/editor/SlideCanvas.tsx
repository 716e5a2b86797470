// The editing canvas: the selected slide drawn by the slide renderer, plus selection, drag with snapping, transform,
// marquee, crop mode, keyboard arranging and drop.
import Konva from 'konva';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Group, Layer, Rect, Stage, Transformer } from 'react-konva';
import { useStore } from 'zustand';
import { centredCrop, panCrop, zoomCrop } from '../model/crop';
import type { Crop, Item, PhotoItem, Slide } from '../model/deck';
import type { Rect as Box } from '../model/geometry';
import type { ItemId, PhotoId, SlideId } from '../model/ids';
import { newId } from '../model/ids';
import { useFittedSize } from '../present/useFittedSize';
import { SlideContent } from '../slide/SlideContent';
import { usePhotoImages } from '../slide/usePhotoImages';
import { commands } from '../store/commands';
import type { ReorderDirection } from '../store/commands/reorderItems';
import { useDeck } from '../store/deckStore';
import { CanvasToolbar } from './CanvasToolbar';
import { canvasKeyAction } from './canvasKeys';
import { CropOverlay } from './CropOverlay';
import { useEditorServices } from './editorServices';
import { itemChangeFromNode } from './itemChangeFromNode';
import { PHOTO_DRAG_TYPE } from './PhotoLibrary';
import { TextEditOverlay } from './TextEditOverlay';
import { snapBox, snapTargets, type Guide, type SnapTargets } from './snapping';
import { usePhotoUrls } from './usePhotoUrls';

/** How close (in screen pixels) an edge or centre must come to a guide to snap onto it. */
export const SNAP_THRESHOLD_PX = 6;
/** How far a paste lands from where the items were copied, so it never hides them. */
const PASTE_OFFSET = 20;
const GUIDE_COLOUR = '#ff3ea5';

/** The photo being cropped: the crop when crop mode began (for Esc) and the crop shown now. */
type Cropping = {
  readonly slideId: SlideId;
  readonly itemId: ItemId;
  readonly start: Crop;
  readonly crop: Crop;
};

export function SlideCanvas() {
  const { deckStore, session } = useEditorServices();
  const deck = useDeck(deckStore, (state) => state.deck);
  const selectedSlideId = useStore(session, (state) => state.selectedSlideId);
  const selectedItemIds = useStore(session, (state) => state.selectedItemIds);
  const slide = deck.slides.find((s) => s.id === selectedSlideId) ?? null;
  const box = useRef<HTMLDivElement>(null);
  const fitted = useFittedSize(box, deck.size.width / deck.size.height);
  const scale = fitted.width / deck.size.width;
  const layer = useRef<Konva.Layer>(null);
  const content = useRef<Konva.Group>(null);
  const overlay = useRef<Konva.Layer>(null);
  const guides = useRef<Konva.Group>(null);
  const marquee = useRef<Konva.Rect>(null);
  const transformer = useRef<Konva.Transformer>(null);
  // The gesture under way: the nodes it moves and how they were, so Esc can put every one of them back.
  const gesture = useRef<Gesture | null>(null);
  // Pointer work that is not a Konva drag (marquee, panning a crop); ends on the window's pointerup.
  const pointerWork = useRef<(() => void) | null>(null);
  const [dropActive, setDropActive] = useState(false);
  const [cropState, setCropping] = useState<Cropping | null>(null);
  // The text item being edited in place (double-click), and the stage the editing box sits over.
  const [editingTextId, setEditingTextId] = useState<ItemId | null>(null);
  const [stageNode, setStageNode] = useState<Konva.Stage | null>(null);

  const urls = usePhotoUrls('display');
  const wanted = useMemo(
    () =>
      (slide?.items ?? []).flatMap((item) => {
        const url = item.kind === 'photo' ? urls.get(item.photoId) : undefined;
        return item.kind === 'photo' && url ? [{ id: item.photoId, url }] : [];
      }),
    [slide?.items, urls],
  );
  const images = usePhotoImages(wanted);

  // Crop mode shows the crop under way without touching the deck; only finishing records it.
  // A crop belongs to its photo on its slide; if either goes away (undo, another slide), crop mode ends.
  const croppedItem =
    cropState && cropState.slideId === slide?.id ? photoItemOf(slide, cropState.itemId) : null;
  const cropping = croppedItem ? cropState : null;
  const shownSlide = useMemo(
    () => (slide && cropping ? withCrop(slide, cropping) : slide),
    [slide, cropping],
  );

  const selectedItems = useMemo(
    () => (slide ? slide.items.filter((item) => selectedItemIds.includes(item.id)) : []),
    [slide, selectedItemIds],
  );
  const onlyText = selectedItems.length > 0 && selectedItems.every((item) => item.kind === 'text');
  // Text has no rotation in the deck, so a selection holding text is not rotated either.
  const anyText = selectedItems.some((item) => item.kind === 'text');
  const singlePhoto =
    selectedItems.length === 1 && selectedItems[0]?.kind === 'photo' ? selectedItems[0] : null;

  const editingText = slide?.items.find((item) => item.id === editingTextId && item.kind === 'text');

  useEffect(() => {
    const nodes =
      cropping || editingText
        ? []
        : selectedItems.flatMap((item) => {
            const node = layer.current?.findOne(`#${item.id}`);
            return node ? [node] : [];
          });
    transformer.current?.nodes(nodes);
    transformer.current?.getLayer()?.batchDraw();
  }, [selectedItems, images, scale, cropping, editingText]);

  // Konva takes pointer events on the stage's own element; the overlay's canvas on top need not catch them,
  // and letting them through keeps the slide's canvas the element under the pointer (as tests and tools see it).
  useEffect(() => {
    const canvas = overlay.current?.getCanvas()._canvas;
    if (canvas) canvas.style.pointerEvents = 'none';
  });

  const dispatch = deckStore.getState().dispatch;
  const photoSize = (item: PhotoItem) => deck.photos[item.photoId] ?? { width: 1, height: 1 };
  const frameOf = (item: PhotoItem) => ({ width: item.width, height: item.height });

  const startCrop = (item: PhotoItem) => {
    if (!slide) return;
    session.getState().selectItems([item.id]);
    setCropping({ slideId: slide.id, itemId: item.id, start: item.crop, crop: item.crop });
  };
  const finishCrop = (keep: boolean) => {
    if (!cropping || !slide) return;
    if (keep) dispatch(commands.setCrop, { slideId: slide.id, itemId: cropping.itemId, crop: cropping.crop });
    setCropping(null);
  };
  const zoomTo = (zoom: number) => {
    if (!cropping || !croppedItem) return;
    const crop = zoomCrop(photoSize(croppedItem), frameOf(croppedItem), cropping.crop, zoom);
    setCropping({ ...cropping, crop });
  };
  const resetCrop = (item: PhotoItem) => {
    if (!slide) return;
    dispatch(commands.setCrop, {
      slideId: slide.id,
      itemId: item.id,
      crop: centredCrop(deck.photos[item.photoId]?.focus),
    });
  };
  const reorder = (direction: ReorderDirection) => {
    if (slide && selectedItemIds.length > 0)
      dispatch(commands.reorderItems, { slideId: slide.id, itemIds: selectedItemIds, direction });
  };
  const duplicate = () => {
    if (!slide || selectedItemIds.length === 0) return;
    const newIds = selectedItems.map(() => newId<ItemId>());
    if (dispatch(commands.duplicateItems, { slideId: slide.id, itemIds: selectedItemIds, newIds }))
      session.getState().selectItems(newIds);
  };

  // Keys act only when the canvas (or nothing) has the focus, so they mean what a focused control says elsewhere.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && gesture.current) {
        cancelGesture(gesture.current, transformer.current);
        clearGuides(guides.current);
        return;
      }
      const target = event.target as HTMLElement | null;
      const canvasHasFocus = !target || target === document.body || box.current?.contains(target);
      if (!canvasHasFocus || !slide) return;
      if (cropping) {
        if (event.key === 'Enter' || event.key === 'Escape') {
          event.preventDefault();
          finishCrop(event.key === 'Enter');
        }
        return;
      }
      // Keys inside the floating toolbar's controls are theirs.
      if (target && target !== box.current && box.current?.contains(target)) return;
      const action = canvasKeyAction(event);
      if (!action) return;
      const { clipboard } = session.getState();
      if (action.kind !== 'paste' && selectedItemIds.length === 0) return;
      event.preventDefault();
      if (gesture.current) return;
      switch (action.kind) {
        case 'nudge':
          dispatch(commands.nudgeItems, {
            slideId: slide.id,
            itemIds: selectedItemIds,
            dx: action.dx,
            dy: action.dy,
          });
          break;
        case 'reorder':
          reorder(action.direction);
          break;
        case 'duplicate':
          duplicate();
          break;
        case 'copy':
          session.getState().copyItems(selectedItems);
          break;
        case 'paste': {
          if (clipboard.length === 0) return;
          const newIds = clipboard.map(() => newId<ItemId>());
          const offset = clipboard.every((item) => slide.items.some((i) => i.id === item.id))
            ? { x: PASTE_OFFSET, y: PASTE_OFFSET }
            : { x: 0, y: 0 };
          if (dispatch(commands.pasteItems, { slideId: slide.id, items: clipboard, newIds, offset }))
            session.getState().selectItems(newIds);
          break;
        }
        case 'delete':
          dispatch(commands.deleteItems, { slideId: slide.id, itemIds: selectedItemIds });
          session.getState().selectItems([]);
          break;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  const itemOf = (node: Konva.Node | null): { node: Konva.Node; item: Item } | null => {
    const itemNode = node?.hasName('item') ? node : (node?.findAncestor('.item') ?? null);
    const item = itemNode && slide?.items.find((i) => i.id === itemNode.id());
    return itemNode && item ? { node: itemNode, item } : null;
  };

  /** An item node's bounding box in slide units (rotation included). */
  const boxOf = (node: Konva.Node): Box =>
    content.current
      ? node.getClientRect({ relativeTo: content.current })
      : { x: 0, y: 0, width: 0, height: 0 };

  /** The stage pointer in slide units, after telling the stage about a DOM pointer event. */
  const slidePointer = (event?: Event): { x: number; y: number } | null => {
    const stage = layer.current?.getStage();
    if (!stage || scale <= 0) return null;
    if (event) stage.setPointersPositions(event);
    const pointer = stage.getPointerPosition();
    return pointer ? { x: pointer.x / scale, y: pointer.y / scale } : null;
  };

  const commitNodes = (nodes: readonly Konva.Node[]) => {
    if (!slide) return;
    const changes = nodes.flatMap((node) => {
      const found = itemOf(node);
      return found ? [itemChangeFromNode(found.node, found.item)] : [];
    });
    if (changes.length > 0) dispatch(commands.transformItems, { slideId: slide.id, changes });
  };

  /** Runs `move` on every pointer move until the pointer is released, then `end`. */
  const followPointer = (move: (event: PointerEvent) => void, end: (event: PointerEvent) => void) => {
    pointerWork.current?.();
    const onUp = (event: PointerEvent) => {
      stop();
      end(event);
    };
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', onUp);
      pointerWork.current = null;
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', onUp);
    pointerWork.current = stop;
  };
  useEffect(() => () => pointerWork.current?.(), []);

  const startPan = (item: PhotoItem, from: { x: number; y: number }, crop: Crop) => {
    const turn = (-item.rotation * Math.PI) / 180;
    const cropAt = (event: PointerEvent): Crop => {
      const at = slidePointer(event) ?? from;
      // The drag in the frame's own (rotated) axes.
      const dx = (at.x - from.x) * Math.cos(turn) - (at.y - from.y) * Math.sin(turn);
      const dy = (at.x - from.x) * Math.sin(turn) + (at.y - from.y) * Math.cos(turn);
      return panCrop(photoSize(item), frameOf(item), crop, dx, dy);
    };
    followPointer(
      (event) => setCropping((now) => (now ? { ...now, crop: cropAt(event) } : now)),
      (event) => setCropping((now) => (now ? { ...now, crop: cropAt(event) } : now)),
    );
  };

  const startMarquee = (from: { x: number; y: number }, adding: boolean) => {
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

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const photoId = event.dataTransfer.getData(PHOTO_DRAG_TYPE) as PhotoId;
    setDropActive(false);
    if (!photoId || !(photoId in deck.photos)) return;
    event.preventDefault();
    event.stopPropagation();
    const center = slidePointer(event.nativeEvent) ?? undefined;
    if (slide) {
      // Dropped onto a photo: that frame now shows the new photo.
      const stage = layer.current?.getStage();
      const pointer = stage?.getPointerPosition();
      const under = pointer ? itemOf(stage?.getIntersection(pointer) ?? null) : null;
      if (under?.item.kind === 'photo') {
        dispatch(commands.replacePhoto, { slideId: slide.id, itemId: under.item.id, photoId });
        return;
      }
      dispatch(commands.addPhotoItem, { slideId: slide.id, photoId, itemId: newId<ItemId>(), center });
    } else {
      const slideId = newId<SlideId>();
      dispatch(commands.addSlide, { photoIds: [photoId], slideId });
      session.getState().selectSlide(slideId);
    }
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

  return (
    <section className="canvas-area" aria-label="Slide canvas">
      <div
        ref={box}
        tabIndex={0}
        className={dropActive ? 'canvas-box drop-active' : 'canvas-box'}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes(PHOTO_DRAG_TYPE)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDropActive(true);
        }}
        onDragLeave={() => setDropActive(false)}
        onDrop={onDrop}
      >
        {!slide && (
          <p className="canvas-empty">
            No slide yet. Select photos in the library and press “New slide”, or drag a photo here.
          </p>
        )}
        {slide && (
          <CanvasToolbar
            cropScale={cropping ? cropping.crop.scale : null}
            canCrop={singlePhoto !== null}
            hasSelection={selectedItems.length > 0}
            onStartCrop={() => singlePhoto && startCrop(singlePhoto)}
            onResetCrop={() => singlePhoto && resetCrop(singlePhoto)}
            onZoom={zoomTo}
            onFinishCrop={finishCrop}
            onReorder={reorder}
            onDuplicate={duplicate}
          />
        )}
        {slide && shownSlide && fitted.width > 0 && (
          <Stage
            width={fitted.width}
            height={fitted.height}
            className="canvas-stage"
            ref={setStageNode}
            onMouseDown={(event) => {
              if (event.target.getParent()?.className === 'Transformer') return;
              const found = itemOf(event.target);
              if (cropping) {
                const at = slidePointer();
                if (found?.item.id === cropping.itemId && croppedItem && at) {
                  startPan(croppedItem, at, cropping.crop);
                } else {
                  finishCrop(true);
                }
                return;
              }
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
                    selectedItemIds.includes(id)
                      ? selectedItemIds.filter((i) => i !== id)
                      : [...selectedItemIds, id],
                  );
              } else if (!selectedItemIds.includes(id)) {
                session.getState().selectItems([id]);
              }
            }}
            onDblClick={(event) => {
              const found = itemOf(event.target);
              if (!cropping && found?.item.kind === 'photo') startCrop(found.item);
              if (!cropping && found?.item.kind === 'text') setEditingTextId(found.item.id);
            }}
            onWheel={(event) => {
              if (!cropping || !croppedItem) return;
              event.evt.preventDefault();
              zoomTo(cropping.crop.scale * Math.exp(-event.evt.deltaY * 0.002));
            }}
            onDragStart={(event) => {
              // The Transformer drags the other selected nodes too, and their dragstart bubbles here as well.
              if (gesture.current || !itemOf(event.target)) return;
              const nodes = transformer.current?.nodes().includes(event.target)
                ? transformer.current.nodes()
                : [event.target];
              const moving = new Set(nodes);
              const others = (slide.items ?? []).flatMap((item) => {
                const node = layer.current?.findOne(`#${item.id}`);
                return node && !moving.has(node) ? [boxOf(node)] : [];
              });
              gesture.current = { ...startGesture('drag', nodes), targets: snapTargets(deck.size, others) };
            }}
            onDragMove={() => {
              if (gesture.current?.kind === 'drag' && !gesture.current.cancelled) snapDrag(gesture.current);
            }}
            onDragEnd={(event) => {
              const done = gesture.current;
              gesture.current = null;
              clearGuides(guides.current);
              if (!done || done.cancelled) return;
              // One photo let go over another (Alt keeps it a plain move): the two swap frames.
              const first = done.nodes.length === 1 ? itemOf(done.nodes[0]?.node ?? null) : null;
              const target =
                first?.item.kind === 'photo' && !event.evt?.altKey ? photoUnderPointer(done) : null;
              if (first && target) {
                cancelGesture(done, transformer.current);
                dispatch(commands.swapPhotos, { slideId: slide.id, itemIds: [first.item.id, target.id] });
                return;
              }
              commitNodes(done.nodes.map((n) => n.node));
            }}
          >
            <Layer ref={layer}>
              <Group ref={content} scaleX={scale} scaleY={scale}>
                <SlideContent
                  deck={deck}
                  slide={shownSlide}
                  step={0}
                  images={images}
                  showAllItems
                  showRevealCards={false}
                  draggableItems={!cropping}
                />
              </Group>
            </Layer>
            <Layer ref={overlay}>
              {cropping && croppedItem && (
                <Group scaleX={scale} scaleY={scale} listening={false}>
                  <CropOverlay
                    item={croppedItem}
                    crop={cropping.crop}
                    image={images.get(croppedItem.photoId)}
                  />
                </Group>
              )}
              <Group ref={guides} listening={false} />
              <Rect
                ref={marquee}
                visible={false}
                listening={false}
                fill="rgba(245, 183, 0, 0.12)"
                stroke="#f5b700"
                strokeWidth={1}
              />
              <Transformer
                ref={transformer}
                rotateEnabled={!anyText}
                keepRatio={false}
                enabledAnchors={
                  onlyText
                    ? ['middle-left', 'middle-right']
                    : [
                        'top-left',
                        'top-center',
                        'top-right',
                        'middle-left',
                        'middle-right',
                        'bottom-left',
                        'bottom-center',
                        'bottom-right',
                      ]
                }
                boundBoxFunc={(oldBox, newBox) => (newBox.width < 8 || newBox.height < 8 ? oldBox : newBox)}
                onTransformStart={() => {
                  gesture.current = startGesture('transform', transformer.current?.nodes() ?? []);
                }}
                onTransformEnd={() => {
                  const done = gesture.current;
                  gesture.current = null;
                  if (done && !done.cancelled) commitNodes(done.nodes.map((n) => n.node));
                }}
                anchorSize={10}
                borderStroke="#f5b700"
                anchorStroke="#f5b700"
              />
            </Layer>
          </Stage>
        )}
        {slide && editingText?.kind === 'text' && stageNode && (
          <TextEditOverlay
            key={editingText.id}
            item={editingText}
            stage={stageNode}
            scale={scale}
            fallbackFontFamily={deck.theme.fontFamily}
            onCommit={(text) => {
              dispatch(commands.editText, { slideId: slide.id, itemId: editingText.id, text });
              setEditingTextId(null);
            }}
            onCancel={() => setEditingTextId(null)}
          />
        )}
      </div>
    </section>
  );
}

type NodeStart = { node: Konva.Node; x: number; y: number; scaleX: number; scaleY: number; rotation: number };
type Gesture = {
  kind: 'drag' | 'transform';
  nodes: NodeStart[];
  cancelled: boolean;
  /** What a drag snaps to, fixed when it starts (the other items do not move meanwhile). */
  targets?: SnapTargets;
};

function startGesture(kind: Gesture['kind'], nodes: readonly Konva.Node[]): Gesture {
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
function cancelGesture(gesture: Gesture, transformer: Konva.Transformer | null): void {
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

function drawGuides(
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
    group.add(new Konva.Line({ points, stroke: GUIDE_COLOUR, strokeWidth: 1, dash: [4, 4], name: 'guide' }));
  }
  group.getLayer()?.batchDraw();
}

function clearGuides(group: Konva.Group | null) {
  drawGuides(group, [], { width: 0, height: 0 }, 1);
}

function photoItemOf(slide: Slide | null, itemId: ItemId): PhotoItem | null {
  const item = slide?.items.find((i) => i.id === itemId);
  return item?.kind === 'photo' ? item : null;
}

function withCrop(slide: Slide, cropping: Cropping): Slide {
  return {
    ...slide,
    items: slide.items.map((item) =>
      item.id === cropping.itemId && item.kind === 'photo' ? { ...item, crop: cropping.crop } : item,
    ),
  };
}

function unionOf(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

function contains(area: Box, point: { x: number; y: number }): boolean {
  return (
    point.x >= area.x &&
    point.x <= area.x + area.width &&
    point.y >= area.y &&
    point.y <= area.y + area.height
  );
}
