// A canvas over the slide that bursts confetti once when mounted, and is cleared when unmounted.
import { useEffect, useRef, type RefObject } from 'react';
import type Konva from 'konva';
import { burstConfetti } from './confetti';

const FESTIVE = ['#ffffff', '#ff5d73', '#3ec1ff', '#7bd389'];
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

type ConfettiOverlayProps = {
  readonly accentColor: string;
  /** The stage's still layer: the only layer while the answer arrives (the answer step has no animation). */
  readonly still: RefObject<Konva.Layer | null>;
};

/**
 * Chromium composites a second canvas that changes every frame over the stage at a cost of dropped frames,
 * where one changing canvas costs none. So the confetti are drawn off screen, and each frame this canvas
 * shows the still layer with the confetti over it, while the still layer's own canvas is hidden.
 */
export function ConfettiOverlay({ accentColor, still }: ConfettiOverlayProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const shown = canvas.current;
    const slide = still.current?.getNativeCanvasElement();
    const context = shown?.getContext('2d');
    if (!shown || !slide || !context) return;
    shown.width = slide.width;
    shown.height = slide.height;
    const confetti = document.createElement('canvas');
    confetti.width = slide.width;
    confetti.height = slide.height;
    let frame = 0;
    let running = true;
    const compose = () => {
      // The still layer's canvas follows the stage's size and pixel ratio, which can change mid-burst.
      if (shown.width !== slide.width || shown.height !== slide.height) {
        shown.width = slide.width;
        shown.height = slide.height;
      }
      context.clearRect(0, 0, shown.width, shown.height);
      context.drawImage(slide, 0, 0);
      context.drawImage(confetti, 0, 0, shown.width, shown.height);
      frame = requestAnimationFrame(compose);
    };
    const stop = () => {
      if (!running) return;
      running = false;
      cancelAnimationFrame(frame);
      context.clearRect(0, 0, shown.width, shown.height);
      slide.style.visibility = '';
    };
    // canvas-confetti reads hex colours only.
    const burst = burstConfetti(confetti, HEX.test(accentColor) ? [accentColor, ...FESTIVE] : FESTIVE, stop);
    compose();
    slide.style.visibility = 'hidden';
    return () => {
      stop();
      burst();
    };
  }, [accentColor, still]);
  return (
    <canvas
      ref={canvas}
      data-confetti=""
      aria-hidden="true"
      style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none' }}
    />
  );
}
