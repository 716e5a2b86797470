// A canvas over the slide that bursts confetti once when mounted, and is cleared when unmounted.
import { useEffect, useRef } from 'react';
import { burstConfetti } from './confetti';

const FESTIVE = ['#ffffff', '#ff5d73', '#3ec1ff', '#7bd389'];
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function ConfettiOverlay({ accentColor }: { readonly accentColor: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    // canvas-confetti reads hex colours only.
    return burstConfetti(canvas.current, HEX.test(accentColor) ? [accentColor, ...FESTIVE] : FESTIVE);
  }, [accentColor]);
  return (
    <canvas
      ref={canvas}
      data-confetti=""
      aria-hidden="true"
      style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none' }}
    />
  );
}
