// The answer coming in over the last photo step: its backdrop and its card on layers of their own, moved by the compositor.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Group } from '../slide/reactKonva';
import type { Deck, Slide } from '../model/deck';
import type { PhotoImages } from '../slide/photoImages';
import { AnswerCard } from '../slide/RevealCards';
import { SlideContent } from '../slide/SlideContent';
import { useLayerPixelRatio } from '../slide/useLayerPixelRatio';
import { ANSWER_DURATION, answerFrame, type AnswerFrame } from './answerAnimation';
import { DrawnLayer, type DrawnLayerNode } from './DrawnLayer';
import { useAnimationFrames, type Clock } from './useAnimationFrames';

type AnswerArrivalLayersProps = {
  readonly deck: Deck;
  readonly slide: Slide;
  /** The slide's answer step. */
  readonly step: number;
  readonly images: PhotoImages;
  /** CSS pixels per slide unit. */
  readonly scale: number;
  readonly pixelRatio: number;
  readonly clock: Clock;
  readonly onDone: () => void;
};

/**
 * Each layer is drawn once, when the answer is asked for; from then on the browser only fades the backdrop's
 * canvas and fades and scales the card's (CSS opacity and transform), so no frame redraws the slide.
 */
export function AnswerArrivalLayers({
  deck,
  slide,
  step,
  images,
  scale,
  pixelRatio,
  clock,
  onDone,
}: AnswerArrivalLayersProps) {
  const backdrop = useRef<DrawnLayerNode>(null);
  const card = useRef<DrawnLayerNode>(null);
  const size = `${Math.round(deck.size.width * scale)}x${Math.round(deck.size.height * scale)}`;
  // Konva drew both layers, filled, as they joined the stage in this commit: once is enough. (Before the pixel
  // ratio is set: a new ratio asks for a draw of its own.)
  useLayoutEffect(() => {
    backdrop.current?.skipBatchedDraw();
    card.current?.skipBatchedDraw();
  }, []);
  useLayerPixelRatio(backdrop, pixelRatio, size);
  useLayerPixelRatio(card, pixelRatio, size);

  // A parent's new callback must not restart the animation.
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  const run = useMemo(
    () => ({
      duration: ANSWER_DURATION,
      frame: (elapsed: number) => applyFrame(backdrop.current, card.current, answerFrame(elapsed)),
      done: () => done.current(),
    }),
    [],
  );
  useAnimationFrames(run, clock);
  useLayoutEffect(() => {
    for (const layer of [backdrop.current, card.current]) {
      const canvas = layer?.getNativeCanvasElement();
      if (!canvas) continue;
      // Layers of the compositor's own: fading or scaling them then repaints nothing.
      canvas.style.willChange = 'transform, opacity';
      // The card stands at the centre of the slide, so it grows about the centre of its canvas.
      canvas.style.transformOrigin = '50% 50%';
    }
    applyFrame(backdrop.current, card.current, answerFrame(0));
  }, []);

  const reveal = slide.reveal;
  if (!reveal) return null;
  return (
    <>
      <DrawnLayer ref={backdrop} listening={false}>
        <Group scaleX={scale} scaleY={scale}>
          <SlideContent deck={deck} slide={slide} step={step} images={images} showAnswerCard={false} />
        </Group>
      </DrawnLayer>
      <DrawnLayer ref={card} listening={false}>
        <Group scaleX={scale} scaleY={scale}>
          <AnswerCard deck={deck} reveal={reveal} />
        </Group>
      </DrawnLayer>
    </>
  );
}

function applyFrame(backdrop: DrawnLayerNode | null, card: DrawnLayerNode | null, frame: AnswerFrame): void {
  const backdropCanvas = backdrop?.getNativeCanvasElement();
  if (backdropCanvas) backdropCanvas.style.opacity = String(frame.backdrop);
  const cardCanvas = card?.getNativeCanvasElement();
  if (cardCanvas) {
    cardCanvas.style.opacity = String(frame.cardOpacity);
    cardCanvas.style.transform = `scale(${frame.cardScale.toFixed(4)})`;
  }
}
