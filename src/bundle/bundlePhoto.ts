// A photo from a received bundle, taken for what its bytes are rather than for what its deck.json says: the
// type sniffed, the size read from the header (upright, as the editor shows it), the byte count counted, and
// any location a foreign app left in it removed before it is stored or sent on.
import type { MimeType, PhotoMeta } from '../model/deck';
import { isTransposed } from '../media/orientation';
import { hashBytes } from '../media/hashBytes';
import { isTooLarge, tooManyPixels } from '../media/photoProblem';
import { failure, type Result } from '../model/result';
import type { BundlePhotoProblem } from './bundleProblem';
import { readImageSize, type ImageSize } from '../media/readImageSize';
import { sniffImageType } from '../media/sniffImageType';
import { encodePixels } from '../media/encodePixels';
import { stripLocationOrFlag } from '../media/stripLocation';

export type CheckedPhoto = {
  /** The deck's entry with the facts the bytes give (and, when a location was removed, the new id). */
  readonly meta: PhotoMeta;
  readonly bytes: Uint8Array<ArrayBuffer>;
};

export type CheckedPhotoResult = Result<{ photo: CheckedPhoto }, BundlePhotoProblem>;

/** Measures the upright size where the header does not say it (AVIF); undefined when it cannot be decoded. */
export type MeasureByDecoding = (
  bytes: Uint8Array<ArrayBuffer>,
  mimeType: MimeType,
) => Promise<ImageSize | undefined>;

/**
 * `bytes` must be the photo `declared` names (their SHA-256 is its id: checked first, so a swapped photo is
 * refused). The result is what the editor stores: a bundle this app wrote comes back byte for byte (its
 * photos were cleaned on import), a foreign one loses its location and gets the id of its cleaned bytes.
 */
export async function checkBundlePhoto(
  declared: PhotoMeta,
  bytes: Uint8Array<ArrayBuffer>,
  measure: MeasureByDecoding = measureInBrowser,
): Promise<CheckedPhotoResult> {
  const sniffed = sniffImageType(bytes);
  if (!sniffed.ok) return failure({ kind: 'not-an-image', why: sniffed.error });
  const { mimeType } = sniffed;
  if (mimeType === 'image/heic') {
    // The editor stores HEIC photos as JPEG; browsers cannot show HEIC, so the player could not either.
    return failure({ kind: 'heic' });
  }
  if ((await hashBytes(bytes)) !== declared.id) {
    return failure({ kind: 'bytes-differ' });
  }
  const stored = readImageSize(bytes, mimeType);
  // A header may claim any size: 100,000 × 100,000 is refused here, before anything decodes it.
  if (stored && isTooLarge(stored)) return failure(tooManyPixels(stored));
  const size = stored ? await upright(bytes, stored) : await measure(bytes, mimeType);
  if (!size) return failure({ kind: 'undecodable' });
  if (isTooLarge(size)) return failure(tooManyPixels(size));

  const { bytes: cleaned, clean } = stripLocationOrFlag(bytes.slice());
  let kept: Uint8Array<ArrayBuffer>;
  let keptType: MimeType = mimeType;
  if (clean) {
    kept = sameBytes(cleaned, bytes) ? bytes : new Uint8Array(cleaned);
  } else {
    // Metadata that cannot be cleaned for sure goes with everything but the pixels, as on import.
    const pixels = await pixelsOnly(bytes, mimeType);
    if (!pixels) return failure({ kind: 'metadata-not-removable' });
    kept = pixels.bytes;
    keptType = pixels.mimeType;
  }
  const id = kept === bytes ? declared.id : await hashBytes(kept);
  const meta: PhotoMeta = {
    ...declared,
    id,
    mimeType: keptType,
    width: size.width,
    height: size.height,
    bytes: kept.byteLength,
  };
  return { ok: true, photo: { meta, bytes: kept } };
}

async function upright(bytes: Uint8Array, stored: ImageSize): Promise<ImageSize> {
  return (await isTransposed(bytes)) ? { width: stored.height, height: stored.width } : stored;
}

/** The browser's own decoder, upright as the editor decodes it; only for formats without a readable header. */
const measureInBrowser: MeasureByDecoding = async (bytes, mimeType) => {
  if (typeof createImageBitmap !== 'function') return undefined;
  try {
    const bitmap = await createImageBitmap(new Blob([bytes], { type: mimeType }), {
      imageOrientation: 'from-image',
    });
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return undefined;
  }
};

/** The photo's pixels alone, encoded as import does it (JPEG stays JPEG, the rest becomes PNG). */
async function pixelsOnly(
  bytes: Uint8Array<ArrayBuffer>,
  mimeType: MimeType,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; mimeType: MimeType } | undefined> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas === 'undefined') return undefined;
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: mimeType }), {
      imageOrientation: 'from-image',
    });
    const encoded = await encodePixels(bitmap, mimeType === 'image/jpeg' ? 'image/jpeg' : 'image/png');
    return encoded && { bytes: encoded.stored, mimeType: encoded.mimeType };
  } catch {
    return undefined;
  } finally {
    bitmap?.close();
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
