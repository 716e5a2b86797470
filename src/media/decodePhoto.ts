// Decodes a photo the browser can read (not HEIC) to an upright bitmap, downscaled while decoding when huge.
import { isTransposed } from './orientation';
import { DISPLAY_LONG_EDGE, fitLongEdge } from './makeRendition';
import { MAX_CANVAS_SIDE } from './photoProblem';
import type { ImageSize } from './readImageSize';

/** Above this, the photo is decoded straight to display size: a full bitmap would take over 200 MB. */
export const FULL_DECODE_MAX_PIXELS = 50_000_000;

export type DecodedPhoto = {
  bitmap: ImageBitmap;
  /** The upright size of the photo itself, which is larger than the bitmap when it was downscaled. */
  width: number;
  height: number;
};

/**
 * The decoded photo, with its EXIF orientation applied here, once ('from-image'): nothing downstream
 * rotates again. A photo over 50 MP or with a side longer than a canvas allows is decoded straight to the
 * display size; so is one whose full-size decode fails while its header is sound (out of memory), so the
 * worker fails softly instead of taking the tab down. Undefined when it cannot be decoded at all.
 */
export async function decodePhoto(
  original: Blob,
  bytes: Uint8Array,
  headerSize: ImageSize | undefined,
): Promise<DecodedPhoto | undefined> {
  const huge =
    headerSize !== undefined &&
    (headerSize.width * headerSize.height > FULL_DECODE_MAX_PIXELS ||
      Math.max(headerSize.width, headerSize.height) > MAX_CANVAS_SIDE);
  if (!huge) {
    try {
      const bitmap = await createImageBitmap(original, { imageOrientation: 'from-image' });
      return { bitmap, width: bitmap.width, height: bitmap.height };
    } catch {
      if (headerSize === undefined) return undefined;
    }
  }
  return headerSize ? decodeDownscaled(original, bytes, headerSize) : undefined;
}

async function decodeDownscaled(
  original: Blob,
  bytes: Uint8Array,
  stored: ImageSize,
): Promise<DecodedPhoto | undefined> {
  // Resizing happens after orientation, so the requested size must already be upright.
  const upright = (await isTransposed(bytes)) ? { width: stored.height, height: stored.width } : stored;
  const target = fitLongEdge(upright.width, upright.height, DISPLAY_LONG_EDGE);
  try {
    const bitmap = await createImageBitmap(original, {
      imageOrientation: 'from-image',
      resizeWidth: target.width,
      resizeHeight: target.height,
      resizeQuality: 'high',
    });
    return { bitmap, ...upright };
  } catch {
    return undefined;
  }
}
