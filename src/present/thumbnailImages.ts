// Small decoded copies of photos for the overview's thumbnails: each photo decoded once, kept small.
import type { PhotoImage } from '../slide/photoImages';

/** The long edge of a thumbnail's photo: a photo filling a whole ~240 px thumbnail, at up to 1.5× density. */
export const THUMBNAIL_LONG_EDGE = 360;

/** Decodes the photo at `url` and keeps only a small bitmap of it; undefined when it cannot be loaded. */
export async function loadThumbnailImage(url: string): Promise<PhotoImage | undefined> {
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  try {
    await image.decode();
  } catch {
    return undefined;
  }
  const longEdge = Math.max(image.naturalWidth, image.naturalHeight);
  if (longEdge <= THUMBNAIL_LONG_EDGE) return image;
  const scale = THUMBNAIL_LONG_EDGE / longEdge;
  try {
    return await createImageBitmap(image, {
      resizeWidth: Math.max(1, Math.round(image.naturalWidth * scale)),
      resizeHeight: Math.max(1, Math.round(image.naturalHeight * scale)),
      resizeQuality: 'medium',
    });
  } catch {
    return image;
  }
}

export function releaseThumbnailImage(image: PhotoImage): void {
  if (!(image instanceof HTMLImageElement)) image.close();
}
