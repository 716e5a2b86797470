// The new slide coming in over the old one (fading or sliding), on a layer of its own above the still old slide.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Group } from '../slide/reactKonva';
import type { Deck, Slide } from '../model/deck';
import type { PhotoImages } from '../slide/photoImages';
import { SlideContent } from '../slide/SlideContent';
import { useLayerPixelRatio } from '../slide/useLayerPixelRatio';
import {
  TRANSITION_DURATION,
  transitionFrame,
  type Direction,
  type TransitionFrame,
} from './slideTransition';
import { useAnimationFrames, type Clock } from './useAnimationFrames';
import { DrawnLayer, type DrawnLayerNode } from './DrawnLayer';

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
  const layer = useRef<DrawnLayerNode>(null);
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
        const canvas = layer.current?.getNativeCanvasElement();
        if (!canvas) return;
        applyFrame(canvas, transitionFrame(transition, direction, elapsed), width);
      },
      done: () => done.current(),
    }),
    [transition, direction, width],
  );
  useAnimationFrames(run, clock);
  useLayoutEffect(() => {
    const canvas = layer.current?.getNativeCanvasElement();
    if (canvas) {
      // A layer of the compositor's own: moving or fading it then repaints nothing.
      canvas.style.willChange = 'transform, opacity';
      applyFrame(canvas, transitionFrame(transition, direction, 0), width);
    }
    // Drawn once, now, with the still layer, so the first frame already shows the start; from then on the
    // browser only moves or fades the finished picture.
    layer.current?.drawNow();
  }, [transition, direction, width]);

  return (
    <DrawnLayer ref={layer} listening={false}>
      <Group scaleX={scale} scaleY={scale}>
        <SlideContent deck={deck} slide={slide} step={step} images={images} />
      </Group>
    </DrawnLayer>
  );
}

/**
 * The new slide is drawn once; each frame only the layer's canvas moves or fades (CSS, done by the compositor),
 * so no frame redraws its photos. Fading the canvas is a true cross-fade (Konva's opacity fades each shape).
 */
function applyFrame(canvas: HTMLCanvasElement, frame: TransitionFrame, width: number): void {
  canvas.style.opacity = String(frame.opacity);
  canvas.style.transform = frame.offset === 0 ? '' : `translateX(${Math.round(frame.offset * width)}px)`;
}
