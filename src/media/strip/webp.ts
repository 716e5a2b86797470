// Location in a WebP: the EXIF chunk's GPS and the XMP chunk's location are blanked in place.
import { matchAscii } from '../bytes/read';
import { walkRiff } from '../bytes/riff';
import type { StripContext } from './context';
import { stripJpeg } from './jpeg';
import { stripTiff } from './tiff';
import { stripXmp } from './xmpIn';

export function stripWebp(bytes: Uint8Array, context: StripContext): Uint8Array {
  const walk = walkRiff(bytes);
  for (const chunk of walk.chunks) {
    if (!context.budget.spend(1)) {
      context.clean = false;
      break;
    }
    if (chunk.type === 'EXIF') {
      // Some writers keep the JPEG-style "Exif\0\0" before the TIFF header.
      const tiff = matchAscii(bytes, chunk.data, 'Exif\0\0') ? chunk.data + 6 : chunk.data;
      stripTiff(bytes, tiff, chunk.dataEnd, context, (jpeg) => stripJpeg(jpeg, context, true));
    } else if (chunk.type === 'XMP ') {
      stripXmp(bytes, chunk.data, chunk.dataEnd, context);
    }
  }
  // Nothing after the RIFF's declared end is part of the image (a size too small to hold "WEBP" is no image).
  return !walk.cut && walk.end >= 12 && walk.end < bytes.length ? bytes.subarray(0, walk.end) : bytes;
}
