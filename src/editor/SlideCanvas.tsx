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
  const dragging = useRef<{ node: Konva.Node; item: Item; cancelled: boolean } | null>(null);
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

  useEffect(() => {
    const nodes = selectedItems.flatMap((item) => {
      const node = layer.current?.findOne(`#${item.id}`);
      return node ? [node] : [];
    });
    transformer.current?.nodes(nodes);
    transformer.current?.getLayer()?.batchDraw();
  }, [selectedItems, images, scale]);

  // Delete/Backspace removes the selected items; Esc cancels a drag in progress.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        target &&
        (target.closest('input, textarea, select, [contenteditable="true"]') || target.closest('.sorter'))
      )
        return;
      if (event.key === 'Escape' && dragging.current) {
        const { node, item } = dragging.current;
        dragging.current.cancelled = true;
        node.stopDrag();
        node.position({ x: item.x, y: item.y });
        node.getLayer()?.batchDraw();
        return;
      }
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
              const found = itemOf(event.target);
              if (found) dragging.current = { ...found, cancelled: false };
            }}
            onDragEnd={(event) => {
              const drag = dragging.current;
              dragging.current = null;
              if (!drag || drag.cancelled) return;
              const moved = transformer.current?.nodes().includes(drag.node)
                ? transformer.current.nodes()
                : [event.target];
              commitNodes(moved);
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
                rotateEnabled={!onlyText}
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
                onTransformEnd={() => commitNodes(transformer.current?.nodes() ?? [])}
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
