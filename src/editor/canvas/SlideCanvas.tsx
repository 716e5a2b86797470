// The editing canvas: the selected slide drawn by the slide renderer, with the selection, gestures, crop mode,
// keys and drop (each in its own hook) put together around one Konva stage.
import type Konva from 'konva';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Group, Layer, Rect, Stage, Transformer } from '../../slide/reactKonva';
import { useStore } from 'zustand';
import type { Item, Slide } from '../../model/deck';
import { useFittedSize } from '../../present/useFittedSize';
import { SlideContent } from '../../slide/SlideContent';
import { useDeck } from '../../store/deckStore';
import { CanvasToolbar } from './CanvasToolbar';
import { CropOverlay } from './CropOverlay';
import { useEditorServices } from '../editorServices';
import { canvasKeysHint } from './keys/canvasKeyHelp';

import { photoName } from '../library/photoName';
import { TextEditOverlay } from './TextEditOverlay';
import { editTextInPlace, finishTextEditing } from './textEditing';
import { useCanvasGestures } from './useCanvasGestures';
import { useCanvasKeys } from './keys/useCanvasKeys';
import { useCanvasNodes } from './useCanvasNodes';
import { useCropMode } from './useCropMode';
import { useFollowPointer } from './useFollowPointer';
import { useItemArranging } from './useItemArranging';
import { useLibraryDrop } from './useLibraryDrop';
import { useCanvasImages } from './useCanvasImages';

/** Told to screen readers with the canvas: its keys, from the one table of them. */
const KEYS_HINT = canvasKeysHint();

export { SNAP_THRESHOLD_PX } from './useCanvasGestures';

