// Walks ISO-BMFF boxes (HEIF, AVIF) and reads the item tables of a `meta` box, with every count capped by
// the bytes that hold it: a box always advances, a declared count never sizes an allocation.
import { cString, fits, matchAscii, u16be, u32be, u64be, u8, uintBe } from './read';

export type Box = {
  readonly type: string;
  /** Offset of the box's size field. */
  readonly at: number;
  /** First byte of the payload (after size, type, any 64-bit size and a `uuid` box's 16-byte user type). */
  readonly start: number;
  /** First byte after the box, cut to its parent. */
  readonly end: number;
};

/**
 * The boxes laid end to end in [start, end). Size 0 runs to the end; size 1 is a 64-bit size; a size
 * smaller than the header ends the walk, and one past the end is cut to it (a cut file's last box).
 */
export function* boxes(bytes: Uint8Array, start: number, end: number): Generator<Box> {
  const stop = Math.min(end, bytes.length);
  let at = Math.max(0, start);
  while (at + 8 <= stop) {
    let size = u32be(bytes, at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > stop) return;
      size = u64be(bytes, at + 8);
      header = 16;
    } else if (size === 0) {
      size = stop - at;
    }
    if (size < header) return;
    const type = String.fromCharCode(
      u8(bytes, at + 4),
      u8(bytes, at + 5),
      u8(bytes, at + 6),
      u8(bytes, at + 7),
    );
    if (type === 'uuid') header += 16;
    const boxEnd = Math.min(at + size, stop);
    yield { type, at, start: Math.min(at + header, boxEnd), end: boxEnd };
    at = boxEnd;
  }
}

/** The first child box of `type` in [start, end). */
export function findBox(bytes: Uint8Array, start: number, end: number, type: string): Box | undefined {
  for (const box of boxes(bytes, start, end)) if (box.type === type) return box;
  return undefined;
}

/** Whether a `uuid` box carries this user type (32 hex digits). */
export function isUuid(bytes: Uint8Array, box: Box, hex: string): boolean {
  if (box.type !== 'uuid' || !fits(bytes, box.at + 8, 16)) return false;
  for (let k = 0; k < 16; k++) {
    if (bytes[box.at + 8 + k] !== Number.parseInt(hex.slice(k * 2, k * 2 + 2), 16)) return false;
  }
  return true;
}

export type ItemInfo = {
  readonly id: number;
  /** The item type ('Exif', 'mime', 'av01', 'hvc1'…); for version 0 and 1 entries, 'mime'. */
  readonly type: string;
  readonly contentType: string;
  readonly contentEncoding: string;
};

/** The entries of an `iinf` box (a full box: entry count, then `infe` boxes). */
export function readItemInfos(bytes: Uint8Array, iinf: Box): ItemInfo[] {
  const version = u8(bytes, iinf.start);
  const first = iinf.start + 4 + (version === 0 ? 2 : 4);
  const items: ItemInfo[] = [];
  // The declared entry count is not used: the `infe` boxes present are read, each at least 8 bytes.
  for (const infe of boxes(bytes, first, iinf.end)) {
    if (infe.type !== 'infe') continue;
    const info = readItemInfo(bytes, infe);
    if (info) items.push(info);
  }
  return items;
}

