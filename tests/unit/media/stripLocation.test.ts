// Location stripping on hand-made EXIF and XMP in every container, checked by an independent reader (exifr).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import exifr from 'exifr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripLocation } from '../../../src/media/stripLocation';
import {
  asciiBytes,
  concatBytes,
  exifSegment,
  exifTiff,
  segment,
  skeletonJpeg,
  type ExifFields,
} from './jpegBytes';

const fixturesDir = path.resolve(import.meta.dirname, '../../../../shared/fixtures');
const LISBON = { latitude: 38.7223, longitude: -9.1393 };
const WITH_GPS: ExifFields = {
  orientation: 6,
  dateTimeOriginal: '2019:07:14 15:30:05',
  gps: LISBON,
};

type Tags = Record<string, unknown>;

async function readTags(bytes: Uint8Array): Promise<Tags> {
  // exifr reads the buffer it is given; a copy keeps the bytes under test untouched.
  return ((await exifr.parse(bytes.slice(), {
    gps: true,
    xmp: true,
    reviveValues: false,
    translateValues: false,
  })) ?? {}) as Tags;
}

function gpsKeys(tags: Tags): string[] {
  return Object.keys(tags).filter((k) => /^GPS|^latitude$|^longitude$/.test(k));
}

function pngChunk(type: string, data: Uint8Array | readonly number[]): Uint8Array {
  const body = concatBytes(asciiBytes(type), data);
  const out = new Uint8Array(body.length + 8);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(4 + body.length, crc32(body));
  return out;
}

function png(...chunks: Uint8Array[]): Uint8Array {
  const ihdr = pngChunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return concatBytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], ihdr, ...chunks, pngChunk('IEND', []));
}

/** Every PNG chunk's CRC matches its type and data. */
function pngCrcsValid(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 8; i + 12 <= bytes.length;) {
    const length = view.getUint32(i);
    if (view.getUint32(i + 8 + length) !== crc32(bytes.subarray(i + 4, i + 8 + length))) return false;
    i += 12 + length;
  }
  return true;
}

function webpChunk(type: string, data: readonly number[]): number[] {
  const size = [data.length & 0xff, (data.length >> 8) & 0xff, (data.length >> 16) & 0xff, 0];
  return [...asciiBytes(type), ...size, ...data, ...(data.length % 2 ? [0] : [])];
}

function webp(...chunks: number[][]): Uint8Array {
  const body = [...asciiBytes('WEBP'), ...chunks.flat()];
  const size = [body.length & 0xff, (body.length >> 8) & 0xff, (body.length >> 16) & 0xff, 0];
  return concatBytes(asciiBytes('RIFF'), size, body);
}

const XMP_WITH_GPS =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"' +
  ' exif:GPSLatitude="38,43.338N" xmp:CreatorTool="Camera">' +
  '<exif:GPSLongitude>9,8.358W</exif:GPSLongitude></rdf:Description></rdf:RDF></x:xmpmeta>';

