// Why a file did not become a photo, as data: what went wrong and the numbers that say how far off it was.
// The words for each live in src/words/photoWords.ts, so every screen says it one way, in any language.
import type { ImageSize } from './readImageSize';

export type PhotoProblem =
  /** The browser could not read the file's bytes at all. */
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'empty' }
  /** An SVG drawing: refused because it can carry scripts. */
  | { readonly kind: 'svg' }
  | { readonly kind: 'text' }
  | { readonly kind: 'unknown-format' }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'damaged' }
  /** The renditions could not be made (usually the browser ran out of memory). */
  | { readonly kind: 'resize-failed' }
  /** Metadata that could not be cleaned for sure, and saving the pixels alone failed too. */
  | { readonly kind: 'metadata-not-removable' }
  | { readonly kind: 'heic-decoder-unavailable' }
  | { readonly kind: 'heic-damaged' }
  | { readonly kind: 'heic-conversion-failed' }
  | {
      readonly kind: 'too-many-pixels';
      readonly width: number;
      readonly height: number;
      readonly limit: number;
    }
  | {
      readonly kind: 'side-too-long';
      readonly width: number;
      readonly height: number;
      readonly limit: number;
    }
  /** The worker importing it stopped (out of memory on a huge photo, say). */
  | { readonly kind: 'import-stopped' };

export const MAX_MEGAPIXELS = 100;

/** A side longer than this cannot be drawn on a canvas in every browser (Safari and Firefox stop near 16k). */
export const MAX_CANVAS_SIDE = 16384;

export function isTooLarge({ width, height }: ImageSize): boolean {
  return width * height > MAX_MEGAPIXELS * 1_000_000;
}

export function tooManyPixels({
  width,
  height,
}: ImageSize): Extract<PhotoProblem, { kind: 'too-many-pixels' }> {
  return { kind: 'too-many-pixels', width, height, limit: MAX_MEGAPIXELS };
}

export function sideTooLong({ width, height }: ImageSize): PhotoProblem {
  return { kind: 'side-too-long', width, height, limit: MAX_CANVAS_SIDE };
}

/** A photo's problem thrown where it ends a longer job (an export), so the words can still be found for it. */
export class PhotoProblemError extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(`photo problem: ${problem.kind}`);
    this.name = 'PhotoProblemError';
  }
}
