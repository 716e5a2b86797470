// Draws a smaller copy of a decoded photo and encodes it; works in a Web Worker (OffscreenCanvas only).
import type { MimeType } from '../model/deck';

export const THUMBNAIL_LONG_EDGE = 320;
export const DISPLAY_LONG_EDGE = 2560;
export const RENDITION_QUALITY = 0.85;

export type RenditionSize = { width: number; height: number };
/** A decoded photo: a bitmap, or (for HEIC) the canvas its pixels were put on. */
export type RenditionSource = ImageBitmap | OffscreenCanvas;

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

/**
 * Both renditions of a photo: the display one drawn from the decoded photo, the thumbnail drawn from the
 * display one (a 2560 px canvas shrinks to 320 px for a fraction of what the full photo costs), with the
 * thumbnail's pixels for the point of interest.
 */
export async function makeRenditions(
  source: RenditionSource,
  type: 'image/jpeg' | 'image/webp',
): Promise<{ display: Blob; thumbnail: Blob; pixels: ImageData }> {
  const { width, height } = fitLongEdge(source.width, source.height, DISPLAY_LONG_EDGE);
  const canvas = new OffscreenCanvas(width, height);
  try {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context is available');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = smoothingFor(source.width / width);
    context.drawImage(source, 0, 0, width, height);
    const display = await canvas.convertToBlob({ type, quality: RENDITION_QUALITY });
    const { blob: thumbnail, pixels } = await makeThumbnail(canvas, type);
    return { display, thumbnail, pixels };
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

/** The thumbnail and its pixels, read back while its small canvas still exists (for the point of interest). */
export async function makeThumbnail(
  source: RenditionSource,
  type: 'image/jpeg' | 'image/webp',
): Promise<{ blob: Blob; pixels: ImageData }> {
  const { blob, pixels } = await drawAndEncode(source, THUMBNAIL_LONG_EDGE, type, true);
  if (!pixels) throw new Error('the thumbnail pixels could not be read');
  return { blob, pixels };
}

/**
 * 'high' smoothing costs ~100 ms per 12 MP photo drawn to 2560 px, 'low' ~25 ms (measured here). A shrink of
 * up to 2× looks the same with bilinear 'low'; larger shrinks (and the small thumbnail) need more taps.
 */
export function smoothingFor(shrink: number): ImageSmoothingQuality {
  if (shrink <= 2) return 'low';
  return shrink <= 4 ? 'medium' : 'high';
}

async function drawAndEncode(
  source: RenditionSource,
  maxLongEdge: number,
  type: 'image/jpeg' | 'image/webp',
  readPixels: boolean,
): Promise<{ blob: Blob; pixels: ImageData | undefined }> {
  const { width, height } = fitLongEdge(source.width, source.height, maxLongEdge);
  const canvas = new OffscreenCanvas(width, height);
  try {
    // willReadFrequently keeps the canvas in memory rather than on a GPU it would be read back from.
    const context = canvas.getContext('2d', { willReadFrequently: readPixels });
    if (!context) throw new Error('no 2D canvas context is available');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = smoothingFor(source.width / width);
    context.drawImage(source, 0, 0, width, height);
    const pixels = readPixels ? context.getImageData(0, 0, width, height) : undefined;
    const blob = await canvas.convertToBlob({ type, quality: RENDITION_QUALITY });
    return { blob, pixels };
  } finally {
    // Free the pixel buffer now rather than whenever the collector runs: imports go photo after photo.
    canvas.width = 0;
    canvas.height = 0;
  }
}
