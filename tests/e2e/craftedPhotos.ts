// Crafted photo files for the e2e tests, made here from real fixture photos: hostile ones (counts, sizes and
// text that once made the byte walkers hang) and a photo carrying a location in every place a camera, a drone
// or a photo app writes one.
import { readFileSync } from 'node:fs';

const ascii = (text: string) => Buffer.from(text, 'latin1');

function u16be(value: number): Buffer {
  const out = Buffer.alloc(2);
  out.writeUInt16BE(value);
  return out;
}

function u32be(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
}

/** A JPEG segment: marker, then its length (which counts itself) and payload. */
function jpegSegment(marker: number, payload: Buffer): Buffer {
  if (payload.length + 2 > 0xffff) throw new Error('a JPEG segment holds at most 65,533 bytes');
  return Buffer.concat([Buffer.from([0xff, marker]), u16be(payload.length + 2), payload]);
}

/**
 * The JPEG with `segments` put after its start-of-image marker and its first segment, with `gap` bytes (a
 * stray byte decoders skip) before them.
 */
export function jpegWith(jpegPath: string, segments: Buffer[], gap = Buffer.alloc(0)): Buffer {
  const jpeg = readFileSync(jpegPath);
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8 || jpeg[2] !== 0xff) throw new Error(`${jpegPath} is not a JPEG`);
  const firstEnd = 4 + jpeg.readUInt16BE(4);
  return Buffer.concat([jpeg.subarray(0, firstEnd), gap, ...segments, jpeg.subarray(firstEnd)]);
}

const XMP_HEADER = 'http://ns.adobe.com/xap/1.0/\0';

export function xmpSegment(packet: string): Buffer {
  return jpegSegment(0xe1, Buffer.concat([ascii(XMP_HEADER), Buffer.from(packet, 'utf8')]));
}

/** A 65 KB XMP packet of one long word: a backtracking GPS regex spends seconds on each. */
export function backtrackingXmpSegment(): Buffer {
  return xmpSegment('a'.repeat(65_000));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([ascii(type), data]);
  return Buffer.concat([u32be(data.length), body, u32be(crc32(body))]);
}

/** The PNG with a 260 KB uncompressed XMP iTXt chunk of one long word after its header chunk. */
export function pngWithHugeXmp(pngPath: string): Buffer {
  const png = readFileSync(pngPath);
  const ihdrEnd = 8 + 4 + 4 + png.readUInt32BE(8) + 4;
  const text = Buffer.concat([ascii('XML:com.adobe.xmp\0\0\0\0\0'), ascii('a'.repeat(260_000))]);
  return Buffer.concat([png.subarray(0, ihdrEnd), pngChunk('iTXt', text), png.subarray(ihdrEnd)]);
}

function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([u32be(8 + body.length), ascii(type), body]);
}

function fullBox(type: string, version: number, ...content: Buffer[]): Buffer {
  return box(type, Buffer.from([version, 0, 0, 0]), ...content);
}

/**
 * An 18 KB AVIF whose `iloc` declares 3,000 items with offset and length fields of size 0: a walker that
 * moves by the declared field sizes never advances.
 */
export function avifWithEmptyIlocFields(): Buffer {
  const ftyp = box('ftyp', ascii('avif'), u32be(0), ascii('avifmif1'));
  const hdlr = fullBox('hdlr', 0, u32be(0), ascii('pict'), Buffer.alloc(12), Buffer.from([0]));
  const items = Array.from({ length: 3000 }, (_, i) =>
    // item_ID, data_reference_index, then one extent whose offset and length take no bytes.
    Buffer.concat([u16be(i + 1), u16be(0), u16be(0xffff)]),
  );
  const iloc = fullBox('iloc', 0, Buffer.from([0x00, 0x00]), u16be(items.length), ...items);
  const infe = fullBox('infe', 2, u16be(1), u16be(0), ascii('Exif'), Buffer.from([0]));
  const iinf = fullBox('iinf', 0, u16be(1), infe);
  return Buffer.concat([ftyp, fullBox('meta', 0, hdlr, iinf, iloc)]);
}

/** A 64 MB file that starts as an ISO-BMFF `ftyp` box of size 0 ("to the end of the file"). */
export function ftypToTheEnd(): Buffer {
  const file = Buffer.alloc(64 * 1024 * 1024);
  ascii('ftyp').copy(file, 4);
  ascii('heic').copy(file, 8);
  return file;
}

/** The place and coordinates put in `locatedJpeg`: none of them may leave in a bundle. */
export const PLACE = {
  city: 'Vila Secreta do Norte',
  region: 'Provincia Escondida',
  country: 'Terra Incognita',
  sublocation: 'Rua dos Segredos',
  // Degrees, minutes and hundredths of seconds, as the EXIF GPS rationals hold them.
  latitude: [38, 43, 1234] as const,
  longitude: [9, 8, 5678] as const,
  droneLatitude: '38.7223417',
  droneLongitude: '-9.1393366',
} as const;

