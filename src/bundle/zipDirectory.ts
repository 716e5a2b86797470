// Reads a zip's central directory (the list of entries at its end) straight from the file's bytes and checks
// every entry before anything is inflated: how many there are, their sizes and compression ratios (zip bombs),
// their paths (nothing may point outside the bundle), their names (no duplicates), encryption and method, and
// that each entry's local header (what the zip reader follows) says the same as the directory (what is checked).
// Only the directory and the local headers are read here, never an entry's data.
import { failure, type Result } from '../model/result';
import type { HeaderField, UnsafePath, ZipProblem } from './bundleProblem';

export type ZipEntryInfo = {
  /** The name as the zip reader will see it (the Unicode Path field wins over the raw name, as in JSZip). */
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** The CRC-32 of the unpacked bytes, as the directory declares it: checked once they are unpacked. */
  readonly crc32: number;
  readonly isDirectory: boolean;
};

export type ZipDirectoryResult = Result<{ entries: ZipEntryInfo[] }, ZipProblem>;

export type ZipLimits = {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  /** Unpacked size over packed size above which an entry, or the whole zip, is taken for a zip bomb. */
  readonly maxRatio: number;
  /** Entries (and zips) smaller than this unpacked are not ratio-checked: tiny text compresses very well. */
  readonly ratioCheckedFrom: number;
};

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const ENTRY_HEADER_BYTES = 46;
const LOCAL_HEADER_BYTES = 30;
/** The end record may be followed by a comment of up to 64 KiB. */
const MAX_COMMENT_BYTES = 0xffff;
/** 5000 entries with long names stay far below this; a bigger directory is not a bundle's. */
const MAX_DIRECTORY_BYTES = 16 * 1024 ** 2;
const STORE = 0;
const DEFLATE = 8;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
/** CRC and sizes follow the data instead of sitting in the local header (which then holds zeros). */
const FLAG_DATA_DESCRIPTOR = 0x0008;
const UNICODE_PATH_FIELD = 0x7075;

/** Never throws for any bytes: every problem comes back as data (src/bundle/bundleProblem.ts). */
export async function readZipDirectory(file: Blob, limits: ZipLimits): Promise<ZipDirectoryResult> {
  const tailStart = Math.max(0, file.size - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  const tail = new Uint8Array(await file.slice(tailStart).arrayBuffer());
  const endAt = lastIndexOfSignature(tail, END_OF_DIRECTORY, END_RECORD_BYTES);
  if (endAt < 0) {
    // A zip's first entry is there but its end is not: the download or copy stopped part-way.
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const startsLikeZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4;
    return failure({ kind: startsLikeZip ? 'end-missing' : 'not-a-zip' });
  }
  const end = new DataView(tail.buffer, tail.byteOffset + endAt, END_RECORD_BYTES);
  const disk = end.getUint16(4, true);
  const directoryDisk = end.getUint16(6, true);
  const entriesOnDisk = end.getUint16(8, true);
  const entryCount = end.getUint16(10, true);
  const directorySize = end.getUint32(12, true);
  const directoryOffset = end.getUint32(16, true);

  const zip64 =
    (endAt >= 20 &&
      new DataView(tail.buffer, tail.byteOffset + endAt - 20, 4).getUint32(0, true) === ZIP64_END_LOCATOR) ||
    entryCount === 0xffff ||
    directorySize === 0xffffffff ||
    directoryOffset === 0xffffffff;
  if (zip64) return failure({ kind: 'zip64' });
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) {
    return failure({ kind: 'split' });
  }
  // Checked from the end record alone, before the directory itself is read.
  if (entryCount > limits.maxEntries) {
    return failure({ kind: 'too-many-files', count: entryCount, limit: limits.maxEntries });
  }
  const directoryEnd = tailStart + endAt;
  // Nothing may sit between the directory and its end record, and the directory must lie inside the file.
  if (directoryOffset + directorySize !== directoryEnd) return failure({ kind: 'directory-out-of-place' });
  if (directorySize > MAX_DIRECTORY_BYTES) return failure({ kind: 'directory-too-large' });

  const directory = new Uint8Array(
    await file.slice(directoryOffset, directoryOffset + directorySize).arrayBuffer(),
  );
  const parsed = parseEntries(directory, entryCount);
  if (!parsed.ok) return parsed;
  const problem =
    checkEntries(parsed.entries, directoryOffset, limits) ??
    (await checkLocalHeaders(file, parsed.entries, directoryOffset));
  return problem === null ? { ok: true, entries: parsed.entries.map(toInfo) } : failure(problem);
}

