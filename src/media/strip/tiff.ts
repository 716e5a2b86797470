// Location in a TIFF structure (EXIF): GPS IFDs emptied, and the XMP, IPTC and thumbnail it may embed.
import { fillRange, u16, u32 } from '../bytes/read';
import { openTiff, typeSize, walkTiff, type Ifd, type Tiff } from '../bytes/tiff';
import { note, type StripContext } from './context';
import { stripImageResources, stripIim } from './photoshop';
import { stripXmp } from './xmpIn';

const TAG_XMP = 0x02bc;
const TAG_IPTC = 0x83bb;
const TAG_PHOTOSHOP = 0x8649;
const TAG_THUMBNAIL_OFFSET = 0x0201;
const TAG_THUMBNAIL_LENGTH = 0x0202;

/** How deep embedded JPEGs (a thumbnail's own EXIF) are followed. */
const MAX_DEPTH = 2;

type Span = { start: number; end: number };

/**
 * Empties every GPS IFD of the TIFF structure at `start` (entries, count and the values they point to are
 * zeroed; the pointers to it stay and lead to an empty IFD, so no offset moves), blanks place names in the
 * XMP and IPTC it embeds, and strips the JPEG thumbnail it holds. A structure that is not TIFF is left
 * alone: no reader can find a location in it.
 */
export function stripTiff(
  bytes: Uint8Array,
  start: number,
  end: number,
  context: StripContext,
  stripEmbeddedJpeg: (jpeg: Uint8Array, context: StripContext) => void,
): void {
  const tiff = openTiff(bytes, start, end);
  if (!tiff) return;
  const gps: Ifd[] = [];
  const xmp: Span[] = [];
  const iptc: Span[] = [];
  const resources: Span[] = [];
  const thumbnails = new Map<number, { offset?: number; length?: number }>();
  let ifdAt = 0;
  const value = (at: number, size: number): Span => ({ start: at, end: Math.min(at + size, tiff.end) });
  const complete = walkTiff(
    tiff,
    {
      onIfd: (ifd) => {
        ifdAt = ifd.at;
        if (ifd.kind === 'gps') gps.push(ifd);
      },
      onEntry: (entry) => {
        if (entry.size > 4 && entry.value - tiff.start < 8) return;
        if (entry.tag === TAG_XMP) xmp.push(value(entry.value, entry.size));
        else if (entry.tag === TAG_IPTC) iptc.push(value(entry.value, entry.size));
        else if (entry.tag === TAG_PHOTOSHOP) resources.push(value(entry.value, entry.size));
        else if (
          (entry.tag === TAG_THUMBNAIL_OFFSET || entry.tag === TAG_THUMBNAIL_LENGTH) &&
          entry.size <= 4
        ) {
          const stored =
            entry.type === 3 ? u16(bytes, entry.value, tiff.little) : u32(bytes, entry.value, tiff.little);
          const thumbnail = thumbnails.get(ifdAt) ?? {};
          if (entry.tag === TAG_THUMBNAIL_OFFSET) thumbnail.offset = stored;
          else thumbnail.length = stored;
          thumbnails.set(ifdAt, thumbnail);
        }
      },
    },
    context.budget,
  );
  if (!complete) context.clean = false;
  for (const ifd of gps) blankGpsIfd(tiff, ifd, context);
  for (const span of xmp) stripXmp(bytes, span.start, span.end, context);
  for (const span of iptc) stripIim(bytes, span.start, span.end, context);
  for (const span of resources) stripImageResources(bytes, span.start, span.end, context);
  if (context.depth >= MAX_DEPTH) return;
  for (const { offset, length } of thumbnails.values()) {
    if (offset === undefined || length === undefined || offset < 8) continue;
    const from = tiff.start + offset;
    const to = Math.min(from + length, tiff.end);
    if (to <= from) continue;
    context.depth++;
    stripEmbeddedJpeg(bytes.subarray(from, to), context);
    context.depth--;
  }
}

/** Zeroes a GPS IFD's out-of-line values, then its entries, count and next-IFD pointer. */
function blankGpsIfd(tiff: Tiff, ifd: Ifd, context: StripContext): void {
  const { bytes, little } = tiff;
  for (let e = 0; e < ifd.count; e++) {
    const entry = ifd.at + 2 + e * 12;
    const size = typeSize(u16(bytes, entry + 2, little)) * u32(bytes, entry + 4, little);
    if (size <= 4) continue;
    const stored = u32(bytes, entry + 8, little);
    if (stored < 8) continue;
    const from = tiff.start + stored;
    const to = Math.min(from + size, tiff.end);
    if (to <= from) continue;
    if (!context.budget.spend(to - from)) {
      context.clean = false;
      break;
    }
    note(context, fillRange(bytes, 0, from, to));
  }
  note(context, fillRange(bytes, 0, ifd.at, Math.min(ifd.at + 2 + ifd.count * 12 + 4, tiff.end)));
}
