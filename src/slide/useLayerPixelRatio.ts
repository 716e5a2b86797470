// Sets a Konva layer's canvas pixel ratio on purpose (Konva otherwise fixes it at the ratio seen at load).
import type Konva from 'konva';
import { useLayoutEffect, type RefObject } from 'react';

export function useLayerPixelRatio(
  layer: RefObject<Konva.Layer | null>,
  pixelRatio: number,
  size: string,
): void {
  useLayoutEffect(() => {
    const node = layer.current;
    if (!node) return;
    const canvas = node.getCanvas();
    if (canvas.getPixelRatio() !== pixelRatio) {
      canvas.setPixelRatio(pixelRatio);
      node.batchDraw();
    }
    // `size` is in the deps because a stage resize resets the canvas to its pixel ratio.
  }, [layer, pixelRatio, size]);
}
