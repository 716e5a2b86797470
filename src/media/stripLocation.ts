// Blanks the location (GPS) a photo carries in its EXIF and XMP metadata, so no place leaves the device.

/**
 * Blanks every GPS field of a JPEG, PNG, WebP or AVIF/HEIF file in place and returns the same array.
 *
 * The file keeps its exact length and everything but the location (orientation, capture date, colour
 * profile…), so it stays a valid file that decodes as before. In place, because the caller hashes and
 * stores these bytes next: no megabyte copy per photo. Damaged or hostile metadata is left alone rather
 * than failing the import; every read is bounds-checked.
 */
export function stripLocation(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) stripJpeg(bytes);
  else if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') stripPng(bytes);
  else if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') stripWebp(bytes);
  else if (ascii(bytes, 4, 4) === 'ftyp') stripIsoMedia(bytes);
  return bytes;
}

const EXIF_HEADER = 'Exif\0\0';
const XMP_HEADER = 'http://ns.adobe.com/xap/1.0/\0';
const EXTENDED_XMP_HEADER = 'http://ns.adobe.com/xmp/extension/\0';
const GPS_IFD_TAG = 0x8825;

function stripJpeg(bytes: Uint8Array): void {
  let i = 2;
  while (i + 3 < bytes.length) {
    if (bytes[i] !== 0xff) return; // metadata sits in a clean run of segments before the first scan
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i++;
      continue;
    }
    // The first scan (SOS) or the end (EOI): no metadata segment comes after.
    if (marker === 0xda || marker === 0xd9) return;
    const length = uint16be(bytes, i + 2);
    if (length < 2) return;
    const start = i + 4;
    const end = Math.min(i + 2 + length, bytes.length);
    if (marker === 0xe1) {
      if (ascii(bytes, start, EXIF_HEADER.length) === EXIF_HEADER) {
        blankGpsInTiff(bytes, start + EXIF_HEADER.length, end);
      } else if (ascii(bytes, start, XMP_HEADER.length) === XMP_HEADER) {
        blankGpsInXmp(bytes, start + XMP_HEADER.length, end);
      } else if (ascii(bytes, start, EXTENDED_XMP_HEADER.length) === EXTENDED_XMP_HEADER) {
        blankGpsInXmp(bytes, start + EXTENDED_XMP_HEADER.length, end);
      }
    }
    i += 2 + length;
  }
}

function stripPng(bytes: Uint8Array): void {
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = uint32be(bytes, i);
    const type = ascii(bytes, i + 4, 4);
    const start = i + 8;
    const end = start + length;
    if (end + 4 > bytes.length || type === 'IEND') return;
    let changed = false;
    if (type === 'eXIf') {
      changed = blankGpsInTiff(bytes, start, end);
    } else if (type === 'iTXt' || type === 'tEXt' || type === 'zTXt') {
      changed = blankPngText(bytes, type, start, end);
    }
    // PNG chunks carry a CRC over type and data; a stale one would make strict decoders reject the file.
    if (changed) writeUint32be(bytes, end, crc32(bytes, i + 4, end));
    i = end + 4;
  }
}

/** PNG text chunks holding XMP, or EXIF as hex ("Raw profile type exif", as ImageMagick writes it). */
function blankPngText(bytes: Uint8Array, type: string, start: number, end: number): boolean {
  const nul = bytes.indexOf(0, start);
  if (nul < 0 || nul >= end) return false;
  const keyword = ascii(bytes, start, nul - start);
  const isXmp = keyword === 'XML:com.adobe.xmp';
  const isRawExif = /^Raw profile type (exif|app1)$/i.test(keyword);
  if (!isXmp && !isRawExif) return false;
  const compressed = type === 'zTXt' || (type === 'iTXt' && bytes[nul + 1] === 1);
  if (compressed || isRawExif) {
    // Compressed text cannot be edited without changing its length, and hex EXIF cannot be parsed in
    // place cheaply: the whole chunk is blanked and renamed to a private ancillary type that every
    // decoder skips, which keeps the file's length and validity.
    bytes.fill(0, start, end);
    bytes.set([0x70, 0x72, 0x56, 0x74], start - 4); // "prVt"
    return true;
  }
  return blankGpsInXmp(bytes, nul + 1, end);
}

function stripWebp(bytes: Uint8Array): void {
  const riffEnd = Math.min(bytes.length, 8 + uint32le(bytes, 4));
  let i = 12;
  while (i + 8 <= riffEnd) {
    const type = ascii(bytes, i, 4);
    const length = uint32le(bytes, i + 4);
    const start = i + 8;
    const end = Math.min(start + length, riffEnd);
    if (type === 'EXIF') {
      // Some writers keep the JPEG-style "Exif\0\0" prefix inside the chunk.
      const tiff =
        ascii(bytes, start, EXIF_HEADER.length) === EXIF_HEADER ? start + EXIF_HEADER.length : start;
      blankGpsInTiff(bytes, tiff, end);
    } else if (type === 'XMP ') {
      blankGpsInXmp(bytes, start, end);
    }
    // Chunks are padded to an even length.
    i = start + length + (length % 2);
  }
}

