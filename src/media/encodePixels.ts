// A photo's pixels alone, encoded anew: what is kept of a photo whose metadata cannot be cleaned for sure
// (on import, and when a received bundle's photo is opened), since a fresh encoding carries none.
import type { MimeType } from '../model/deck';
import { sniffImageType } from './sniffImageType';

/** Quality of the JPEG a JPEG is re-encoded as: as close as a converted HEIC's. */
export const REENCODE_JPEG_QUALITY = 0.92;

/** The bitmap drawn on a canvas and encoded: pixels only, no metadata. Undefined when that fails. */
export async function encodePixels(
  bitmap: ImageBitmap,
  type: 'image/jpeg' | 'image/png',
): Promise<{ original: Blob; stored: Uint8Array<ArrayBuffer>; mimeType: MimeType } | undefined> {
  let canvas: OffscreenCanvas | undefined;
  try {
    canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.drawImage(bitmap, 0, 0);
    const original = await canvas.convertToBlob({ type, quality: REENCODE_JPEG_QUALITY });
    const stored = new Uint8Array(await original.arrayBuffer());
    const sniffed = sniffImageType(stored);
    if (!sniffed.ok) return undefined;
    return { original: new Blob([stored], { type: sniffed.mimeType }), stored, mimeType: sniffed.mimeType };
  } catch {
    return undefined;
  } finally {
    // Its pixels are let go at once rather than when the collector gets to them.
    if (canvas) {
      canvas.width = 0;
      canvas.height = 0;
    }
  }
}
