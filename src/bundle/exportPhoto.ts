// One photo as a bundle carries it: its own bytes, or (larger than the preset allows, or HEIC) a JPEG drawn
// upright at the preset's size with no metadata at all, so no location. Described by new metadata.
import type { MimeType, PhotoMeta } from '../model/deck';
import { decodeHeicOffThread } from '../media/decodeHeicOffThread';
import { hashBytes } from '../media/hashBytes';
import { PhotoProblemError } from '../media/photoProblem';
import { smoothingFor } from '../media/makeRendition';
import { sniffImageType } from '../media/sniffImageType';
import { planPhoto, presetInfo, type ExportPreset } from './exportPresets';

export type BundlePhoto = { readonly meta: PhotoMeta; readonly bytes: Uint8Array<ArrayBuffer> };

/** Enough of a file's start for sniffImageType: every signature, a whole ftyp box, its text check. */
const SNIFF_BYTES = 4096;

export async function exportPhoto(photo: PhotoMeta, blob: Blob, preset: ExportPreset): Promise<BundlePhoto> {
  // The bytes decide the type: a deck's word is only trusted when they are not an image we know.
  const sniffed = sniffImageType(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()));
  const mimeType: MimeType = sniffed.ok ? sniffed.mimeType : photo.mimeType;
  const plan = planPhoto({ width: photo.width, height: photo.height, mimeType }, preset);
  if (plan.kind === 'keep') {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { meta: { ...photo, id: await hashBytes(bytes), mimeType, bytes: bytes.byteLength }, bytes };
  }
  // A photo drawn anew is decoded from the Blob itself: its bytes never enter the JS heap.
  const jpeg = await drawJpeg(blob, mimeType, plan.width, plan.height, presetInfo(preset).jpegQuality);
  return {
    meta: {
      ...photo,
      id: await hashBytes(jpeg),
      mimeType: 'image/jpeg',
      width: plan.width,
      height: plan.height,
      bytes: jpeg.byteLength,
    },
    bytes: jpeg,
  };
}

async function drawJpeg(
  original: Blob,
  mimeType: MimeType,
  width: number,
  height: number,
  quality: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const source = await decodeUpright(original, mimeType, width, height);
  const canvas = new OffscreenCanvas(width, height);
  try {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas context is available');
    // JPEG has no transparency: transparent parts become white, as on the slide's usual light paper.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = smoothingFor(source.width / width);
    context.drawImage(source, 0, 0, width, height);
    // A canvas writes no EXIF: the pixels are already upright, and nothing else (no location) is kept.
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    source.close();
    canvas.width = 0;
    canvas.height = 0;
  }
}

/** The photo decoded with its EXIF orientation applied, already at (or near) the size it is drawn at. */
async function decodeUpright(
  original: Blob,
  mimeType: MimeType,
  width: number,
  height: number,
): Promise<ImageBitmap> {
  if (mimeType === 'image/heic') {
    // libheif applies the HEIC's own rotation while decoding; it runs in the app's worker, only for a HEIC.
    const decoded = await decodeHeicOffThread(original);
    if (!decoded.ok) throw new PhotoProblemError(decoded.error);
    try {
      return await createImageBitmap(decoded.bitmap, {
        resizeWidth: width,
        resizeHeight: height,
        resizeQuality: 'high',
      });
    } finally {
      decoded.bitmap.close();
    }
  }
  // Decoding straight to the target size keeps a 12 MP photo's full bitmap out of memory. The type is the sniffed
  // one (a slice of a Blob shares its bytes, with no copy).
  return createImageBitmap(original.slice(0, original.size, mimeType), {
    imageOrientation: 'from-image',
    resizeWidth: width,
    resizeHeight: height,
    resizeQuality: 'high',
  });
}