function readItemInfo(bytes: Uint8Array, infe: Box): ItemInfo | undefined {
  const version = u8(bytes, infe.start);
  let at = infe.start + 4;
  if (version <= 1) {
    // item_ID, protection index, then item_name, content_type and content_encoding strings.
    if (!fits(bytes, at, 4, infe.end)) return undefined;
    const id = u16be(bytes, at);
    const name = cString(bytes, at + 4, infe.end);
    const contentType = name ? cString(bytes, name.next, infe.end) : undefined;
    const encoding = contentType ? cString(bytes, contentType.next, infe.end) : undefined;
    return { id, type: 'mime', contentType: contentType?.text ?? '', contentEncoding: encoding?.text ?? '' };
  }
  const idSize = version === 2 ? 2 : 4;
  if (!fits(bytes, at, idSize + 6, infe.end)) return undefined;
  const id = idSize === 2 ? u16be(bytes, at) : u32be(bytes, at);
  at += idSize + 2;
  const type = String.fromCharCode(u8(bytes, at), u8(bytes, at + 1), u8(bytes, at + 2), u8(bytes, at + 3));
  const name = cString(bytes, at + 4, infe.end);
  let contentType = '';
  let contentEncoding = '';
  if (type === 'mime' && name) {
    const typeString = cString(bytes, name.next, infe.end);
    contentType = typeString?.text ?? '';
    // The encoding string is optional and may end at the box's end without a NUL.
    if (typeString) contentEncoding = cString(bytes, typeString.next, infe.end)?.text ?? '';
  }
  return { id, type, contentType, contentEncoding };
}

export type Extent = { readonly offset: number; readonly length: number };

export type ItemLocation = {
  readonly id: number;
  /** 0: offsets in the file; 1: offsets in the `idat` box; 2: offsets into other items. */
  readonly method: number;
  readonly baseOffset: number;
  readonly extents: readonly Extent[];
};

/**
 * The entries of an `iloc` box, or undefined when its field sizes are not ones the format allows. Item and
 * extent counts are cut to what the box's bytes can hold; extents of zero bytes each (all sizes 0) carry no
 * offset or length, so they are one extent ("all the data") however many are declared.
 */
export function readItemLocations(bytes: Uint8Array, iloc: Box): ItemLocation[] | undefined {
  const end = iloc.end;
  const version = u8(bytes, iloc.start);
  if (version > 2 || !fits(bytes, iloc.start, 6, end)) return undefined;
  let at = iloc.start + 4;
  const offsetSize = u8(bytes, at) >> 4;
  const lengthSize = u8(bytes, at) & 0xf;
  const baseOffsetSize = u8(bytes, at + 1) >> 4;
  const indexSize = version === 0 ? 0 : u8(bytes, at + 1) & 0xf;
  if (![offsetSize, lengthSize, baseOffsetSize, indexSize].every((s) => s === 0 || s === 4 || s === 8)) {
    return undefined;
  }
  at += 2;
  const idSize = version < 2 ? 2 : 4;
  if (!fits(bytes, at, idSize, end)) return undefined;
  const declaredItems = uintBe(bytes, at, idSize);
  at += idSize;
  const methodSize = version === 0 ? 0 : 2;
  const itemHeader = idSize + methodSize + 2 + baseOffsetSize + 2;
  const extentSize = indexSize + offsetSize + lengthSize;
  const locations: ItemLocation[] = [];
  for (let item = 0; item < declaredItems && fits(bytes, at, itemHeader, end); item++) {
    const id = uintBe(bytes, at, idSize);
    at += idSize;
    const method = methodSize ? u16be(bytes, at) & 0xf : 0;
    at += methodSize + 2; // construction method, data reference index
    const baseOffset = uintBe(bytes, at, baseOffsetSize);
    at += baseOffsetSize;
    const declaredExtents = u16be(bytes, at);
    at += 2;
    const extents: Extent[] = [];
    if (extentSize === 0) {
      if (declaredExtents > 0) extents.push({ offset: 0, length: 0 });
    } else {
      const present = Math.min(declaredExtents, Math.floor((end - at) / extentSize));
      for (let e = 0; e < present; e++) {
        at += indexSize;
        const offset = uintBe(bytes, at, offsetSize);
        at += offsetSize;
        const length = uintBe(bytes, at, lengthSize);
        at += lengthSize;
        extents.push({ offset, length });
      }
      if (present < declaredExtents) at = end;
    }
    locations.push({ id, method, baseOffset, extents });
  }
  return locations;
}

/** Whether this ftyp-led file is ISO-BMFF: `ftyp` at offset 4. */
export function isIsoBmff(bytes: Uint8Array): boolean {
  return matchAscii(bytes, 4, 'ftyp');
}
