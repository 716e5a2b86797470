// Keys pressed while a lazily loaded part is still arriving: held, then given to it once it listens, in the
// order they were pressed. A clicker's first click in the moment after Present is not lost.
import { useEffect } from 'react';

/** Keydowns held for a part not there yet; `replayed` counts those already given to it. */
export type HeldKeys = { readonly events: KeyboardEvent[]; replayed: number };

export function newHeldKeys(): HeldKeys {
  return { events: [], replayed: 0 };
}

/** While it is mounted (as a Suspense fallback), every keydown on the page is held, not acted on. */
export function useHoldKeys(into: HeldKeys) {
  useEffect(() => {
    const hold = (event: KeyboardEvent) => {
      // The browser's own shortcuts (reload, tabs, zoom) stay the browser's: the player takes none of them.
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      into.events.push(event);
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', hold, true);
    return () => window.removeEventListener('keydown', hold, true);
  }, [into]);
}

/**
 * Gives the held keys to the window again, one per task so that each finds the state the one before left.
 * Used by a component placed after the part that listens: its effect runs once that part's listeners are on.
 */
export function useReplayKeys(from: HeldKeys) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      const event = from.events[from.replayed];
      if (!event) return;
      from.replayed += 1;
      window.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: event.key,
          code: event.code,
          shiftKey: event.shiftKey,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          repeat: event.repeat,
          bubbles: true,
          cancelable: true,
        }),
      );
      timer = setTimeout(next, 0);
    };
    next();
    return () => clearTimeout(timer);
  }, [from]);
}
