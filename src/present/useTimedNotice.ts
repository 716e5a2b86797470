// A short message over the show that goes away by itself after a few seconds.
import { useCallback, useEffect, useState } from 'react';

const SHOWN_FOR_MS = 8000;

export function useTimedNotice(initial: string | null = null): {
  readonly text: string | null;
  readonly show: (text: string) => void;
} {
  const [notice, setNotice] = useState<{ text: string; shownAt: number } | null>(
    initial ? { text: initial, shownAt: 0 } : null,
  );
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), SHOWN_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);
  // Each call shows the text anew (and for the whole time), even when it is the same text.
  const show = useCallback((text: string) => setNotice({ text, shownAt: performance.now() }), []);
  return { text: notice?.text ?? null, show };
}
