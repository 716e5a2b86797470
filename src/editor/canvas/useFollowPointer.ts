// Pointer work that is not a Konva drag (marquee, panning a crop), followed on the window until the pointer is released.
import { useEffect, useRef } from 'react';

/** Runs `move` on every pointer move until the pointer is released, then `end`. */
export type FollowPointer = (move: (event: PointerEvent) => void, end: (event: PointerEvent) => void) => void;

export function useFollowPointer(): FollowPointer {
  // Only one piece of pointer work at a time: starting another stops the one under way.
  const pointerWork = useRef<(() => void) | null>(null);
  useEffect(() => () => pointerWork.current?.(), []);

  return (move, end) => {
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
}
