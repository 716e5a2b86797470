// Hand-written JPEG and EXIF bytes for tests: each marker is spelled out so a test shows what it feeds in.

export type ExifFields = { orientation?: number; dateTimeOriginal?: string; offsetTimeOriginal?: string };

/** Joins byte arrays and plain byte lists into one Uint8Array. */
export function concatBytes(...parts: (Uint8Array | readonly number[])[]): Uint8Array {
  const total = parts.reduce((sum, p) => sum + p.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function asciiBytes(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

function u16(n: number): number[] {
  return [(n >> 8) & 0xff, n & 0xff];
}
function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** A marker segment: FF, the marker, a 2-byte length that counts itself, then the payload. */
export function segment(marker: number, payload: Uint8Array | readonly number[]): Uint8Array {
  return concatBytes([0xff, marker, ...u16(payload.length + 2)], payload);
}

/**
 * An APP1 EXIF segment in big-endian TIFF layout: IFD0 holds Orientation and, when a date is given, a
 * pointer to the EXIF IFD holding DateTimeOriginal and OffsetTimeOriginal.
 */
export function exifSegment(fields: ExifFields): Uint8Array {
  type Entry = { tag: number; type: number; count: number; value: number[] };
  const ascii = (s: string): number[] => [...asciiBytes(s), 0];
  const exifEntries: Entry[] = [];
  if (fields.dateTimeOriginal !== undefined) {
    const v = ascii(fields.dateTimeOriginal);
    exifEntries.push({ tag: 0x9003, type: 2, count: v.length, value: v });
  }
  if (fields.offsetTimeOriginal !== undefined) {
    const v = ascii(fields.offsetTimeOriginal);
    exifEntries.push({ tag: 0x9011, type: 2, count: v.length, value: v });
  }
  const ifd0Entries: Entry[] = [];
  if (fields.orientation !== undefined) {
    ifd0Entries.push({ tag: 0x0112, type: 3, count: 1, value: [...u16(fields.orientation), 0, 0] });
  }
  const ifdSize = (n: number) => 2 + n * 12 + 4;
  const ifd0Offset = 8;
  const hasExifIfd = exifEntries.length > 0;
  const ifd0Count = ifd0Entries.length + (hasExifIfd ? 1 : 0);
  const exifIfdOffset = ifd0Offset + ifdSize(ifd0Count);
  if (hasExifIfd) ifd0Entries.push({ tag: 0x8769, type: 4, count: 1, value: u32(exifIfdOffset) });
  let dataOffset = exifIfdOffset + (hasExifIfd ? ifdSize(exifEntries.length) : 0);
  const data: number[] = [];

  const writeIfd = (entries: Entry[]): number[] => {
    const out = [...u16(entries.length)];
    for (const e of entries) {
      out.push(...u16(e.tag), ...u16(e.type), ...u32(e.count));
      if (e.value.length <= 4) {
        out.push(...e.value, ...new Array<number>(4 - e.value.length).fill(0));
      } else {
        out.push(...u32(dataOffset));
        data.push(...e.value);
        dataOffset += e.value.length;
      }
    }
    out.push(...u32(0));
    return out;
  };
  const tiff = [
    ...asciiBytes('MM'),
    ...u16(42),
    ...u32(ifd0Offset),
    ...writeIfd(ifd0Entries),
    ...(hasExifIfd ? writeIfd(exifEntries) : []),
  ];
  return segment(0xe1, [...asciiBytes('Exif'), 0, 0, ...tiff, ...data]);
}

/** Puts a segment right after the SOI marker of a JPEG. */
export function insertAfterSoi(jpeg: Uint8Array, inserted: Uint8Array): Uint8Array {
  return concatBytes(jpeg.subarray(0, 2), inserted, jpeg.subarray(2));
}

/**
 * The marker structure of a baseline JPEG (not decodable pixels): SOI, optional extra segments, SOF0 with the
 * given size, SOS, some compressed bytes (with a stuffed FF 00 and a restart marker), EOI.
 */
export function skeletonJpeg(width: number, height: number, extra: Uint8Array[] = []): Uint8Array {
  return concatBytes(
    [0xff, 0xd8],
    ...extra,
    segment(0xe0, [...asciiBytes('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    segment(0xc0, [8, ...u16(height), ...u16(width), 1, 1, 0x11, 0]),
    segment(0xc4, [0x00, 1, ...new Array<number>(15).fill(0), 0]),
    segment(0xda, [1, 1, 0, 0, 63, 0]),
    [0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78, 0x9a],
    [0xff, 0xd9],
  );
}
