// A picture whose way up can be read back: red top half, blue bottom half, encoded by the browser.
import { exifSegment, insertAfterSoi } from '../../unit/media/jpegBytes';

/** Encoded as `type` at quality 0.9; a JPEG gets an EXIF orientation tag when `orientation` is given. */
export async function redOverBlue(
  width: number,
  height: number,
  type = 'image/jpeg',
  orientation?: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.fillStyle = '#f00';
  context.fillRect(0, 0, width, height / 2);
  context.fillStyle = '#00f';
  context.fillRect(0, height / 2, width, height - height / 2);
  const blob = await canvas.convertToBlob({ type, quality: 0.9 });
  if (blob.type !== type) throw new Error(`this browser cannot encode ${type}`);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  if (orientation === undefined) return bytes;
  return insertAfterSoi(bytes, exifSegment({ orientation })) as Uint8Array<ArrayBuffer>;
}
