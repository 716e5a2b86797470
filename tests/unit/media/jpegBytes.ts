// Hand-written JPEG and EXIF bytes for tests: each marker is spelled out so a test shows what it feeds in.

export type ExifFields = {
  orientation?: number;
  dateTimeOriginal?: string;
  offsetTimeOriginal?: string;
  /** Degrees, north and east positive: written as a GPS IFD of refs and degree/minute/second rationals. */
  gps?: { latitude: number; longitude: number };
  /** Intel byte order ("II"); big-endian ("MM") otherwise. */
  littleEndian?: boolean;
};
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
 * An APP1 EXIF segment: "Exif\0\0" then the TIFF structure of `exifTiff`.
 */
export function exifSegment(fields: ExifFields): Uint8Array {
  return segment(0xe1, [...asciiBytes('Exif'), 0, 0, ...exifTiff(fields)]);
}

/**
 * A TIFF structure as EXIF stores it: IFD0 holds Orientation and pointers to the EXIF IFD (DateTimeOriginal,
 * OffsetTimeOriginal) and the GPS IFD (latitude, longitude, altitude), each present when its fields are given.
 */
export function exifTiff(fields: ExifFields): number[] {
  type Entry = { tag: number; type: number; count: number; value: number[] };
  const le = fields.littleEndian === true;
  const w16 = (n: number): number[] => (le ? u16(n).reverse() : u16(n));
  const w32 = (n: number): number[] => (le ? u32(n).reverse() : u32(n));
  const ascii = (s: string): number[] => [...asciiBytes(s), 0];
  const rational = (n: number, d: number): number[] => [...w32(n), ...w32(d)];
  const degrees = (value: number): number[] => {
    const abs = Math.abs(value);
    const whole = Math.floor(abs);
    const minutes = Math.floor((abs - whole) * 60);
    const seconds = Math.round(((abs - whole) * 60 - minutes) * 60 * 100);
    return [...rational(whole, 1), ...rational(minutes, 1), ...rational(seconds, 100)];
  };

  const exifEntries: Entry[] = [];
  if (fields.dateTimeOriginal !== undefined) {
    const v = ascii(fields.dateTimeOriginal);
    exifEntries.push({ tag: 0x9003, type: 2, count: v.length, value: v });
  }
  if (fields.offsetTimeOriginal !== undefined) {
    const v = ascii(fields.offsetTimeOriginal);
    exifEntries.push({ tag: 0x9011, type: 2, count: v.length, value: v });
  }
  const gpsEntries: Entry[] = [];
  if (fields.gps) {
    const { latitude, longitude } = fields.gps;
    gpsEntries.push(
      { tag: 0x0000, type: 1, count: 4, value: [2, 3, 0, 0] },
      { tag: 0x0001, type: 2, count: 2, value: ascii(latitude < 0 ? 'S' : 'N') },
      { tag: 0x0002, type: 5, count: 3, value: degrees(latitude) },
      { tag: 0x0003, type: 2, count: 2, value: ascii(longitude < 0 ? 'W' : 'E') },
      { tag: 0x0004, type: 5, count: 3, value: degrees(longitude) },
      { tag: 0x0006, type: 5, count: 1, value: rational(123, 1) },
    );
  }
  const ifd0Entries: Entry[] = [];
  if (fields.orientation !== undefined) {
    ifd0Entries.push({ tag: 0x0112, type: 3, count: 1, value: [...w16(fields.orientation), 0, 0] });
  }
  const ifdSize = (n: number) => 2 + n * 12 + 4;
  const ifd0Offset = 8;
  const hasExifIfd = exifEntries.length > 0;
  const hasGpsIfd = gpsEntries.length > 0;
  const ifd0Count = ifd0Entries.length + (hasExifIfd ? 1 : 0) + (hasGpsIfd ? 1 : 0);
  const exifIfdOffset = ifd0Offset + ifdSize(ifd0Count);
  const gpsIfdOffset = exifIfdOffset + (hasExifIfd ? ifdSize(exifEntries.length) : 0);
  // IFD entries must be sorted by tag: Orientation (0112), ExifIFD (8769), GPSInfo (8825).
  if (hasExifIfd) ifd0Entries.push({ tag: 0x8769, type: 4, count: 1, value: w32(exifIfdOffset) });
  if (hasGpsIfd) ifd0Entries.push({ tag: 0x8825, type: 4, count: 1, value: w32(gpsIfdOffset) });
  let dataOffset = gpsIfdOffset + (hasGpsIfd ? ifdSize(gpsEntries.length) : 0);
  const data: number[] = [];

  const writeIfd = (entries: Entry[]): number[] => {
    const out = [...w16(entries.length)];
    for (const e of entries) {
      out.push(...w16(e.tag), ...w16(e.type), ...w32(e.count));
      if (e.value.length <= 4) {
        out.push(...e.value, ...new Array<number>(4 - e.value.length).fill(0));
      } else {
        out.push(...w32(dataOffset));
        data.push(...e.value);
        dataOffset += e.value.length;
      }
    }
    out.push(...w32(0));
    return out;
  };
  return [
    ...asciiBytes(le ? 'II' : 'MM'),
    ...w16(42),
    ...w32(ifd0Offset),
    ...writeIfd(ifd0Entries),
    ...(hasExifIfd ? writeIfd(exifEntries) : []),
    ...(hasGpsIfd ? writeIfd(gpsEntries) : []),
    ...data,
  ];
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

/**
 * A big-endian TIFF whose IFD0 holds `m` GPS pointers to GPS IFDs nested in each other (issue 14 point 4): the
 * work of following each would grow with the square of the size.
 */
export function nestedGpsTiff(m: number): Uint8Array<ArrayBuffer> {
  const gpsBase = 8 + 2 + m * 12 + 4;
  const tiff = new Uint8Array(gpsBase + 2 + m * 12 + 4);
  const view = new DataView(tiff.buffer);
  tiff.set([0x4d, 0x4d, 0, 42, 0, 0, 0, 8]);
  view.setUint16(8, m);
  for (let k = 0; k < m; k++) {
    const entry = 10 + k * 12;
    view.setUint16(entry, 0x8825);
    view.setUint16(entry + 2, 4);
    view.setUint32(entry + 4, 1);
    view.setUint32(entry + 8, gpsBase + 12 * (m - 1 - k));
  }
  view.setUint16(gpsBase, m);
  for (let j = 0; j < m; j++) {
    const entry = gpsBase + 2 + j * 12;
    view.setUint16(entry, 2);
    view.setUint16(entry + 2, 5);
    view.setUint32(entry + 4, 3);
    view.setUint16(entry + 10, m - j - 1);
  }
  return tiff;
}

/** The nested GPS TIFF as an APP1 EXIF segment: the strip gives up on it and says it is not clean. */
export function nestedGpsExif(m = 2600): Uint8Array {
  return segment(0xe1, concatBytes([0x45, 0x78, 0x69, 0x66, 0, 0], nestedGpsTiff(m)));
}