describe('stripLocation', () => {
  for (const littleEndian of [false, true]) {
    it(`blanks the GPS of a JPEG's EXIF (${littleEndian ? 'II' : 'MM'}), keeping orientation, date and length`, async () => {
      const jpeg = skeletonJpeg(40, 20, [exifSegment({ ...WITH_GPS, littleEndian })]);
      const before = await readTags(jpeg);
      expect(before.latitude).toBeCloseTo(LISBON.latitude, 3);
      expect(before.longitude).toBeCloseTo(LISBON.longitude, 3);

      const stripped = stripLocation(jpeg.slice());
      expect(stripped.length).toBe(jpeg.length);
      const after = await readTags(stripped);
      expect(gpsKeys(after)).toEqual([]);
      expect(await exifr.gps(stripped.slice())).toBeUndefined();
      expect(after.Orientation).toBe(6);
      expect(after.DateTimeOriginal).toBe('2019:07:14 15:30:05');
      // Only the APP1 segment changed: the image data is byte for byte the same.
      const app1End = 2 + exifSegment({ ...WITH_GPS, littleEndian }).length;
      expect(stripped.subarray(app1End)).toEqual(jpeg.subarray(app1End));
      // The coordinates' rationals are gone from the bytes, not just unreachable.
      expect(countRationals(stripped, littleEndian)).toBe(0);
      expect(countRationals(jpeg, littleEndian)).toBeGreaterThan(0);
    });
  }

  it('changes nothing in a file without location', () => {
    const jpeg = skeletonJpeg(40, 20, [
      exifSegment({ orientation: 3, dateTimeOriginal: '2020:01:02 03:04:05' }),
    ]);
    expect(stripLocation(jpeg.slice())).toEqual(jpeg);
    const plain = png(pngChunk('tEXt', [...asciiBytes('Comment'), 0, ...asciiBytes('hello')]));
    expect(stripLocation(plain.slice())).toEqual(plain);
  });

  it('works in place and returns the same array', () => {
    const jpeg = skeletonJpeg(40, 20, [exifSegment(WITH_GPS)]);
    expect(stripLocation(jpeg)).toBe(jpeg);
  });

  it("blanks GPS values in a JPEG's XMP, attribute and element forms alike", async () => {
    const xmp = segment(0xe1, [
      ...asciiBytes('http://ns.adobe.com/xap/1.0/'),
      0,
      ...asciiBytes(XMP_WITH_GPS),
    ]);
    const jpeg = skeletonJpeg(40, 20, [xmp]);
    const stripped = stripLocation(jpeg.slice());
    expect(stripped.length).toBe(jpeg.length);
    const text = new TextDecoder().decode(stripped);
    expect(text).not.toMatch(/38,43|9,8\.358/);
    expect(text).toContain('xmp:CreatorTool="Camera"'); // other properties stay
    const after = await readTags(stripped);
    expect(String(after.GPSLatitude ?? '').trim()).toBe('');
    expect(String(after.GPSLongitude ?? '').trim()).toBe('');
  });

  it('blanks the GPS of a PNG eXIf chunk and keeps every CRC valid', async () => {
    const file = png(pngChunk('eXIf', exifTiff(WITH_GPS)));
    expect(gpsKeys(await readTags(file))).not.toEqual([]);
    const stripped = stripLocation(file.slice());
    expect(stripped.length).toBe(file.length);
    expect(pngCrcsValid(stripped)).toBe(true);
    expect(gpsKeys(await readTags(stripped))).toEqual([]);
    expect((await readTags(stripped)).Orientation).toBe(6);
  });

  it('drops PNG XMP and hex EXIF text chunks whole, keeping the others and every CRC valid', () => {
    const itxt = pngChunk('iTXt', [
      ...asciiBytes('XML:com.adobe.xmp'),
      0,
      0,
      0,
      0,
      0,
      ...asciiBytes(XMP_WITH_GPS),
    ]);
    const rawExif = pngChunk('zTXt', [...asciiBytes('Raw profile type exif'), 0, 0, 0x78, 0x9c, 1, 2, 3]);
    const keep = pngChunk('tEXt', [...asciiBytes('Comment'), 0, ...asciiBytes('hello')]);
    const file = png(itxt, rawExif, keep);
    const stripped = stripLocation(file.slice());
    expect(stripped.length).toBe(file.length - itxt.length - rawExif.length);
    expect(stripped).toEqual(png(keep));
    expect(pngCrcsValid(stripped)).toBe(true);
    const text = new TextDecoder('latin1').decode(stripped);
    expect(text).not.toMatch(/38,43|9,8\.358|Raw profile type exif|adobe/);
    expect(text).toContain('Comment\0hello');
  });

  it('blanks the GPS of a WebP EXIF chunk, with or without the "Exif" prefix', async () => {
    for (const prefix of [[], [...asciiBytes('Exif'), 0, 0]]) {
      const tiff = exifTiff(WITH_GPS);
      const file = webp(
        webpChunk('VP8X', [8, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        webpChunk('EXIF', [...prefix, ...tiff]),
      );
      const stripped = stripLocation(file.slice());
      expect(stripped.length).toBe(file.length);
      // exifr does not read WebP, so the TIFF inside the chunk is read on its own.
      const tiffStart = file.length - tiff.length - (tiff.length % 2);
      const before = await readTags(file.subarray(tiffStart, tiffStart + tiff.length));
      const after = await readTags(stripped.subarray(tiffStart, tiffStart + tiff.length));
      expect(before.latitude).toBeCloseTo(LISBON.latitude, 3);
      expect(gpsKeys(after)).toEqual([]);
      expect(after.Orientation).toBe(6);
    }
  });

  it.runIf(existsSync(fixturesDir))(
    'blanks the GPS of a real AVIF (EXIF item located through iloc)',
    async () => {
      const avif = new Uint8Array(
        readFileSync(path.join(fixturesDir, 'formats/paris_icc-exif-xmp_403x302.avif')),
      );
      const before = await readTags(avif);
      expect(gpsKeys(before)).not.toEqual([]);
      const stripped = stripLocation(avif.slice());
      expect(stripped.length).toBe(avif.length);
      const after = await readTags(stripped);
      expect(gpsKeys(after)).toEqual([]);
      expect(after.DateTimeOriginal).toBe(before.DateTimeOriginal);
      expect(after.Orientation).toBe(before.Orientation);
      // Everything outside the metadata items is untouched: compare the differing region's size.
      const changed = stripped.reduce((n, b, i) => n + (b === avif[i] ? 0 : 1), 0);
      expect(changed).toBeGreaterThan(0);
      expect(changed).toBeLessThan(1000);
    },
  );

  it('never throws, never grows, and changes nothing the second time, whatever the bytes', () => {
    const seeds = [
      skeletonJpeg(40, 20, [exifSegment(WITH_GPS)]),
      png(pngChunk('eXIf', exifTiff({ ...WITH_GPS, littleEndian: true }))),
      webp(webpChunk('EXIF', exifTiff(WITH_GPS))),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(),
        (seed, edits, cut) => {
          const bytes = seed.slice(0, seed.length - (cut % 16));
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          const once = stripLocation(bytes).slice();
          expect(once.length).toBeLessThanOrEqual(bytes.length);
          expect(stripLocation(once.slice())).toEqual(once);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** How many times the test's latitude degrees (38/1) rational appears: the sign that coordinates remain. */
function countRationals(bytes: Uint8Array, littleEndian: boolean): number {
  const needle = littleEndian ? [38, 0, 0, 0, 1, 0, 0, 0] : [0, 0, 0, 38, 0, 0, 0, 1];
  let count = 0;
  for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (needle.every((b, j) => bytes[i + j] === b)) count++;
  }
  return count;
}
