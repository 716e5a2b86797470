// Shared helpers of the import tests in Chromium: unwrap a result, read a rendition's size and pixels.
import type { ImportPhotoResult } from '../../../src/media/importPhoto';
import { photoProblemWords } from '../../../src/words/photoWords';

export type ImportedPhoto = Extract<ImportPhotoResult, { ok: true }>;

export function expectImported(result: ImportPhotoResult): ImportedPhoto {
  if (!result.ok) throw new Error(`import of ${result.fileName} refused: ${photoProblemWords(result.error)}`);
  return result;
}

export async function sizeOf(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'none' });
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/**
 * The RGB of an encoded image drawn at `width`×`height`, as stored (no orientation applied again): a
 * rendition must already be upright.
 */
export async function smallPixels(blob: Blob, width: number, height: number): Promise<Uint8ClampedArray> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'none' });
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return context.getImageData(0, 0, width, height).data;
}

/** Mean absolute difference of the RGB channels, 0 (same) to 255. */
export function meanAbsoluteDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    for (let c = 0; c < 3; c++) sum += Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0));
    count += 3;
  }
  return sum / count;
}

/** The same pixels turned upside down, or mirrored left to right: what a wrong orientation would give. */
export function flipped(pixels: Uint8ClampedArray, width: number, height: number, axis: 'x' | 'y') {
  const out = new Uint8ClampedArray(pixels.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = axis === 'x' ? (y * width + (width - 1 - x)) * 4 : ((height - 1 - y) * width + x) * 4;
      out.set(pixels.subarray(from, from + 4), (y * width + x) * 4);
    }
  }
  return out;
}