/** An EXIF (TIFF, big-endian) block whose IFD0 points at a GPS IFD with latitude and longitude. */
function exifWithGps(): Buffer {
  const rationals = (values: readonly number[]) =>
    Buffer.concat(values.map((value, i) => Buffer.concat([u32be(value), u32be(i === 2 ? 100 : 1)])));
  // TIFF header (8) + IFD0 with 1 entry (2 + 12 + 4) = 26: the GPS IFD starts there.
  const gpsIfdAt = 26;
  const gpsEntries = 4;
  const gpsDataAt = gpsIfdAt + 2 + gpsEntries * 12 + 4;
  const entry = (tag: number, type: number, count: number, value: Buffer) =>
    Buffer.concat([u16be(tag), u16be(type), u32be(count), value]);
  const inline = (text: string) => Buffer.concat([ascii(text), Buffer.alloc(4 - text.length)]);
  const tiff = Buffer.concat([
    ascii('MM'),
    u16be(42),
    u32be(8),
    u16be(1),
    entry(0x8825, 4, 1, u32be(gpsIfdAt)),
    u32be(0),
    u16be(gpsEntries),
    entry(1, 2, 2, inline('N')),
    entry(2, 5, 3, u32be(gpsDataAt)),
    entry(3, 2, 2, inline('W')),
    entry(4, 5, 3, u32be(gpsDataAt + 24)),
    u32be(0),
    rationals(PLACE.latitude),
    rationals(PLACE.longitude),
  ]);
  return jpegSegment(0xe1, Buffer.concat([ascii('Exif\0\0'), tiff]));
}

function xmpWithPlace(): Buffer {
  return xmpSegment(
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
      `<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"` +
      ` xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"` +
      ` photoshop:City="${PLACE.city}" photoshop:State="${PLACE.region}" photoshop:Country="${PLACE.country}"` +
      ` drone-dji:GpsLatitude="+${PLACE.droneLatitude}" drone-dji:GpsLongitude="${PLACE.droneLongitude}">` +
      `<Iptc4xmpCore:Location>${PLACE.sublocation}</Iptc4xmpCore:Location>` +
      `</rdf:Description></rdf:RDF></x:xmpmeta>`,
  );
}

/** An IPTC (APP13, Photoshop 3.0 8BIM 0x0404) block with City, Sub-location, Province and Country. */
function iptcWithPlace(): Buffer {
  const record = (dataset: number, text: string) => {
    const value = Buffer.from(text, 'utf8');
    return Buffer.concat([Buffer.from([0x1c, 2, dataset]), u16be(value.length), value]);
  };
  const iim = Buffer.concat([
    record(90, PLACE.city),
    record(92, PLACE.sublocation),
    record(95, PLACE.region),
    record(101, PLACE.country),
  ]);
  const padded = iim.length % 2 ? Buffer.concat([iim, Buffer.from([0])]) : iim;
  const resource = Buffer.concat([
    ascii('8BIM'),
    u16be(0x0404),
    Buffer.from([0, 0]),
    u32be(iim.length),
    padded,
  ]);
  return jpegSegment(0xed, Buffer.concat([ascii('Photoshop 3.0\0'), resource]));
}

/**
 * The JPEG with its location in EXIF GPS, XMP (drone and photo-app fields) and IPTC, the EXIF block behind a
 * stray 0x00 before them that decoders skip.
 */
export function locatedJpeg(jpegPath: string): Buffer {
  return jpegWith(jpegPath, [exifWithGps(), xmpWithPlace(), iptcWithPlace()], Buffer.from([0x00]));
}

/** Whether `bytes` hold any of the place's names or coordinates (text, or the EXIF rationals). */
export function placesIn(bytes: Buffer): string[] {
  const found: string[] = [];
  for (const text of [PLACE.city, PLACE.region, PLACE.country, PLACE.sublocation]) {
    if (bytes.includes(Buffer.from(text, 'utf8'))) found.push(text);
  }
  for (const text of [PLACE.droneLatitude, PLACE.droneLongitude]) {
    if (bytes.includes(ascii(text))) found.push(text);
  }
  for (const [name, values] of [
    ['latitude', PLACE.latitude],
    ['longitude', PLACE.longitude],
  ] as const) {
    const rational = Buffer.concat(
      values.map((value, i) => Buffer.concat([u32be(value), u32be(i === 2 ? 100 : 1)])),
    );
    if (bytes.includes(rational)) found.push(`EXIF GPS ${name}`);
  }
  return found;
}
