// A photo's EXIF orientation, read by exifr alone: the bundle opener needs only this, and so does not take the
// decoders (libheif and the rest of decodePhoto) with it.

/** EXIF orientations 5–8 turn the photo a quarter, swapping its width and height. */
export async function isTransposed(bytes: Uint8Array): Promise<boolean> {
  try {
    const { default: exifr } = await import('exifr');
    const orientation: unknown = await exifr.orientation(bytes);
    return typeof orientation === 'number' && orientation >= 5 && orientation <= 8;
  } catch {
    return false;
  }
}
