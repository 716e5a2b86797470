// Decodes a HEIC/HEIF photo to RGBA pixels with libheif (WASM), loaded only when the first HEIC arrives.
import type { HeifImage, Libheif } from 'libheif-js/wasm-bundle';
import { failure, type Result } from '../model/result';
import { isTooLarge, MAX_CANVAS_SIDE, sideTooLong, tooManyPixels, type PhotoProblem } from './photoProblem';

export type HeicDecoding = Result<{ pixels: ImageData }, PhotoProblem>;

const DAMAGED = failure<PhotoProblem>({ kind: 'heic-damaged' });

let loading: Promise<Libheif> | undefined;

/**
 * The primary image of a HEIC file, upright: libheif applies the file's rotation and mirroring (irot,
 * imir) while decoding, so the EXIF orientation, which describes the same turn, must not be applied again.
 * The size is checked before any pixel is decoded. Never throws.
 */
export async function decodeHeic(bytes: Uint8Array): Promise<HeicDecoding> {
  let libheif: Libheif;
  try {
    libheif = await loadLibheif();
  } catch {
    return failure({ kind: 'heic-decoder-unavailable' });
  }
  const decoder = new libheif.HeifDecoder();
  let images: HeifImage[] = [];
  try {
    images = decoder.decode(bytes);
    const primary = images.find((image) => image.is_primary()) ?? images[0];
    if (!primary) return DAMAGED;
    const size = { width: primary.get_width(), height: primary.get_height() };
    if (!(size.width > 0 && size.height > 0)) return DAMAGED;
    if (isTooLarge(size)) return failure(tooManyPixels(size));
    // The decoded pixels go onto one full-size canvas to become the stored JPEG.
    if (Math.max(size.width, size.height) > MAX_CANVAS_SIDE) return failure(sideTooLong(size));
    const pixels = await new Promise<ImageData | null>((resolve) =>
      primary.display(new ImageData(size.width, size.height), resolve),
    );
    return pixels ? { ok: true, pixels } : DAMAGED;
  } catch {
    return DAMAGED;
  } finally {
    // libheif-js frees a context only on the next decode; a worker that imports 200 photos frees it now.
    for (const image of images) image.free();
    if (decoder.decoder !== null) libheif.heif_context_free(decoder.decoder);
    decoder.decoder = null;
  }
}

function loadLibheif(): Promise<Libheif> {
  // The WASM is embedded in this chunk (no second fetch, so it works the same in a worker); a failed load
  // is forgotten so the next HEIC tries again.
  loading ??= import('libheif-js/wasm-bundle').then((module) => module.default);
  loading.catch(() => (loading = undefined));
  return loading;
}
