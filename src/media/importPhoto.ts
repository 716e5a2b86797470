// Turns one picked file into a photo: checks, id, size, capture date, point of interest and its two renditions.
// Uses no DOM (OffscreenCanvas, createImageBitmap and crypto.subtle only), so it runs the same in a Web Worker.
import type { MimeType, PhotoMeta } from '../model/deck';
import { decodeHeic } from './decodeHeic';
import { decodePhoto } from './decodePhoto';
import { findFocus, type Focus } from './findFocus';
import { altFromFileName } from './altFromFileName';
import { hashBytes } from './hashBytes';
import { failure, type Failure, type Result } from '../model/result';
import { isTooLarge, tooManyPixels, type PhotoProblem } from './photoProblem';
import { makeRenditions, renditionType, type RenditionSource } from './makeRendition';
import { readImageSize } from './readImageSize';
import { isJpegComplete } from './readJpegHeader';
import { readTakenAt } from './readTakenAt';
import { sniffImageType } from './sniffImageType';
import { encodePixels } from './encodePixels';
import { stripLocationOrFlag } from './stripLocation';
import { LIMITS } from '../model/limits';

export type ImportPhotoResult =
  | { ok: true; photo: PhotoMeta; original: Blob; thumbnail: Blob; display: Blob }
  | (Failure<PhotoProblem> & { fileName: string });

export type PhotoFile = Blob & { name: string };

/** Quality of the JPEG a HEIC photo is stored as: close to the source, at about the source's file size. */
export const HEIC_JPEG_QUALITY = 0.92;

// The deck schema caps these lengths; a longer name must not make the saved deck unreadable.
const MAX_FILE_NAME_LENGTH = LIMITS.fileName;

/** A decoded photo ready to draw, with the bytes that will be stored as its original. */
type Prepared = {
  original: Blob;
  stored: Uint8Array;
  mimeType: MimeType;
  source: RenditionSource;
  /** The upright size of the photo (its source may be smaller when a huge photo was decoded downscaled). */
  width: number;
  height: number;
};

/**
 * Imports one file. Never throws: every failure comes back as `{ ok: false }` with the file's name and
 * the problem as data (src/words/photoWords.ts says it). `now` bounds the believable capture date (tests pass a fixed one).
 *
 * The photo's id is the SHA-256 of the stored original's bytes, which are what the bundle carries and
 * what opening a bundle checks. They are the file's own bytes with any location removed (see
 * stripLocation), or, for HEIC and for a file whose metadata cannot be cleaned for sure, the pixels
 * encoded anew with no metadata at all.
 */
export async function importPhoto(file: PhotoFile, now: Date = new Date()): Promise<ImportPhotoResult> {
  const fileName = file.name.normalize('NFC').slice(0, MAX_FILE_NAME_LENGTH);
  const refuse = (error: PhotoProblem): ImportPhotoResult => ({ ok: false, fileName, error });

  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse({ kind: 'unreadable' });
  }

  const sniffed = sniffImageType(bytes);
  if (!sniffed.ok) return refuse(sniffed.error);
  const { mimeType } = sniffed;
  if (mimeType === 'image/jpeg' && !isJpegComplete(bytes)) return refuse({ kind: 'truncated' });

  const prepared =
    mimeType === 'image/heic' ? await prepareHeic(bytes) : await prepareDecodable(bytes, mimeType);
  if (!prepared.ok) return refuse(prepared.error);
  const { source } = prepared;
  try {
    const type = renditionType(prepared.mimeType);
    let renditions: { display: Blob; thumbnail: Blob; pixels: ImageData };
    try {
      renditions = await makeRenditions(source, type);
    } catch {
      return refuse({ kind: 'resize-failed' });
    }
    const { display, thumbnail, pixels } = renditions;
    // The capture date is read from the user's file: a HEIC's converted JPEG carries no metadata.
    const [id, takenAt, focus] = await Promise.all([
      hashBytes(prepared.stored),
      readTakenAt(bytes, now),
      findFocusSafely(pixels),
    ]);
    const photo: PhotoMeta = {
      id,
      fileName,
      mimeType: prepared.mimeType,
      width: prepared.width,
      height: prepared.height,
      bytes: prepared.stored.byteLength,
      alt: altFromFileName(fileName),
      ...(takenAt === undefined ? {} : { takenAt }),
      ...(focus === undefined ? {} : { focus }),
    };
    return { ok: true, photo, original: prepared.original, display, thumbnail };
  } catch {
    return refuse({ kind: 'damaged' });
  } finally {
    release(source);
  }
}

