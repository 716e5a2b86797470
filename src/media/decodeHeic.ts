// Decodes a HEIC/HEIF photo to RGBA pixels with libheif (WASM), loaded only when the first HEIC arrives.
import type { HeifImage, Libheif } from 'libheif-js/wasm-bundle';
import {
  HEIC_DAMAGED_REASON,
  HEIC_DECODER_UNAVAILABLE_REASON,
  isTooLarge,
  MAX_CANVAS_SIDE,
  tooLargeReason,
  tooLongReason,
} from './importReasons';

export type HeicDecoding = { ok: true; pixels: ImageData } | { ok: false; reason: string };

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
    return { ok: false, reason: HEIC_DECODER_UNAVAILABLE_REASON };
  }
  const decoder = new libheif.HeifDecoder();
  let images: HeifImage[] = [];
  try {
    images = decoder.decode(bytes);
    const primary = images.find((image) => image.is_primary()) ?? images[0];
    if (!primary) return { ok: false, reason: HEIC_DAMAGED_REASON };
    const size = { width: primary.get_width(), height: primary.get_height() };
    if (!(size.width > 0 && size.height > 0)) return { ok: false, reason: HEIC_DAMAGED_REASON };
    if (isTooLarge(size)) return { ok: false, reason: tooLargeReason(size) };
    // The decoded pixels go onto one full-size canvas to become the stored JPEG.
    if (Math.max(size.width, size.height) > MAX_CANVAS_SIDE)
      return { ok: false, reason: tooLongReason(size) };
    const pixels = await new Promise<ImageData | null>((resolve) =>
      primary.display(new ImageData(size.width, size.height), resolve),
    );
    return pixels ? { ok: true, pixels } : { ok: false, reason: HEIC_DAMAGED_REASON };
  } catch {
    return { ok: false, reason: HEIC_DAMAGED_REASON };
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