/** AVIF and HEIF keep EXIF and XMP as items of the `meta` box, located by its `iloc` table. */
function stripIsoMedia(bytes: Uint8Array): void {
  const meta = findBox(bytes, 0, bytes.length, 'meta');
  if (!meta) return;
  // `meta` is a full box: 4 bytes of version and flags before its children.
  const children = { start: meta.start + 4, end: meta.end };
  const iinf = findBox(bytes, children.start, children.end, 'iinf');
  const iloc = findBox(bytes, children.start, children.end, 'iloc');
  if (!iinf || !iloc) return;
  const kinds = readItemKinds(bytes, iinf);
  for (const extent of readItemExtents(bytes, iloc)) {
    const kind = kinds.get(extent.itemId);
    const end = Math.min(extent.offset + extent.length, bytes.length);
    if (kind === 'exif') {
      // The item starts with the offset from its 4th byte to the TIFF header (past an "Exif\0\0" prefix).
      const tiff = extent.offset + 4 + uint32be(bytes, extent.offset);
      blankGpsInTiff(bytes, tiff, end);
    } else if (kind === 'xmp') {
      blankGpsInXmp(bytes, extent.offset, end);
    }
  }
}

type Box = { start: number; end: number };

/** The payload of the first box of `type` among the boxes laid end to end in [start, end). */
function findBox(bytes: Uint8Array, start: number, end: number, type: string): Box | undefined {
  let i = start;
  while (i + 8 <= end) {
    let size = uint32be(bytes, i);
    let header = 8;
    if (size === 1) {
      // A 64-bit size; files this big are refused long before, so only the low half matters.
      size = uint32be(bytes, i + 12) + uint32be(bytes, i + 8) * 0x100000000;
      header = 16;
    } else if (size === 0) {
      size = end - i;
    }
    if (size < header || i + size > end) return undefined;
    if (ascii(bytes, i + 4, 4) === type) return { start: i + header, end: i + size };
    i += size;
  }
  return undefined;
}

function readItemKinds(bytes: Uint8Array, iinf: Box): Map<number, 'exif' | 'xmp'> {
  const kinds = new Map<number, 'exif' | 'xmp'>();
  const version = bytes[iinf.start] ?? 0;
  let i = iinf.start + 4 + (version === 0 ? 2 : 4);
  while (i + 8 <= iinf.end) {
    const size = uint32be(bytes, i);
    if (size < 8 || i + size > iinf.end) break;
    const infeVersion = bytes[i + 8] ?? 0;
    if (ascii(bytes, i + 4, 4) === 'infe' && infeVersion >= 2) {
      const wideId = infeVersion >= 3;
      const itemId = wideId ? uint32be(bytes, i + 12) : uint16be(bytes, i + 12);
      const typeAt = i + 12 + (wideId ? 4 : 2) + 2;
      const itemType = ascii(bytes, typeAt, 4);
      if (itemType === 'Exif') kinds.set(itemId, 'exif');
      if (itemType === 'mime') {
        // Then a NUL-terminated item name and the content type.
        const nameEnd = bytes.indexOf(0, typeAt + 4);
        const typeEnd = nameEnd < 0 ? -1 : bytes.indexOf(0, nameEnd + 1);
        if (
          typeEnd > 0 &&
          typeEnd < i + size &&
          ascii(bytes, nameEnd + 1, typeEnd - nameEnd - 1) === 'application/rdf+xml'
        ) {
          kinds.set(itemId, 'xmp');
        }
      }
    }
    i += size;
  }
  return kinds;
}

type Extent = { itemId: number; offset: number; length: number };

function readItemExtents(bytes: Uint8Array, iloc: Box): Extent[] {
  const version = bytes[iloc.start] ?? 0;
  let i = iloc.start + 4;
  const sizes = bytes[i] ?? 0;
  const sizes2 = bytes[i + 1] ?? 0;
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 0xf;
  const baseOffsetSize = sizes2 >> 4;
  const indexSize = version === 1 || version === 2 ? sizes2 & 0xf : 0;
  i += 2;
  const itemCount = version < 2 ? uint16be(bytes, i) : uint32be(bytes, i);
  i += version < 2 ? 2 : 4;
  const extents: Extent[] = [];
  for (let item = 0; item < itemCount && i < iloc.end; item++) {
    const itemId = version < 2 ? uint16be(bytes, i) : uint32be(bytes, i);
    i += version < 2 ? 2 : 4;
    // Only construction method 0 points at file offsets; the others (idat, items) are not followed.
    const method = version === 1 || version === 2 ? uint16be(bytes, i) & 0xf : 0;
    if (version === 1 || version === 2) i += 2;
    i += 2; // data reference index
    const baseOffset = readSized(bytes, i, baseOffsetSize);
    i += baseOffsetSize;
    const extentCount = uint16be(bytes, i);
    i += 2;
    for (let e = 0; e < extentCount && i < iloc.end; e++) {
      i += indexSize;
      const offset = readSized(bytes, i, offsetSize);
      i += offsetSize;
      const length = readSized(bytes, i, lengthSize);
      i += lengthSize;
      if (method === 0) extents.push({ itemId, offset: baseOffset + offset, length });
    }
  }
  return extents;
}

