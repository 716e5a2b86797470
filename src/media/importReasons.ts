// Why a file was not imported, in plain words: one reason per failure, shown to the user beside the file's name.
import type { ImageSize } from './readImageSize';

export const MAX_MEGAPIXELS = 100;
export const UNREADABLE_REASON = 'the file could not be read';
export const TRUNCATED_REASON = 'the file is cut short (truncated)';
export const DAMAGED_REASON = 'the photo could not be decoded (damaged file)';
export const RENDITION_FAILED_REASON = 'the photo could not be resized (the browser may be out of memory)';
export const METADATA_REENCODE_FAILED_REASON =
  'the photo carries metadata that could not be removed safely, and re-saving its pixels failed';
export const HEIC_DECODER_UNAVAILABLE_REASON = 'the HEIC decoder could not be loaded; please try again';
export const HEIC_DAMAGED_REASON = 'the HEIC photo could not be decoded (damaged or unsupported file)';
export const HEIC_CONVERSION_FAILED_REASON =
  'the HEIC photo could not be converted to JPEG (the browser may be out of memory)';

export function tooLargeReason({ width, height }: ImageSize): string {
  const megapixels = (width * height) / 1_000_000;
  // One decimal just above the limit, so "100.4" is not shown as a confusing "100".
  const shown = megapixels < 1000 ? String(Math.round(megapixels * 10) / 10) : String(Math.round(megapixels));
  return `the photo is too large (${shown} megapixels; the limit is ${MAX_MEGAPIXELS})`;
}

export function isTooLarge({ width, height }: ImageSize): boolean {
  return width * height > MAX_MEGAPIXELS * 1_000_000;
}

/** A side longer than this cannot be drawn on a canvas in every browser (Safari and Firefox stop near 16k). */
export const MAX_CANVAS_SIDE = 16384;

export function tooLongReason({ width, height }: ImageSize): string {
  return `the photo is too large for the browser to convert (${width}×${height} pixels; the longest side allowed is ${MAX_CANVAS_SIDE})`;
}
