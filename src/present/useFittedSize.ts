// Measures an element and fits the slide inside it at the deck's aspect ratio (letterboxing).
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Size } from '../model/geometry';

export function fitInside(box: Size, aspect: number): Size {
  if (box.width <= 0 || box.height <= 0) return { width: 0, height: 0 };
  const width = Math.min(box.width, box.height * aspect);
  return { width: Math.floor(width), height: Math.floor(width / aspect) };
}

export function useFittedSize(element: RefObject<HTMLElement | null>, aspect: number): Size {
  const [box, setBox] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const measure = () => setBox({ width: node.clientWidth, height: node.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return fitInside(box, aspect);
}
