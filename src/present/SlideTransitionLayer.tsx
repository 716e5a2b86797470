// The new slide coming in over the old one (fading or sliding), on a layer of its own above the still old slide.
import type Konva from 'konva';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Group, Layer } from 'react-konva';
import type { Deck, Slide } from '../model/deck';
import type { PhotoImages } from '../slide/photoImages';
import { SlideContent } from '../slide/SlideContent';
import { useLayerPixelRatio } from '../slide/useLayerPixelRatio';
import { TRANSITION_DURATION, transitionFrame, type Direction } from './slideTransition';
import { useAnimationFrames, type Clock } from './useAnimationFrames';

type SlideTransitionLayerProps = {
  readonly deck: Deck;
  /** The slide coming in, at the step it is shown at. */
  readonly slide: Slide;
  readonly step: number;
  readonly transition: 'fade' | 'slide';
  readonly direction: Direction;
  readonly images: PhotoImages;
  /** CSS pixels per slide unit. */
  readonly scale: number;
  readonly pixelRatio: number;
  readonly clock: Clock;
  readonly onDone: () => void;
};

export function SlideTransitionLayer({
  deck,
  slide,
  step,
  transition,
  direction,
  images,
  scale,
  pixelRatio,
  clock,
  onDone,
}: SlideTransitionLayerProps) {
  const layer = useRef<Konva.Layer>(null);
  const incoming = useRef<Konva.Group>(null);
  const width = Math.round(deck.size.width * scale);
  const height = Math.round(deck.size.height * scale);
  useLayerPixelRatio(layer, pixelRatio, `${width}x${height}`);

  // A parent's new callback must not restart the transition.
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  const run = useMemo(
    () => ({
      duration: TRANSITION_DURATION[transition],
      frame: (elapsed: number) => {
        const node = incoming.current;
        if (!node) return;
        const frame = transitionFrame(transition, direction, elapsed);
        const layer = node.getLayer();
        // The new slide fades as one picture, a true cross-fade (Konva's opacity fades each shape on its own).
        if (layer) layer.getNativeCanvasElement().style.opacity = String(frame.opacity);
        if (node.x() === frame.offset * width) return;
        node.x(frame.offset * width);
        // Only this layer redraws; the old slide underneath is left alone.
        layer?.draw();
      },
      done: () => done.current(),
    }),
    [transition, direction, width],
  );
  useAnimationFrames(run, clock);
  useLayoutEffect(() => {
    const canvas = layer.current?.getNativeCanvasElement();
    if (canvas) canvas.style.opacity = String(transitionFrame(transition, direction, 0).opacity);
    // Drawn now, with the still layer, so the first frame already shows the start.
    layer.current?.draw();
  }, [transition, direction]);

  const first = transitionFrame(transition, direction, 0);
  return (
    <Layer ref={layer} listening={false}>
      <Group ref={incoming} x={first.offset * width}>
        <Group scaleX={scale} scaleY={scale}>
          <SlideContent deck={deck} slide={slide} step={step} images={images} />
        </Group>
      </Group>
    </Layer>
  );
}
