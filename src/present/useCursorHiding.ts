// Hides the mouse pointer over the show once it has rested a while; any movement brings it back.
import { useCallback, useEffect, useRef, useState } from 'react';

/** How long the pointer rests before it hides. */
export const CURSOR_HIDE_DELAY_MS = 3000;

export type CursorHiding = {
  readonly hidden: boolean;
  /** For the element's onPointerMove: a moving mouse shows the pointer and starts the wait again. */
  readonly onPointerMove: (event: { readonly pointerType: string }) => void;
};

/** While `enabled` is false (e.g. the overview is open) the pointer always shows. */
export function useCursorHiding(enabled: boolean): CursorHiding {
  const [hidden, setHidden] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const restart = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setHidden(true), CURSOR_HIDE_DELAY_MS);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    restart();
    return () => {
      clearTimeout(timer.current);
      setHidden(false);
    };
  }, [enabled, restart]);

  const onPointerMove = useCallback(
    (event: { readonly pointerType: string }) => {
      if (!enabled || event.pointerType !== 'mouse') return;
      setHidden(false);
      restart();
    },
    [enabled, restart],
  );

  return { hidden: enabled && hidden, onPointerMove };
}
