// Draws a smaller copy of a decoded photo and encodes it; works in a Web Worker (OffscreenCanvas only).
import type { MimeType } from '../model/deck';

export const THUMBNAIL_LONG_EDGE = 320;
export const DISPLAY_LONG_EDGE = 2560;
export const RENDITION_QUALITY = 0.85;

export type RenditionSize = { width: number; height: number };

/** The size that fits `maxLongEdge` keeping the aspect ratio; a smaller image keeps its size. */
export function fitLongEdge(width: number, height: number, maxLongEdge: number): RenditionSize {
  const scale = Math.min(1, maxLongEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** JPEG keeps files small for photos; formats that may carry transparency get WebP so it survives. */
export function renditionType(source: MimeType): 'image/jpeg' | 'image/webp' {
  return source === 'image/jpeg' || source === 'image/heic' ? 'image/jpeg' : 'image/webp';
}

export async function makeRendition(
  bitmap: ImageBitmap,
  maxLongEdge: number,
  type: 'image/jpeg' | 'image/webp',
): Promise<Blob> {
  const { width, height } = fitLongEdge(bitmap.width, bitmap.height, maxLongEdge);
  const canvas = new OffscreenCanvas(width, height);
  try {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context is available');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return await canvas.convertToBlob({ type, quality: RENDITION_QUALITY });
  } finally {
    // Free the pixel buffer now rather than whenever the collector runs: imports go photo after photo.
    canvas.width = 0;
    canvas.height = 0;
  }
}