type RawEntry = ZipEntryInfo & {
  readonly flags: number;
  readonly method: number;
  readonly localOffset: number;
  /** The name's bytes as stored, which the local header must repeat. */
  readonly rawName: Uint8Array;
  /** Every name the entry goes by: the raw one and, when present, the Unicode Path one. */
  readonly names: readonly string[];
};

function toInfo(entry: RawEntry): ZipEntryInfo {
  const { name, compressedSize, uncompressedSize, crc32, isDirectory } = entry;
  return { name, compressedSize, uncompressedSize, crc32, isDirectory };
}

function lastIndexOfSignature(bytes: Uint8Array, signature: number, recordBytes: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - recordBytes; at >= 0; at--) {
    if (view.getUint32(at, true) === signature) return at;
  }
  return -1;
}

/** The same decoding the zip reader is told to use, so that both see the same names. */
export function decodeZipName(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

function parseEntries(directory: Uint8Array, count: number): Result<{ entries: RawEntry[] }, ZipProblem> {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries: RawEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_HEADER_BYTES > directory.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      return failure({ kind: 'directory-cut-short' });
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const nameStart = at + ENTRY_HEADER_BYTES;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directory.length) return failure({ kind: 'directory-cut-short' });
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      return failure({ kind: 'zip64' });
    }
    const rawNameBytes = directory.slice(nameStart, extraStart);
    const rawName = decodeZipName(rawNameBytes);
    const unicodeName =
      (flags & FLAG_UTF8) === 0
        ? unicodePath(directory.subarray(extraStart, extraStart + extraLength))
        : null;
    const name = unicodeName ?? rawName;
    entries.push({
      name,
      names: unicodeName === null ? [rawName] : [rawName, unicodeName],
      compressedSize,
      uncompressedSize,
      crc32,
      isDirectory: name.endsWith('/'),
      flags,
      method,
      localOffset,
      rawName: rawNameBytes,
    });
    at = next;
  }
  return { ok: true, entries };
}

/** The Info-ZIP Unicode Path extra field: a second name that readers may prefer to the raw one. */
function unicodePath(extra: Uint8Array): string | null {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    const start = at + 4;
    if (start + size > extra.length) return null;
    // Version 1, a CRC-32 of the raw name, then the name in UTF-8.
    if (id === UNICODE_PATH_FIELD && size >= 5 && extra[start] === 1) {
      return decodeZipName(extra.subarray(start + 5, start + size));
    }
    at = start + size;
  }
  return null;
}

