// Blurs what the layer has drawn so far inside the slide (the collage behind the answer), with the 2D context's filter.
import type Konva from 'konva';
import { Shape } from './reactKonva';

type BackdropBlurProps = {
  readonly width: number;
  readonly height: number;
  /** Blur radius in slide units, so the slide looks the same at any size. */
  readonly radius: number;
};

/**
 * Blurring is done on a copy a quarter of the size (sixteen times fewer pixels to blur) and laid back enlarged,
 * which a blur hides. Only drawImage and `filter` are used: a canvas holding file:// photos cannot be read back,
 * so Konva's filters (cache(), getImageData) would fail in the bundle's player.
 */
const SHRINK = 4;

export function BackdropBlur({ width, height, radius }: BackdropBlurProps) {
  return (
    <Shape
      name="backdrop-blur"
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context, shape) => blurBelow(context, shape, width, height, radius)}
    />
  );
}

function blurBelow(
  context: Konva.Context,
  shape: Konva.Shape,
  width: number,
  height: number,
  radius: number,
) {
  const native = context._context;
  const source = native.canvas;
  // Slide units to canvas pixels: the shape's transform (scale and offset, no rotation), then the pixel ratio.
  const ratio = context.canvas.getPixelRatio();
  const [a = 1, , , d = 1, e = 0, f = 0] = shape.getAbsoluteTransform().getMatrix();
  const x = Math.max(0, Math.floor(e * ratio));
  const y = Math.max(0, Math.floor(f * ratio));
  const w = Math.min(source.width - x, Math.ceil(width * a * ratio));
  const h = Math.min(source.height - y, Math.ceil(height * d * ratio));
  if (w < SHRINK || h < SHRINK) return;
  const small = { width: Math.ceil(w / SHRINK), height: Math.ceil(h / SHRINK) };
  const copy = scratch(small.width, small.height);
  const blurred = scratch(small.width, small.height);
  const copyContext = copy.getContext('2d');
  const blurContext = blurred.getContext('2d');
  if (!copyContext || !blurContext) return;
  copyContext.drawImage(source, x, y, w, h, 0, 0, small.width, small.height);
  // The blur fades to nothing at the edges; the unblurred copy underneath keeps the edges filled.
  blurContext.drawImage(copy, 0, 0);
  blurContext.filter = `blur(${((radius * a * ratio) / SHRINK).toFixed(2)}px)`;
  blurContext.drawImage(copy, 0, 0);
  native.save();
  native.setTransform(1, 0, 0, 1, 0, 0);
  native.imageSmoothingEnabled = true;
  native.imageSmoothingQuality = 'high';
  native.drawImage(blurred, 0, 0, small.width, small.height, x, y, w, h);
  native.restore();
}

function scratch(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}
