// Location in HEIF and AVIF: the `meta` box's Exif and XMP items, wherever `iloc` puts them (the file, or
// the `idat` box), and XMP in a top-level `uuid` box. An image sequence's `moov` metadata is not read.
import { withGathered, type Range } from '../bytes/gather';
import {
  boxes,
  isUuid,
  readItemInfos,
  readItemLocations,
  type Box,
  type ItemInfo,
  type ItemLocation,
} from '../bytes/isobmff';
import { u32be } from '../bytes/read';
import type { StripContext } from './context';
import { stripJpeg } from './jpeg';
import { stripTiff } from './tiff';
import { stripXmp } from './xmpIn';

const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';
const XMP_CONTENT_TYPES = new Set([
  'application/rdf+xml',
  'application/xmp+xml',
  'text/xml',
  'application/xml',
]);

export function stripIsoMedia(bytes: Uint8Array, context: StripContext): Uint8Array {
  for (const box of boxes(bytes, 0, bytes.length)) {
    if (!context.budget.spend(1)) {
      context.clean = false;
      break;
    }
    if (box.type === 'meta') stripMeta(bytes, box, context);
    else if (isUuid(bytes, box, XMP_UUID)) stripXmp(bytes, box.start, box.end, context);
    // A sequence's tracks can carry user data (QuickTime location atoms, keyed metadata) this does not read.
    else if (box.type === 'moov' && hasUserData(bytes, box, 0)) context.clean = false;
  }
  return bytes;
}

function stripMeta(bytes: Uint8Array, meta: Box, context: StripContext): void {
  const infos: ItemInfo[] = [];
  const locations = new Map<number, ItemLocation[]>();
  let idat: Box | undefined;
  // `meta` is a full box: 4 bytes of version and flags before its children.
  for (const child of boxes(bytes, meta.start + 4, meta.end)) {
    if (!context.budget.spend(1)) {
      context.clean = false;
      return;
    }
    if (child.type === 'iinf') infos.push(...readItemInfos(bytes, child));
    else if (child.type === 'idat') idat ??= child;
    else if (child.type === 'iloc') {
      const read = readItemLocations(bytes, child);
      if (!read) context.clean = false;
      for (const location of read ?? []) {
        const list = locations.get(location.id) ?? [];
        list.push(location);
        locations.set(location.id, list);
      }
    }
  }
  const done = new Set<string>();
  for (const info of infos) {
    const kind = itemKind(info);
    if (!kind) continue;
    if (kind === 'xmp' && info.contentEncoding !== '') {
      context.clean = false; // compressed XMP cannot be read in place
      continue;
    }
    for (const location of locations.get(info.id) ?? []) {
      const ranges = itemRanges(bytes, location, idat);
      if (!ranges) {
        context.clean = false;
        continue;
      }
      const key = `${kind}:${ranges.map((r) => `${r.start}-${r.end}`).join(',')}`;
      if (done.has(key)) continue;
      done.add(key);
      const gathered = withGathered(bytes, ranges, context.budget, (buffer, start, end) => {
        if (kind === 'xmp') stripXmp(buffer, start, end, context);
        else stripExifItem(buffer, start, end, context);
      });
      if (!gathered) context.clean = false;
    }
  }
}

function itemKind(info: ItemInfo): 'exif' | 'xmp' | undefined {
  if (info.type === 'Exif') return 'exif';
  if (info.type === 'mime' && XMP_CONTENT_TYPES.has(info.contentType.toLowerCase())) return 'xmp';
  return undefined;
}

/**
 * Where an item's bytes are: construction method 0 counts from the file's start, 1 from the `idat` box's
 * data; a length of 0 means "to the end". Undefined for data this cannot reach (method 2, items made of
 * other items; method 1 without an `idat`; more extents than bytes).
 */
function itemRanges(bytes: Uint8Array, location: ItemLocation, idat: Box | undefined): Range[] | undefined {
  if (location.method > 1 || (location.method === 1 && !idat)) return undefined;
  const base = location.method === 1 && idat ? idat.start : 0;
  const limit = location.method === 1 && idat ? idat.end : bytes.length;
  const ranges: Range[] = [];
  for (const extent of location.extents) {
    const start = base + location.baseOffset + extent.offset;
    // Past the end: the data is not in this (cut) file, so nothing can read a location from it.
    if (start >= limit) continue;
    ranges.push({ start, end: extent.length === 0 ? limit : Math.min(start + extent.length, limit) });
  }
  return ranges;
}

/** An Exif item: the offset from its 4th byte to the TIFF header (past an "Exif\0\0" prefix), then TIFF. */
function stripExifItem(bytes: Uint8Array, start: number, end: number, context: StripContext): void {
  if (end - start < 4) return;
  const tiff = start + 4 + u32be(bytes, start);
  if (tiff >= end) return;
  stripTiff(bytes, tiff, end, context, (jpeg) => stripJpeg(jpeg, context, true));
}

const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'edts', 'dinf', 'stbl']);

/** Whether a `moov` holds a `udta` or `meta` box at any depth among its container boxes. */
function hasUserData(bytes: Uint8Array, box: Box, depth: number): boolean {
  if (depth > 8) return true;
  for (const child of boxes(bytes, box.start, box.end)) {
    if (child.type === 'udta' || child.type === 'meta') return true;
    if (CONTAINERS.has(child.type) && hasUserData(bytes, child, depth + 1)) return true;
  }
  return false;
}