/**
 * JPEG, PNG, WebP, AVIF and GIF: the browser decodes them; the original is the file minus its location.
 * When the strip cannot vouch for the result (hostile or unreadable metadata), the original is the decoded
 * pixels encoded anew instead (JPEG stays JPEG, the rest becomes PNG), which carries no metadata at all.
 */
async function prepareDecodable(
  bytes: Uint8Array<ArrayBuffer>,
  mimeType: MimeType,
): Promise<Result<Prepared, PhotoProblem>> {
  // Before the bytes are hashed or stored: the location never reaches the library or a bundle. The result
  // is these bytes changed in place, a shorter view of them, or a copy: all over an ArrayBuffer.
  const { bytes: strippedBytes, clean } = stripLocationOrFlag(bytes);
  const stripped = strippedBytes as Uint8Array<ArrayBuffer>;
  // Checked before decoding when the header allows, because decoding a huge photo may exhaust memory.
  const headerSize = readImageSize(stripped, mimeType);
  if (headerSize && isTooLarge(headerSize)) return failure(tooManyPixels(headerSize));
  const original = new Blob([stripped], { type: mimeType });
  const decoded = await decodePhoto(original, stripped, headerSize);
  if (!decoded) return failure({ kind: 'damaged' });
  if (isTooLarge(decoded)) {
    decoded.bitmap.close();
    return failure(tooManyPixels(decoded));
  }
  const { bitmap, width, height } = decoded;
  if (!clean) {
    const pixelsOnly = await encodePixels(bitmap, mimeType === 'image/jpeg' ? 'image/jpeg' : 'image/png');
    if (!pixelsOnly) {
      bitmap.close();
      return failure({ kind: 'metadata-not-removable' });
    }
    // The stored photo is the bitmap as drawn (already upright; display-sized when a huge one was).
    return { ok: true, ...pixelsOnly, source: bitmap, width: bitmap.width, height: bitmap.height };
  }
  return { ok: true, original, stored: stripped, mimeType, source: bitmap, width, height };
}

/**
 * HEIC: decoded by libheif, then stored as a high-quality JPEG, because browsers other than Safari cannot
 * show HEIC: the library, the editor and the exported bundle all need a format every browser reads. The
 * conversion is deterministic (the same HEIC gives the same JPEG bytes), so adding it twice is still
 * recognised as the same photo. The JPEG carries no metadata, so no location either.
 */
async function prepareHeic(bytes: Uint8Array): Promise<Result<Prepared, PhotoProblem>> {
  const decoded = await decodeHeic(bytes);
  if (!decoded.ok) return decoded;
  const { width, height } = decoded.pixels;
  let canvas: OffscreenCanvas | undefined;
  try {
    canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context is available');
    context.putImageData(decoded.pixels, 0, 0);
    const original = await canvas.convertToBlob({ type: 'image/jpeg', quality: HEIC_JPEG_QUALITY });
    const stored = new Uint8Array(await original.arrayBuffer());
    // The canvas, already upright, is the source of both renditions: no second decode.
    return { ok: true, original, stored, mimeType: 'image/jpeg', source: canvas, width, height };
  } catch {
    if (canvas) release(canvas);
    return failure({ kind: 'heic-conversion-failed' });
  }
}

async function findFocusSafely(pixels: ImageData): Promise<Focus | undefined> {
  try {
    return await findFocus(pixels);
  } catch {
    // A point of interest is a nicety: without one, collages crop around the middle.
    return undefined;
  }
}

function release(source: RenditionSource): void {
  if (source instanceof OffscreenCanvas) {
    source.width = 0;
    source.height = 0;
  } else {
    source.close();
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

export { altFromFileName };