export function SlideCanvas() {
  const { deckStore, session } = useEditorServices();
  const deck = useDeck(deckStore, (state) => state.deck);
  const selectedSlideId = useStore(session, (state) => state.selectedSlideId);
  const selectedItemIds = useStore(session, (state) => state.selectedItemIds);
  const slide = deck.slides.find((s) => s.id === selectedSlideId) ?? null;
  const box = useRef<HTMLDivElement>(null);
  const fitted = useFittedSize(box, deck.size.width / deck.size.height);
  const scale = fitted.width / deck.size.width;
  const overlay = useRef<Konva.Layer>(null);
  // The text item being written in place (Add text, or a double-click), and the stage the editing box sits over.
  const textEditing = useStore(session, (state) => state.textEditing);
  const [stageNode, setStageNode] = useState<Konva.Stage | null>(null);

  const nodes = useCanvasNodes(slide, scale);
  const followPointer = useFollowPointer();
  const crop = useCropMode(deck, slide, nodes.slidePointer, followPointer);
  // The overlay nodes the gestures draw on are made here, not in useCanvasGestures: the react-hooks/refs rule
  // rejects JSX refs taken from a hook's result.
  const transformer = useRef<Konva.Transformer>(null);
  const guides = useRef<Konva.Group>(null);
  const marquee = useRef<Konva.Rect>(null);
  const gestures = useCanvasGestures(
    deck,
    slide,
    selectedItemIds,
    scale,
    nodes,
    { transformer, guides, marquee },
    followPointer,
  );
  const drop = useLibraryDrop(deck, slide, nodes);
  const { cropping, croppedItem, shownSlide } = crop;
  const { layer, content } = nodes;

  const images = useCanvasImages(slide);

  const selectedItems = useMemo(
    () => (slide ? slide.items.filter((item) => selectedItemIds.includes(item.id)) : []),
    [slide, selectedItemIds],
  );
  const onlyText = selectedItems.length > 0 && selectedItems.every((item) => item.kind === 'text');
  // Text has no rotation in the deck, so a selection holding text is not rotated either.
  const anyText = selectedItems.some((item) => item.kind === 'text');
  const singlePhoto =
    selectedItems.length === 1 && selectedItems[0]?.kind === 'photo' ? selectedItems[0] : null;

  const editingText = slide?.items.find((item) => item.id === textEditing?.itemId && item.kind === 'text');

  useEffect(() => {
    const selectedNodes =
      cropping || editingText
        ? []
        : selectedItems.flatMap((item) => {
            const node = layer.current?.findOne(`#${item.id}`);
            return node ? [node] : [];
          });
    transformer.current?.nodes(selectedNodes);
    transformer.current?.getLayer()?.batchDraw();
  }, [selectedItems, images, scale, cropping, editingText, layer, transformer]);

  // Konva takes pointer events on the stage's own element; the overlay's canvas on top need not catch them,
  // and letting them through keeps the slide's canvas the element under the pointer (as tests and tools see it).
  useEffect(() => {
    const canvas = overlay.current?.getCanvas()._canvas;
    if (canvas) canvas.style.pointerEvents = 'none';
  });

  const { reorder, duplicate } = useItemArranging(slide, selectedItemIds, selectedItems);

  useCanvasKeys({
    box,
    slide,
    selectedItems,
    selectedItemIds,
    crop: cropping ? { ...crop, scale: cropping.crop.scale } : null,
    gestures,
    reorder,
    duplicate,
  });

  const keysHint = useId();
  return (
    <section className="canvas-area" aria-label="Slide canvas">
      <div
        ref={box}
        tabIndex={0}
        // The canvas takes the arrow keys itself, so screen readers pass them through rather than read on.
        role="application"
        aria-label="Canvas"
        aria-describedby={keysHint}
        className={drop.dropActive ? 'canvas-box drop-active' : 'canvas-box'}
        onDragOver={drop.onDragOver}
        onDragLeave={drop.onDragLeave}
        onDrop={drop.onDrop}
      >
        <p id={keysHint} className="visually-hidden">
          {KEYS_HINT}
        </p>
        <p role="status" className="visually-hidden">
          {selectionText(slide, selectedItems, (item) => photoName(deck, item))}
        </p>
        {!slide && (
          <p className="canvas-empty">
            No slide yet. Select photos in the library and press “New slide”, or drag a photo here.
          </p>
        )}
        {slide && slide.items.length === 0 && (
          <p className="canvas-empty slide-empty-hint">
            {emptySlideHint(Object.keys(deck.photos).length > 0)}
          </p>
        )}
        {slide && (
          <CanvasToolbar
            cropScale={cropping ? cropping.crop.scale : null}
            canCrop={singlePhoto !== null}
            hasSelection={selectedItems.length > 0}
            onStartCrop={() => {
              if (!singlePhoto) return;
              crop.startCrop(singlePhoto);
              // The Crop button goes away with crop mode: the canvas keeps the focus, and its keys crop.
              box.current?.focus();
            }}
            onResetCrop={() => singlePhoto && crop.resetCrop(singlePhoto)}
            onZoom={crop.zoomTo}
            onFinishCrop={crop.finishCrop}
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
              if (cropping) crop.pressAt(nodes.itemOf(event.target)?.item.id ?? null, nodes.slidePointer());
              else gestures.press(event);
            }}
            onDblClick={(event) => {
              const found = nodes.itemOf(event.target);
              if (!cropping && found?.item.kind === 'photo') crop.startCrop(found.item);
              if (!cropping && found?.item.kind === 'text')
                editTextInPlace(deckStore, session, found.item.id);
            }}
            onWheel={(event) => {
              if (!cropping || !croppedItem) return;
              event.evt.preventDefault();
              crop.zoomTo(cropping.crop.scale * Math.exp(-event.evt.deltaY * 0.002));
            }}
            onDragStart={gestures.onDragStart}
            onDragMove={gestures.onDragMove}
            onDragEnd={gestures.onDragEnd}
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
                  showQuestionBar
                  draggableItems={!cropping}
                  // The text being written is the editing box's alone: the old words must not show through.
                  hiddenItemId={editingText?.id}
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
                onTransformStart={gestures.onTransformStart}
                onTransformEnd={gestures.onTransformEnd}
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
            onCommit={(text, endedBy) => {
              finishTextEditing(deckStore, session, text);
              // Ended by a key, the canvas takes the focus back (its keys then move the box); a press outside
              // leaves it to what was pressed.
              if (endedBy === 'key') box.current?.focus();
            }}
          />
        )}
      </div>
    </section>
  );
}

/** What the canvas's live region says about the selection, e.g. "Photo 2 of 5 selected: Lisbon, 2016". */
function selectionText(slide: Slide | null, selected: readonly Item[], name: (item: Item) => string): string {
  if (!slide || selected.length === 0) return '';
  const [only] = selected;
  if (selected.length > 1 || !only) return `${selected.length} items selected`;
  const kind = only.kind === 'photo' ? 'Photo' : 'Text';
  return `${kind} ${slide.items.indexOf(only) + 1} of ${slide.items.length} selected: ${name(only)}`;
}

/** What an empty slide says on the canvas: why it is empty (New slide found no photo left to take) and what to do. */
function emptySlideHint(hasPhotos: boolean): string {
  return hasPhotos
    ? 'This slide is empty: every photo is on a slide already. Drag a photo here from the library, or select photos and press “New slide”.'
    : 'This slide is empty. Add photos, then drag them here or press “New slide”.';
}
