// Turns one picked file into a photo: checks, id, size, capture date and its two renditions. Uses no DOM,
// so the same function can later run inside a Web Worker.
import type { MimeType, PhotoMeta } from '../model/deck';
import { hashBytes } from './hashBytes';
import { DISPLAY_LONG_EDGE, makeRendition, renditionType, THUMBNAIL_LONG_EDGE } from './makeRendition';
import { readImageSize, type ImageSize } from './readImageSize';
import { isJpegComplete } from './readJpegHeader';
import { readTakenAt } from './readTakenAt';
import { sniffImageType } from './sniffImageType';

export type ImportPhotoResult =
  | { ok: true; photo: PhotoMeta; original: Blob; thumbnail: Blob; display: Blob }
  | { ok: false; fileName: string; reason: string };

export type PhotoFile = Blob & { name: string };

export const MAX_MEGAPIXELS = 100;
export const UNREADABLE_REASON = 'the file could not be read';
export const HEIC_REASON = "HEIC photos can't be read yet; please convert to JPEG";
export const TRUNCATED_REASON = 'the file is cut short (truncated)';
export const DAMAGED_REASON = 'the photo could not be decoded (damaged file)';
export const RENDITION_FAILED_REASON = 'the photo could not be resized (the browser may be out of memory)';

// The deck schema caps these lengths; a longer name must not make the saved deck unreadable.
const MAX_FILE_NAME_LENGTH = 1024;
const MAX_ALT_LENGTH = 2000;

/**
 * Imports one file. Never throws: every failure comes back as `{ ok: false }` with the file's name and a
 * reason in plain words. `now` bounds the believable capture date (tests pass a fixed one).
 */
export async function importPhoto(file: PhotoFile, now: Date = new Date()): Promise<ImportPhotoResult> {
  const fileName = file.name.normalize('NFC').slice(0, MAX_FILE_NAME_LENGTH);
  const refuse = (reason: string): ImportPhotoResult => ({ ok: false, fileName, reason });

  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return refuse(UNREADABLE_REASON);
  }
  const bytes = new Uint8Array(buffer);

  const sniffed = sniffImageType(bytes);
  if (sniffed.kind === 'refused') return refuse(sniffed.reason);
  const { mimeType } = sniffed;
  if (mimeType === 'image/heic') return refuse(HEIC_REASON);
  if (mimeType === 'image/jpeg' && !isJpegComplete(bytes)) return refuse(TRUNCATED_REASON);
  // Checked before decoding when the header allows, because decoding a huge photo may exhaust memory.
  const headerSize = readImageSize(bytes, mimeType);
  if (headerSize && isTooLarge(headerSize)) return refuse(tooLargeReason(headerSize));

  const original = new Blob([buffer], { type: mimeType });
  let bitmap: ImageBitmap;
  try {
    // 'from-image' applies the EXIF orientation here, once; nothing downstream rotates again.
    bitmap = await createImageBitmap(original, { imageOrientation: 'from-image' });
  } catch {
    return refuse(DAMAGED_REASON);
  }
  try {
    if (isTooLarge(bitmap)) return refuse(tooLargeReason(bitmap));
    const renditions = await makeRenditions(bitmap, mimeType);
    if (!renditions) return refuse(RENDITION_FAILED_REASON);
    const [id, takenAt] = await Promise.all([hashBytes(buffer), readTakenAt(bytes, now)]);
    const photo: PhotoMeta = {
      id,
      fileName,
      mimeType,
      width: bitmap.width,
      height: bitmap.height,
      bytes: bytes.byteLength,
      alt: altFromFileName(fileName),
      ...(takenAt === undefined ? {} : { takenAt }),
    };
    return { ok: true, photo, original, ...renditions };
  } catch {
    return refuse(DAMAGED_REASON);
  } finally {
    bitmap.close();
  }
}

/**
 * Imports files one at a time, so only one photo's pixels are in memory, reporting each as it finishes.
 * An abort stops before the next file; the results already reported stand.
 */
export async function importPhotos(
  files: readonly PhotoFile[],
  /** Awaited before the next file starts, so a caller can store each photo before decoding another. */
  onEach: (result: ImportPhotoResult, index: number) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  for (const [index, file] of files.entries()) {
    if (signal?.aborted) return;
    const result = await importPhoto(file);
    if (signal?.aborted) return;
    await onEach(result, index);
  }
}

/** The file name without its extension: a starting point the user can edit. */
export function altFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^./\\]*$/, '');
  return (stem === '' ? fileName : stem).slice(0, MAX_ALT_LENGTH);
}

export function tooLargeReason({ width, height }: ImageSize): string {
  const megapixels = (width * height) / 1_000_000;
  // One decimal just above the limit, so "100.4" is not shown as a confusing "100".
  const shown = megapixels < 1000 ? String(Math.round(megapixels * 10) / 10) : String(Math.round(megapixels));
  return `the photo is too large (${shown} megapixels; the limit is ${MAX_MEGAPIXELS})`;
}

function isTooLarge({ width, height }: ImageSize): boolean {
  return width * height > MAX_MEGAPIXELS * 1_000_000;
}

async function makeRenditions(
  bitmap: ImageBitmap,
  source: MimeType,
): Promise<{ thumbnail: Blob; display: Blob } | undefined> {
  const type = renditionType(source);
  try {
    // One after the other: two full-size canvases at once would double the peak memory.
    const display = await makeRendition(bitmap, DISPLAY_LONG_EDGE, type);
    const thumbnail = await makeRendition(bitmap, THUMBNAIL_LONG_EDGE, type);
    return { thumbnail, display };
  } catch {
    return undefined;
  }
}
