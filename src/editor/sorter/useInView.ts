// Whether an element is on screen (or close to it): long lists draw only what can be seen, so a deck of a
// thousand slides does not build a thousand canvases.
import { useEffect, useRef, useState, type RefObject } from 'react';

/** How far outside the scrolled view an element counts as in view: drawn just before it scrolls in. */
const MARGIN = '400px';

export function useInView<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  // Where the browser cannot tell (no IntersectionObserver), everything counts as seen, as before.
  const [inView, setInView] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) setInView(last.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, inView];
}
