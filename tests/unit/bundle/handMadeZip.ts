// Writes zip files byte by byte, including the hostile ones no zip library will make: names with "..",
// duplicates, lying sizes, encryption flags, unknown methods, ZIP64 and split-archive markers.
import { crc32, deflateRawSync } from 'node:zlib';

export type HandMadeEntry = {
  readonly name: string;
  /** The bytes as they sit in the zip (already deflated when `method` is 8). */
  readonly data: Uint8Array;
  readonly method?: number;
  readonly uncompressedSize?: number;
  readonly crc?: number;
  readonly flags?: number;
  /** Extra fields for the central directory entry. */
  readonly extra?: Uint8Array;
  /** Where the entry says its local header is; by default where it was written. */
  readonly localOffset?: number;
  /** What the local header says where it differs from the central directory (a hostile zip's two faces). */
  readonly local?: {
    readonly name?: string;
    readonly method?: number;
    readonly flags?: number;
    readonly crc?: number;
    readonly uncompressedSize?: number;
  };
};

export type HandMadeOptions = {
  /** The entry count the end record claims (default: the real one). */
  readonly entryCount?: number;
  /** Disk numbers of a split archive. */
  readonly disk?: number;
  /** A ZIP64 end-of-directory locator in front of the end record. */
  readonly zip64Locator?: boolean;
};

export function stored(name: string, bytes: Uint8Array): HandMadeEntry {
  return { name, data: bytes, method: 0, uncompressedSize: bytes.length, crc: crc32(bytes) };
}

export function deflated(name: string, bytes: Uint8Array): HandMadeEntry {
  return { name, data: deflateRawSync(bytes), method: 8, uncompressedSize: bytes.length, crc: crc32(bytes) };
}

export function handMadeZip(
  entries: readonly HandMadeEntry[],
  options: HandMadeOptions = {},
): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const method = entry.method ?? 0;
    const size = entry.uncompressedSize ?? entry.data.length;
    const crc = entry.crc ?? crc32(entry.data);
    // UTF-8 names, as every modern zip tool writes them.
    const flags = entry.flags ?? 0x0800;
    const localName = entry.local?.name === undefined ? name : encoder.encode(entry.local.name);
    const local = new Uint8Array(30 + localName.length + entry.data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, entry.local?.flags ?? flags, true);
    lv.setUint16(8, entry.local?.method ?? method, true);
    lv.setUint32(14, entry.local?.crc ?? crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.local?.uncompressedSize ?? size, true);
    lv.setUint16(26, localName.length, true);
    local.set(localName, 30);
    local.set(entry.data, 30 + localName.length);

    const extra = entry.extra ?? new Uint8Array();
    const central = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(42, entry.localOffset ?? offset, true);
    central.set(name, 46);
    central.set(extra, 46 + name.length);

    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
  const locator = new Uint8Array(options.zip64Locator ? 20 : 0);
  if (options.zip64Locator) new DataView(locator.buffer).setUint32(0, 0x07064b50, true);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  const count = options.entryCount ?? entries.length;
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(4, options.disk ?? 0, true);
  ev.setUint16(6, options.disk ?? 0, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, locator, end]);
}

/** The Info-ZIP Unicode Path extra field, naming the entry `name` for readers that honour it. */
export function unicodePathField(rawName: string, name: string): Uint8Array {
  const encoded = new TextEncoder().encode(name);
  const field = new Uint8Array(4 + 5 + encoded.length);
  const view = new DataView(field.buffer);
  view.setUint16(0, 0x7075, true);
  view.setUint16(2, 5 + encoded.length, true);
  field[4] = 1;
  view.setUint32(5, crc32(new TextEncoder().encode(rawName)), true);
  field.set(encoded, 9);
  return field;
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
