// Location in a JPEG: every image in the file (MPF pictures, gain maps after the first one's EOI), each
// one's EXIF, XMP (extended XMP gathered from its chunks) and Photoshop IPTC.
import { withGathered, type Range } from '../bytes/gather';
import { isJpegAt, walkJpeg, type JpegWalk } from '../bytes/jpeg';
import { mpfImageOffsets } from '../bytes/mpf';
import { ascii, matchAscii, u32be } from '../bytes/read';
import type { StripContext } from './context';
import { stripImageResources } from './photoshop';
import { stripTiff } from './tiff';
import { stripXmp } from './xmpIn';

const APP1 = 0xe1;
const APP2 = 0xe2;
const APP13 = 0xed;
const XMP_HEADER = 'http://ns.adobe.com/xap/1.0/\0';
const EXTENDED_XMP_HEADER = 'http://ns.adobe.com/xmp/extension/\0';
const PHOTOSHOP_HEADER = 'Photoshop 3.0\0';

/** More images than this in one file is no photo: the strip stops and says the file is not clean. */
const MAX_IMAGES = 64;

/**
 * Strips every image of the JPEG in `bytes`. Returns `bytes` itself (changed in place), or a shorter view of
 * it when data follows the last image's end: nothing decodes it, and it can be anything (a motion photo's
 * video with its own location), so it is dropped. `embedded` (an EXIF thumbnail) keeps its length.
 */
export function stripJpeg(bytes: Uint8Array, context: StripContext, embedded = false): Uint8Array {
  const starts = new Set<number>();
  const mpf: number[] = [];
  let lastEnd = 0;
  const visit = (start: number): JpegWalk | undefined => {
    if (starts.size >= MAX_IMAGES) {
      context.clean = false;
      return undefined;
    }
    starts.add(start);
    const walk = stripImage(bytes, start, context, mpf);
    lastEnd = Math.max(lastEnd, walk.end ?? bytes.length);
    return walk;
  };
  const first = visit(0);
  if (embedded || !first) return bytes;
  // Images laid end to end (zero padding between them is allowed).
  let next = first.end;
  while (next !== undefined && next < bytes.length) {
    let at = next;
    while (at < bytes.length && bytes[at] === 0) at++;
    if (!isJpegAt(bytes, at)) break;
    next = visit(at)?.end;
  }
  // Images the MP index lists elsewhere. A walk from an offset may run to the end: charged up front.
  for (let k = 0; k < mpf.length && context.clean; k++) {
    const offset = mpf[k] ?? 0;
    if (!isJpegAt(bytes, offset) || starts.has(offset)) continue;
    if (!context.budget.spend(bytes.length - offset)) {
      context.clean = false;
      break;
    }
    visit(offset);
  }
  if (first.stop !== 'eoi') return bytes;
  return lastEnd < bytes.length ? bytes.subarray(0, lastEnd) : bytes;
}

/** Strips one image's metadata segments; adds the offsets its MPF segment lists to `mpf`. */
function stripImage(bytes: Uint8Array, start: number, context: StripContext, mpf: number[]): JpegWalk {
  const extended = new Map<string, { offset: number; range: Range }[]>();
  const photoshop: Range[] = [];
  const walk = walkJpeg(
    bytes,
    start,
    (segment) => {
      const { marker, payload } = segment;
      const end = Math.min(segment.end, bytes.length);
      if (!context.budget.spend(1)) {
        context.clean = false;
        return;
      }
      if (marker === APP1) {
        if (matchAscii(bytes, payload, 'Exif\0') && payload + 6 <= end) {
          stripTiff(bytes, payload + 6, end, context, stripEmbedded);
        } else if (matchAscii(bytes, payload, XMP_HEADER)) {
          stripXmp(bytes, payload + XMP_HEADER.length, end, context);
        } else if (matchAscii(bytes, payload, EXTENDED_XMP_HEADER)) {
          // A GUID (32 hex digits), the full length, this chunk's offset in it, then the chunk.
          const at = payload + EXTENDED_XMP_HEADER.length;
          const guid = ascii(bytes, at, 32);
          const chunks = extended.get(guid) ?? [];
          chunks.push({ offset: u32be(bytes, at + 36), range: { start: at + 40, end } });
          extended.set(guid, chunks);
        }
      } else if (marker === APP13 && matchAscii(bytes, payload, PHOTOSHOP_HEADER)) {
        // Resources too long for one segment go on in the next APP13: read as one run.
        photoshop.push({ start: payload + PHOTOSHOP_HEADER.length, end });
      } else if (marker === APP2) {
        mpf.push(...mpfImageOffsets(bytes, payload, end, context.budget));
      }
    },
    { throughScans: true },
  );
  for (const chunks of extended.values()) {
    chunks.sort((a, b) => a.offset - b.offset);
    const ranges = chunks.map((chunk) => chunk.range);
    const done = withGathered(bytes, ranges, context.budget, (buffer, from, to) => {
      stripXmp(buffer, from, to, context);
    });
    if (!done) context.clean = false;
  }
  if (photoshop.length > 0) {
    const done = withGathered(bytes, photoshop, context.budget, (buffer, from, to) => {
      stripImageResources(buffer, from, to, context);
    });
    if (!done) context.clean = false;
  }
  return walk;
}

function stripEmbedded(jpeg: Uint8Array, context: StripContext): void {
  if (isJpegAt(jpeg, 0)) stripJpeg(jpeg, context, true);
}