function checkEntries(
  entries: readonly RawEntry[],
  directoryOffset: number,
  limits: ZipLimits,
): ZipProblem | null {
  const seen = new Map<string, string>();
  let totalUnpacked = 0;
  let totalPacked = 0;
  for (const entry of entries) {
    for (const name of entry.names) {
      const why = unsafePath(name);
      if (why !== null) return { kind: 'unsafe-path', name, why };
    }
    const { name } = entry;
    if ((entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) !== 0) return { kind: 'encrypted', name };
    if (entry.method !== STORE && entry.method !== DEFLATE) {
      return { kind: 'unknown-compression', name, method: entry.method };
    }
    // Case-insensitive: unpacked on Windows or macOS, "A.jpg" and "a.jpg" are one file.
    const key = entry.name.normalize('NFC').toLowerCase();
    const earlier = seen.get(key);
    if (earlier === entry.name) return { kind: 'same-name', name };
    if (earlier !== undefined) return { kind: 'names-differ-in-case', first: earlier, second: name };
    seen.set(key, entry.name);
    totalUnpacked += entry.uncompressedSize;
    totalPacked += entry.compressedSize;
  }
  if (totalUnpacked > limits.maxTotalBytes)
    return { kind: 'too-large-unpacked', limitBytes: limits.maxTotalBytes };

  for (const entry of entries) {
    const { name } = entry;
    if (entry.method === STORE && entry.compressedSize !== entry.uncompressedSize) {
      return { kind: 'sizes-disagree', name };
    }
    if (entry.localOffset + LOCAL_HEADER_BYTES + entry.compressedSize > directoryOffset) {
      return { kind: 'past-the-end', name };
    }
    if (isBomb(entry.uncompressedSize, entry.compressedSize, limits)) {
      return { kind: 'entry-zip-bomb', name, ratio: limits.maxRatio };
    }
  }
  // Entries that share their packed bytes (overlapping) claim more packed data than the zip holds.
  if (totalPacked + entries.length * LOCAL_HEADER_BYTES > directoryOffset) {
    return { kind: 'files-overlap' };
  }
  if (isBomb(totalUnpacked, totalPacked, limits)) {
    return { kind: 'zip-bomb', ratio: limits.maxRatio };
  }
  return null;
}

/**
 * Each entry's local header must name the same file, with the same method, flags and sizes, as its directory
 * entry: the zip reader follows the local headers, the checks above read the directory, and a zip whose two
 * disagree would get one file past the checks as another. Its data must also end before the directory.
 */
async function checkLocalHeaders(
  file: Blob,
  entries: readonly RawEntry[],
  directoryOffset: number,
): Promise<ZipProblem | null> {
  for (const entry of entries) {
    const { name } = entry;
    const headerEnd = entry.localOffset + LOCAL_HEADER_BYTES + entry.rawName.length;
    if (headerEnd > directoryOffset) return { kind: 'past-the-end', name };
    const header = new Uint8Array(await file.slice(entry.localOffset, headerEnd).arrayBuffer());
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    if (view.getUint32(0, true) !== LOCAL_HEADER) return { kind: 'header-misplaced', name };
    const mismatch = (field: HeaderField): ZipProblem => ({ kind: 'header-differs', name, field });
    const flags = view.getUint16(6, true);
    if (flags !== entry.flags) return mismatch('flags');
    if (view.getUint16(8, true) !== entry.method) return mismatch('compression method');
    // With a data descriptor the local header may leave CRC and sizes at zero; never other values.
    const deferred = (flags & FLAG_DATA_DESCRIPTOR) !== 0;
    const agrees = (at: number, value: number) => {
      const local = view.getUint32(at, true);
      return local === value || (deferred && local === 0);
    };
    if (!agrees(14, entry.crc32)) return mismatch('checksum');
    if (!agrees(18, entry.compressedSize) || !agrees(22, entry.uncompressedSize)) return mismatch('sizes');
    const nameLength = view.getUint16(26, true);
    const localName = header.subarray(LOCAL_HEADER_BYTES);
    if (nameLength !== entry.rawName.length || !localName.every((byte, i) => byte === entry.rawName[i])) {
      return mismatch('name');
    }
    const dataEnd = headerEnd + view.getUint16(28, true) + entry.compressedSize;
    if (dataEnd > directoryOffset) return { kind: 'past-the-end', name };
  }
  return null;
}

function isBomb(unpacked: number, packed: number, limits: ZipLimits): boolean {
  return unpacked >= limits.ratioCheckedFrom && unpacked > packed * limits.maxRatio;
}

/** Why a path could land outside the folder the bundle is unpacked into, or null when it cannot. */
export function unsafePath(path: string): UnsafePath | null {
  if (path.includes('\\')) return 'backslashes';
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return 'absolute';
  if (path.split('/').some((part) => part === '..')) return 'climbs-out';
  // NUL ends a name early in some tools; other control characters hide what the name really is.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'control-characters';
  return null;
}
