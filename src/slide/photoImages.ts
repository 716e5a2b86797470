// The images a slide draws, keyed by photo id: decoded images the renderer can draw at once.
import type { PhotoId } from '../model/ids';

/** A decoded image ready for Konva: a loaded <img>, or a bitmap when a big photo was scaled down to draw. */
export type PhotoImage = HTMLImageElement | ImageBitmap;
export type PhotoImages = ReadonlyMap<PhotoId, PhotoImage>;

/** The long edge no drawn photo needs to exceed: a 4K screen's width, and the editor's display rendition. */
export const DRAW_LONG_EDGE = 2560;

export function imageSize(image: PhotoImage): { width: number; height: number } {
  return image instanceof HTMLImageElement
    ? { width: image.naturalWidth, height: image.naturalHeight }
    : { width: image.width, height: image.height };
}
