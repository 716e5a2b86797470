// The player's stage: the slide at the show's position, at the screen's size, with the step and slide animations.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { Group, Stage } from '../slide/reactKonva';
import type { Deck } from '../model/deck';
import type { Position } from '../model/navigation';
import type { PhotoImages } from '../slide/photoImages';
import { SlideContent } from '../slide/SlideContent';
import { useLayerPixelRatio } from '../slide/useLayerPixelRatio';
import { AnswerArrivalLayers } from './AnswerArrivalLayers';
import { ConfettiOverlay } from './ConfettiOverlay';
import { confettiBursts, showChange, type Motion, type ShowChange } from './showChange';
import { SlideTransitionLayer } from './SlideTransitionLayer';
import { StepAnimationLayer } from './StepAnimationLayer';
import { pageClock, type Clock } from './useAnimationFrames';
import { DrawnLayer, type DrawnLayerNode } from './DrawnLayer';

export type { Motion } from './showChange';

type SlideStageProps = {
  readonly deck: Deck;
  readonly position: Position;
  readonly images: PhotoImages;
  /** Width in CSS pixels; the height follows the deck's aspect ratio. */
  readonly width: number;
  readonly pixelRatio: number;
  /** 'reduced' when the viewer's system asks for reduced motion: no animation, no confetti. */
  readonly motion: Motion;
  /** Where animations read the time; tests pass a clock they move themselves. */
  readonly clock?: Clock;
};

/** What the stage is playing since the last position change. */
type Playing = {
  readonly from: Position;
  readonly to: Position;
  /** Null once its animation has finished. */
  readonly change: ShowChange | null;
  readonly confetti: boolean;
};

export function SlideStage({
  deck,
  position,
  images,
  width,
  pixelRatio,
  motion,
  clock = pageClock,
}: SlideStageProps) {
  const [playing, setPlaying] = useState<Playing>({
    from: position,
    to: position,
    change: null,
    confetti: false,
  });
  // A new position replaces what was playing: a running animation ends at once and the new one starts.
  let now = playing;
  if (position.slide !== playing.to.slide || position.step !== playing.to.step) {
    now = {
      from: playing.to,
      to: position,
      change: showChange(deck, playing.to, position, motion),
      confetti: confettiBursts(deck, playing.to, position, motion),
    };
    setPlaying(now);
  }
  const onDone = useCallback(() => {
    setPlaying((current) => (current.change ? { ...current, change: null } : current));
  }, []);

  const scale = width / deck.size.width;
  const stageWidth = Math.round(width);
  const stageHeight = Math.round(deck.size.height * scale);
  const layer = useRef<DrawnLayerNode>(null);
  useLayerPixelRatio(layer, pixelRatio, `${stageWidth}x${stageHeight}`);
  // The still layer is drawn before the browser paints, in the same commit that adds or removes an animation's
  // layer: waiting for Konva's next frame would show one frame with the arriving photo on neither layer.
  useLayoutEffect(() => {
    layer.current?.drawNow();
  });

  const slide = deck.slides[position.slide];
  if (!slide) return null;
  const change = motion === 'full' ? now.change : null;
  // During a transition the still layer keeps the old slide drawn, under the new one coming in; while the
  // answer comes in, it keeps the last photo step.
  const still = change?.kind === 'transition' || change?.kind === 'answer' ? change.from : position;
  const stillSlide = deck.slides[still.slide] ?? slide;
  const animatedItem =
    change?.kind === 'step' ? slide.items.find((item) => item.id === change.itemId) : undefined;
  const key = `${now.from.slide}.${now.from.step}-${now.to.slide}.${now.to.step}`;

  return (
    <div style={{ position: 'relative', width: stageWidth, height: stageHeight }}>
      <Stage width={stageWidth} height={stageHeight} listening={false}>
        <DrawnLayer ref={layer} listening={false}>
          <Group scaleX={scale} scaleY={scale}>
            <SlideContent
              deck={deck}
              slide={stillSlide}
              step={still.step}
              images={images}
              hiddenItemId={animatedItem?.id}
            />
          </Group>
        </DrawnLayer>
        {change?.kind === 'step' && animatedItem && (
          <StepAnimationLayer
            key={key}
            deck={deck}
            slide={slide}
            item={animatedItem}
            style={change.style}
            stepSeconds={change.stepSeconds}
            images={images}
            scale={scale}
            pixelRatio={pixelRatio}
            clock={clock}
            onDone={onDone}
          />
        )}
        {change?.kind === 'answer' && (
          <AnswerArrivalLayers
            key={key}
            deck={deck}
            slide={slide}
            step={position.step}
            images={images}
            scale={scale}
            pixelRatio={pixelRatio}
            clock={clock}
            onDone={onDone}
          />
        )}
        {change?.kind === 'transition' && (
          <SlideTransitionLayer
            key={key}
            deck={deck}
            slide={slide}
            step={position.step}
            transition={change.transition}
            direction={change.direction}
            images={images}
            scale={scale}
            pixelRatio={pixelRatio}
            clock={clock}
            onDone={onDone}
          />
        )}
      </Stage>
      {/* The confetti burst once the answer has landed: its overlay shows the still layer, which then holds it. */}
      {now.confetti && motion === 'full' && !change && (
        <ConfettiOverlay key={key} accentColor={deck.theme.accentColor} still={layer} />
      )}
    </div>
  );
}