function readSized(bytes: Uint8Array, offset: number, size: number): number {
  if (size === 4) return uint32be(bytes, offset);
  if (size === 8) return uint32be(bytes, offset) * 0x100000000 + uint32be(bytes, offset + 4);
  return 0;
}

const TYPE_SIZES: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
};

/**
 * Empties the GPS IFD of the TIFF structure in [start, end): its entries and the values they point to
 * are zeroed and its entry count set to 0. IFD0's pointer to it stays, now leading to an empty IFD, so
 * no other offset in the file moves.
 */
function blankGpsInTiff(bytes: Uint8Array, start: number, end: number): boolean {
  const order = ascii(bytes, start, 2);
  if (order !== 'II' && order !== 'MM') return false;
  const little = order === 'II';
  const u16 = (at: number) => (at + 2 <= end ? (little ? uint16le(bytes, at) : uint16be(bytes, at)) : 0);
  const u32 = (at: number) => (at + 4 <= end ? (little ? uint32le(bytes, at) : uint32be(bytes, at)) : 0);
  if (u16(start + 2) !== 42) return false;
  const ifd0 = start + u32(start + 4);
  const entries = u16(ifd0);
  let changed = false;
  for (let e = 0; e < entries; e++) {
    const entry = ifd0 + 2 + e * 12;
    if (entry + 12 > end) break;
    if (u16(entry) !== GPS_IFD_TAG) continue;
    const gps = start + u32(entry + 8);
    const gpsEntries = u16(gps);
    if (gps <= start || gps + 2 + gpsEntries * 12 > end) continue;
    for (let g = 0; g < gpsEntries; g++) {
      const field = gps + 2 + g * 12;
      const size = (TYPE_SIZES[u16(field + 2)] ?? 0) * u32(field + 4);
      if (size > 4) {
        const value = start + u32(field + 8);
        if (value > start && value < end) bytes.fill(0, value, Math.min(value + size, end));
      }
    }
    // The entries, then the next-IFD pointer after them (GPS IFDs have none, but zero it all the same).
    bytes.fill(0, gps, Math.min(gps + 2 + gpsEntries * 12 + 4, end));
    changed = true;
  }
  return changed;
}

/**
 * Blanks the values of XMP's GPS properties (exif:GPSLatitude="…" or <exif:GPSLatitude>…</…>) with
 * spaces, which keeps the XML well formed and the length unchanged.
 */
function blankGpsInXmp(bytes: Uint8Array, start: number, end: number): boolean {
  // A single-byte decoding keeps string indices equal to byte offsets.
  const text = new TextDecoder('latin1').decode(bytes.subarray(start, end));
  // Each pattern captures the text before the value, then the value.
  const patterns = [
    /([\w-]+:GPS\w*\s*=\s*")([^"]*)"/g,
    /([\w-]+:GPS\w*\s*=\s*')([^']*)'/g,
    /(<([\w-]+:GPS\w*)(?:\s[^>]*)?>)([^<]*)<\/\2>/g,
  ];
  let changed = false;
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const value = match[match.length - 1] ?? '';
      if (value.trim() === '') continue;
      const at = start + match.index + (match[1] ?? '').length;
      bytes.fill(0x20, at, at + value.length);
      changed = true;
    }
  }
  return changed;
}

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array, start: number, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = (crcTable[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Short ASCII fields only: a longer (hostile) length gives '' rather than a huge string. */
function ascii(bytes: Uint8Array, offset: number, length: number): string {
  if (offset < 0 || length < 0 || length > 256 || bytes.length < offset + length) return '';
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

function uint16be(bytes: Uint8Array, o: number): number {
  return ((bytes[o] ?? 0) << 8) | (bytes[o + 1] ?? 0);
}
function uint16le(bytes: Uint8Array, o: number): number {
  return (bytes[o] ?? 0) | ((bytes[o + 1] ?? 0) << 8);
}
function uint32be(bytes: Uint8Array, o: number): number {
  return (
    (((bytes[o] ?? 0) << 24) |
      ((bytes[o + 1] ?? 0) << 16) |
      ((bytes[o + 2] ?? 0) << 8) |
      (bytes[o + 3] ?? 0)) >>>
    0
  );
}
function uint32le(bytes: Uint8Array, o: number): number {
  return (
    (((bytes[o + 3] ?? 0) << 24) |
      ((bytes[o + 2] ?? 0) << 16) |
      ((bytes[o + 1] ?? 0) << 8) |
      (bytes[o] ?? 0)) >>>
    0
  );
}
function writeUint32be(bytes: Uint8Array, o: number, value: number): void {
  bytes[o] = (value >>> 24) & 0xff;
  bytes[o + 1] = (value >>> 16) & 0xff;
  bytes[o + 2] = (value >>> 8) & 0xff;
  bytes[o + 3] = value & 0xff;
}
