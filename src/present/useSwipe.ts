// Swipes on a touch screen: a finger moving left shows the next step, right the previous one.
import { useCallback, useRef } from 'react';
import { classifySwipe } from './swipe';

type PointerLike = {
  readonly pointerType: string;
  readonly pointerId: number;
  readonly clientX: number;
  readonly clientY: number;
  readonly isPrimary: boolean;
};

export type SwipeHandlers = {
  readonly onPointerDown: (event: PointerLike) => void;
  readonly onPointerUp: (event: PointerLike) => void;
  readonly onPointerCancel: (event: PointerLike) => void;
  /** True right after a swipe, so the click a browser may still fire does not also move the show. */
  readonly justSwiped: () => boolean;
};

/** A tap is left to the click that follows it; the mouse is left alone entirely. */
export function useSwipe(onSwipe: (direction: 'next' | 'previous') => void): SwipeHandlers {
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  const swipedAt = useRef(-Infinity);

  const onPointerDown = useCallback((event: PointerLike) => {
    if (event.pointerType !== 'touch' || !event.isPrimary) return;
    start.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
  }, []);

  const onPointerUp = useCallback(
    (event: PointerLike) => {
      const from = start.current;
      if (!from || event.pointerId !== from.id) return;
      start.current = null;
      const kind = classifySwipe(event.clientX - from.x, event.clientY - from.y);
      if (kind === 'none') return;
      swipedAt.current = performance.now();
      onSwipe(kind);
    },
    [onSwipe],
  );

  const onPointerCancel = useCallback((event: PointerLike) => {
    if (start.current?.id === event.pointerId) start.current = null;
  }, []);

  const justSwiped = useCallback(() => performance.now() - swipedAt.current < 500, []);

  return { onPointerDown, onPointerUp, onPointerCancel, justSwiped };
}
