// Whether the viewer's system asks for reduced motion, kept live as the setting changes.
import { useSyncExternalStore } from 'react';
import type { Motion } from './SlideStage';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const list = matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

function snapshot(): Motion {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches ? 'reduced' : 'full';
}

/** 'reduced' while the system's reduced-motion setting is on, else 'full'. */
export function useReducedMotion(): Motion {
  return useSyncExternalStore(subscribe, snapshot, () => 'full');
}
