// The bundle's first screen tells whoever opened it how to start: shown for a few seconds, or until the show moves.
import { useEffect, useState } from 'react';

/** Long enough to be read once, short enough not to sit over the first slide when the show is projected. */
export const START_HINT_MS = 5000;

/** Whether the hint shows: from the start until `START_HINT_MS` have passed or the show has left its first step. */
export function useStartHint(wanted: boolean, moved: boolean): boolean {
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    const timer = window.setTimeout(() => setTimedOut(true), START_HINT_MS);
    return () => window.clearTimeout(timer);
  }, [wanted]);
  // Remembered while rendering (React's way to keep what a prop once was): back at the start it stays gone.
  const [movedOnce, setMovedOnce] = useState(false);
  if (moved && !movedOnce) setMovedOnce(true);
  return wanted && !timedOut && !movedOnce && !moved;
}
