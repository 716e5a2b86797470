// The editing canvas: the selected slide drawn by the slide renderer, plus selection, drag, transform and drop.
import type Konva from 'konva';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Group, Layer, Stage, Transformer } from 'react-konva';
import { useStore } from 'zustand';
import type { Item } from '../model/deck';
import type { ItemId, PhotoId, SlideId } from '../model/ids';
import { newId } from '../model/ids';
import { useFittedSize } from '../present/useFittedSize';
import { SlideContent } from '../slide/SlideContent';
import { usePhotoImages } from '../slide/usePhotoImages';
import { commands } from '../store/commands';
import { useDeck } from '../store/deckStore';
import { useEditorServices } from './editorServices';
import { itemChangeFromNode } from './itemChangeFromNode';
import { PHOTO_DRAG_TYPE } from './PhotoLibrary';
import { usePhotoUrls } from './usePhotoUrls';

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
  const transformer = useRef<Konva.Transformer>(null);
  // The gesture under way: the nodes it moves and how they were, so Esc can put every one of them back.
  const gesture = useRef<Gesture | null>(null);
  const [dropActive, setDropActive] = useState(false);

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

  const selectedItems = useMemo(
    () => (slide ? slide.items.filter((item) => selectedItemIds.includes(item.id)) : []),
    [slide, selectedItemIds],
  );
  const onlyText = selectedItems.length > 0 && selectedItems.every((item) => item.kind === 'text');
  // Text has no rotation in the deck, so a selection holding text is not rotated either.
  const anyText = selectedItems.some((item) => item.kind === 'text');

  useEffect(() => {
    const nodes = selectedItems.flatMap((item) => {
      const node = layer.current?.findOne(`#${item.id}`);
      return node ? [node] : [];
    });
    transformer.current?.nodes(nodes);
    transformer.current?.getLayer()?.batchDraw();
  }, [selectedItems, images, scale]);

  // Esc cancels a drag or transform under way; Delete/Backspace removes the selected items, but only when
  // the canvas (or nothing) has the focus, so the key means what the focused control says elsewhere.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && gesture.current) {
        cancelGesture(gesture.current, transformer.current);
        return;
      }
      const target = event.target as HTMLElement | null;
      const canvasHasFocus = !target || target === document.body || box.current?.contains(target);
      if (!canvasHasFocus) return;
      if ((event.key === 'Delete' || event.key === 'Backspace') && slide && selectedItemIds.length > 0) {
        event.preventDefault();
        deckStore.getState().dispatch(commands.deleteItems, { slideId: slide.id, itemIds: selectedItemIds });
        session.getState().selectItems([]);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [deckStore, session, slide, selectedItemIds]);

  const itemOf = (node: Konva.Node | null): { node: Konva.Node; item: Item } | null => {
    const itemNode = node?.hasName('item') ? node : (node?.findAncestor('.item') ?? null);
    const item = itemNode && slide?.items.find((i) => i.id === itemNode.id());
    return itemNode && item ? { node: itemNode, item } : null;
  };

  const commitNodes = (nodes: readonly Konva.Node[]) => {
    if (!slide) return;
    const changes = nodes.flatMap((node) => {
      const found = itemOf(node);
      return found ? [itemChangeFromNode(found.node, found.item)] : [];
    });
    if (changes.length > 0)
      deckStore.getState().dispatch(commands.transformItems, { slideId: slide.id, changes });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const photoId = event.dataTransfer.getData(PHOTO_DRAG_TYPE) as PhotoId;
    setDropActive(false);
    if (!photoId || !(photoId in deck.photos)) return;
    event.preventDefault();
    event.stopPropagation();
    const stage = layer.current?.getStage();
    let center: { x: number; y: number } | undefined;
    if (stage && scale > 0) {
      stage.setPointersPositions(event.nativeEvent);
      const pointer = stage.getPointerPosition();
      if (pointer) center = { x: pointer.x / scale, y: pointer.y / scale };
    }
    const { dispatch } = deckStore.getState();
    const itemId = newId<ItemId>();
    if (slide) {
      dispatch(commands.addPhotoItem, { slideId: slide.id, photoId, itemId, center });
    } else {
      const slideId = newId<SlideId>();
      dispatch(commands.addSlide, { photoIds: [photoId], slideId });
      session.getState().selectSlide(slideId);
    }
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
        {slide && fitted.width > 0 && (
          <Stage
            width={fitted.width}
            height={fitted.height}
            className="canvas-stage"
            onMouseDown={(event) => {
              const found = itemOf(event.target);
              if (event.target.getParent()?.className === 'Transformer') return;
              if (!found) {
                session.getState().selectItems([]);
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
            onDragStart={(event) => {
              // The Transformer drags the other selected nodes too, and their dragstart bubbles here as well.
              if (gesture.current || !itemOf(event.target)) return;
              const nodes = transformer.current?.nodes().includes(event.target)
                ? transformer.current.nodes()
                : [event.target];
              gesture.current = startGesture('drag', nodes);
            }}
            onDragEnd={() => {
              const done = gesture.current;
              gesture.current = null;
              if (done && !done.cancelled) commitNodes(done.nodes.map((n) => n.node));
            }}
          >
            <Layer ref={layer}>
              <Group scaleX={scale} scaleY={scale}>
                <SlideContent
                  deck={deck}
                  slide={slide}
                  step={0}
                  images={images}
                  showAllItems
                  showRevealCards={false}
                  draggableItems
                />
              </Group>
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
      </div>
    </section>
  );
}

type NodeStart = { node: Konva.Node; x: number; y: number; scaleX: number; scaleY: number; rotation: number };
type Gesture = { kind: 'drag' | 'transform'; nodes: NodeStart[]; cancelled: boolean };

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
    if (gesture.kind === 'drag') node.stopDrag();
    node.setAttrs(start);
  }
  transformer?.forceUpdate();
  transformer?.getLayer()?.batchDraw();
}
