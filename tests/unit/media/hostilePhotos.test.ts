// Issue 14, points 1–8 and 11: crafted photos that hung the walkers or kept a location, each built here.
import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { sniffImageType } from '../../../src/media/sniffImageType';
import { stripLocation, stripLocationOrFlag } from '../../../src/media/stripLocation';
import {
  avif,
  box,
  exifItem,
  fullBox,
  gif,
  gifApplication,
  gifXmp,
  iim,
  iinf,
  infe,
  iloc,
  iptcSegment,
  latin1,
  mdatStart,
  png,
  pngChunk,
  pngText,
  u16be,
  u32be,
  utf8,
  webp,
  riffChunk,
  xmpPacket,
  xmpSegment,
} from './containerBytes';
import {
  asciiBytes,
  concatBytes,
  exifSegment,
  exifTiff,
  segment,
  skeletonJpeg,
  type ExifFields,
} from './jpegBytes';

const LISBON = { latitude: 38.7223, longitude: -9.1393 };
const WITH_GPS: ExifFields = { orientation: 6, dateTimeOriginal: '2019:07:14 15:30:05', gps: LISBON };

function time<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

type Tags = Record<string, unknown>;

/** What exifr (an independent reader) finds in a JPEG or a bare TIFF structure. */
async function readTags(bytes: Uint8Array): Promise<Tags> {
  return ((await exifr.parse(bytes.slice(), { gps: true, reviveValues: false, translateValues: false })) ??
    {}) as Tags;
}

function gpsKeys(tags: Tags): string[] {
  return Object.keys(tags).filter((k) => /^GPS|^latitude$|^longitude$/.test(k));
}

/** How often the latitude's degrees rational (38/1) appears: the coordinates' bytes, reachable or not. */
function countLatitude(bytes: Uint8Array, littleEndian = false): number {
  const needle = littleEndian ? [38, 0, 0, 0, 1, 0, 0, 0] : [0, 0, 0, 38, 0, 0, 0, 1];
  let count = 0;
  for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (needle.every((b, j) => bytes[i + j] === b)) count++;
  }
  return count;
}

const ENTROPY = [0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78, 0x9a, 0xff, 0xd9];

describe('1. an AVIF whose iloc never advances ends at once', () => {
  it('reads 3,000 items of 65,535 zero-byte extents each (offset and length sizes 0) in milliseconds', () => {
    const items = Array.from({ length: 3000 }, (_, k) => [...u16be(k + 1), 0, 0, 0xff, 0xff]).flat();
    const hostileIloc = fullBox('iloc', 0, [0x00, 0x00], u16be(3000), items);
    const infos = iinf(...Array.from({ length: 3000 }, (_, k) => infe(k + 1, 'Exif')));
    const file = avif([infos, hostileIloc], new Array<number>(64).fill(7));
    expect(file.length).toBeLessThan(120_000);
    const { result, ms } = time(() => stripLocationOrFlag(file.slice()));
    expect(ms).toBeLessThan(500);
    expect(result.bytes).toEqual(file); // no Exif item holds a TIFF structure: nothing to change
  });

  it('caps declared counts by the bytes: an iloc claiming 2^32 − 1 items and an iinf claiming 65,535', () => {
    const lying = fullBox('iloc', 2, [0x44, 0x00], u32be(0xffffffff), u32be(1), [0, 0], [0, 0], [0xff, 0xff]);
    const infos = fullBox('iinf', 0, u16be(0xffff), infe(1, 'Exif'));
    const { ms } = time(() => stripLocationOrFlag(avif([infos, lying])));
    expect(ms).toBeLessThan(100);
  });
});

describe('2. XMP is scanned in linear time', () => {
  // The old pattern /([\w-]+:GPS\w*\s*=\s*")/ retried a long word from every one of its letters.
  const word = 'a'.repeat(64_000);
  const packet = xmpPacket(
    '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="38,43.338N">' +
      `<exif:UserComment>${word}</exif:UserComment>` +
      '<exif:GPSLongitude>9,8.358W</exif:GPSLongitude></rdf:Description>',
  );

  it('blanks the GPS of a JPEG with several 65 KB XMP segments in milliseconds', () => {
    const segments = Array.from({ length: 8 }, () => xmpSegment(packet));
    expect(segments[0]?.length).toBeGreaterThan(64_000);
    const jpeg = skeletonJpeg(40, 20, segments);
    const { result, ms } = time(() => stripLocation(jpeg.slice()));
    expect(ms).toBeLessThan(500);
    const text = latin1(result);
    expect(text).not.toMatch(/38,43|9,8\.358/);
    expect(text).toContain(word);
  });

  it('handles a 260 KB XMP packet in a PNG iTXt (dropped) and a WebP XMP chunk (blanked) in milliseconds', () => {
    const big = xmpPacket(
      '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="38,43.338N">' +
        `<exif:UserComment>${'a:GPS'.repeat(52_000)}</exif:UserComment></rdf:Description>`,
    );
    expect(big.length).toBeGreaterThan(260_000);
    const pngFile = png(pngText('iTXt', 'XML:com.adobe.xmp', utf8(big)));
    const fromPng = time(() => stripLocation(pngFile.slice()));
    expect(fromPng.ms).toBeLessThan(500);
    expect(fromPng.result).toEqual(png());
    const webpFile = webp(riffChunk('VP8X', new Array<number>(10).fill(0)), riffChunk('XMP ', utf8(big)));
    const fromWebp = time(() => stripLocation(webpFile.slice()));
    expect(fromWebp.ms).toBeLessThan(500);
    expect(latin1(fromWebp.result)).not.toContain('38,43');
    expect(fromWebp.result.length).toBe(webpFile.length);
  });
});

describe('3. sniffing looks at a bounded prefix', () => {
  it('tells an ftyp box of size 0 ("to the end") in a 64 MB buffer in milliseconds', () => {
    const file = new Uint8Array(64 * 1024 * 1024);
    file.set([0, 0, 0, 0, ...asciiBytes('ftypavif'), 0, 0, 0, 0, ...asciiBytes('mif1')]);
    const { result, ms } = time(() => sniffImageType(file));
    expect(result).toEqual({ ok: true, mimeType: 'image/avif' });
    expect(ms).toBeLessThan(50);
  });
});

describe('4. TIFF walks are linear', () => {
  /**
   * IFD0 with `pointers` GPS pointers, each to its own GPS IFD of `entries` rationals, every one claiming the
   * whole data region after the IFDs (`data` bytes) as its value: the old walk refilled it once an entry.
   */
  function hostileTiff(pointers: number, entries: number, data: number): Uint8Array {
    const ifd0 = 8;
    const firstGps = ifd0 + 2 + pointers * 12 + 4;
    const gpsSize = 2 + entries * 12 + 4;
    const dataAt = firstGps + pointers * gpsSize;
    const ifd0Bytes = [
      ...u16be(pointers),
      ...Array.from({ length: pointers }, (_, k) => [
        ...u16be(0x8825),
        ...u16be(4),
        ...u32be(1),
        ...u32be(firstGps + k * gpsSize),
      ]).flat(),
      ...u32be(0),
    ];
    const gps = [
      ...u16be(entries),
      ...Array.from({ length: entries }, () => [
        ...u16be(2),
        ...u16be(5),
        ...u32be(data / 8),
        ...u32be(dataAt),
      ]).flat(),
      ...u32be(0),
    ];
    return concatBytes(
      asciiBytes('MM'),
      u16be(42),
      u32be(ifd0),
      ifd0Bytes,
      ...Array.from({ length: pointers }, () => gps),
      new Array<number>(data).fill(9),
    );
  }

  it('ends at once on a PNG eXIf whose 80,000 GPS values each claim 1 MB, and says it is not clean', () => {
    const file = png(pngChunk('eXIf', hostileTiff(1, 80_000, 1 << 20)));
    const { result, ms } = time(() => stripLocationOrFlag(file.slice()));
    expect(ms).toBeLessThan(500);
    expect(result.clean).toBe(false);
  });

  it('ends at once on 65,535 GPS pointers to GPS IFDs nested in each other, and says it is not clean', () => {
    // GPS IFD k starts 12 bytes after IFD k − 1: its count is the last two bytes of the entry before, and its
    // entries are the tail of the one before. Pointed at from the last to the first, the old walk read
    // every tail again: 65,535² / 2 entries.
    const m = 65_535;
    const gpsBase = 8 + 2 + m * 12 + 4;
    const ifd0 = [...u16be(m)];
    for (let k = m - 1; k >= 0; k--)
      ifd0.push(...u16be(0x8825), ...u16be(4), ...u32be(1), ...u32be(gpsBase + 12 * k));
    const gps = [...u16be(m)];
    for (let j = 0; j < m; j++) gps.push(...u16be(1), ...u16be(2), ...u32be(4), 0x4e, 0, ...u16be(m - j - 1));
    const file = png(
      pngChunk('eXIf', concatBytes(asciiBytes('MM'), u16be(42), u32be(8), ifd0, u32be(0), gps, u32be(0))),
    );
    const { result, ms } = time(() => stripLocationOrFlag(file.slice()));
    expect(ms).toBeLessThan(500);
    expect(result.clean).toBe(false);
  });

  it('cleans 5,000 pointers to the same GPS IFD once, and says it is clean', () => {
    const pointers = 5000;
    const gpsAt = 8 + 2 + pointers * 12 + 4;
    const dataAt = gpsAt + 2 + 12 + 4;
    const tiff = concatBytes(
      asciiBytes('MM'),
      u16be(42),
      u32be(8),
      u16be(pointers),
      ...Array.from({ length: pointers }, () => [
        ...u16be(0x8825),
        ...u16be(4),
        ...u32be(1),
        ...u32be(gpsAt),
      ]),
      u32be(0),
      [...u16be(1), ...u16be(2), ...u16be(5), ...u32be(1), ...u32be(dataAt), ...u32be(0)],
      [0, 0, 0, 38, 0, 0, 0, 1],
    );
    const file = png(pngChunk('eXIf', tiff));
    expect(countLatitude(file)).toBe(1);
    const { result, ms } = time(() => stripLocationOrFlag(file.slice()));
    expect(ms).toBeLessThan(100);
    expect(result.clean).toBe(true);
    expect(countLatitude(result.bytes)).toBe(0);
  });
});

describe('5. a stray byte between JPEG segments does not hide the EXIF', () => {
  for (const stray of [[0x00], [0x00, 0x00, 0x13], [0xff, 0xff]]) {
    it(`blanks the GPS after stray bytes ${stray.map((b) => b.toString(16)).join(' ')}`, () => {
      const jpeg = concatBytes([0xff, 0xd8], stray, exifSegment(WITH_GPS), skeletonJpeg(40, 20).subarray(2));
      expect(countLatitude(jpeg)).toBe(1);
      const stripped = stripLocation(jpeg.slice());
      expect(countLatitude(stripped)).toBe(0);
      expect(stripped.length).toBe(jpeg.length);
    });
  }
});

describe('6. drone XMP is matched without regard to case', () => {
  it('blanks drone-dji:GpsLatitude / GpsLongitude / GpsLongtitude / GpsAltitude in attributes and elements', () => {
    const packet = xmpPacket(
      '<rdf:Description xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/"' +
        ' drone-dji:GpsLatitude="+38.72230" drone-dji:GpsLongtitude="-9.13930" drone-dji:AbsoluteAltitude="+10"' +
        ' drone-dji:FlightYawDegree="+12.3">' +
        '<drone-dji:GPSLONGITUDE>-9.13931</drone-dji:GPSLONGITUDE><drone-dji:gpsaltitude>88</drone-dji:gpsaltitude>' +
        '</rdf:Description>',
    );
    const stripped = stripLocation(skeletonJpeg(40, 20, [xmpSegment(packet)]));
    const text = latin1(stripped);
    expect(text).not.toMatch(/38\.7223|9\.1393|>88</);
    expect(text).toContain('drone-dji:FlightYawDegree="+12.3"');
  });
});

describe('7. place names are removed', () => {
  it('blanks photoshop:City/State/Country, Iptc4xmpCore:Location, Iptc4xmpExt structures and GPS in CDATA', () => {
    const packet = xmpPacket(
      '<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"' +
        ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"' +
        ' xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" xmlns:exif="http://ns.adobe.com/exif/1.0/"' +
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"' +
        ' photoshop:City=\'Lisboa\' photoshop:State="Lisboa District" Iptc4xmpCore:CountryCode="PRT">' +
        '<photoshop:Country>Portugal</photoshop:Country>' +
        '<Iptc4xmpCore:Location>Alfama</Iptc4xmpCore:Location>' +
        '<Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li rdf:parseType="Resource">' +
        '<Iptc4xmpExt:Sublocation>Miradouro</Iptc4xmpExt:Sublocation><Iptc4xmpExt:WorldRegion>Europe</Iptc4xmpExt:WorldRegion>' +
        '</rdf:li></rdf:Bag></Iptc4xmpExt:LocationShown>' +
        '<Iptc4xmpExt:LocationCreated Iptc4xmpExt:ProvinceState="Estremadura"/>' +
        '<exif:GPSLatitude><![CDATA[38,43.338N]]></exif:GPSLatitude>' +
        '<exif:GPSLongitude>\n  9,8.358W\n</exif:GPSLongitude>' +
        '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Tram 28</rdf:li></rdf:Alt></dc:title>' +
        '</rdf:Description>',
    );
    const jpeg = skeletonJpeg(40, 20, [xmpSegment(packet)]);
    const stripped = stripLocation(jpeg.slice());
    expect(stripped.length).toBe(jpeg.length);
    const text = latin1(stripped);
    for (const place of [
      'Lisboa',
      'Portugal',
      'PRT',
      'Alfama',
      'Miradouro',
      'Europe',
      'Estremadura',
      '38,43',
      '9,8.358',
    ]) {
      expect(text).not.toContain(place);
    }
    expect(text).toContain('Tram 28');
    expect(text).toContain('<Iptc4xmpExt:LocationCreated Iptc4xmpExt:ProvinceState="           "/>');
    expect(wellFormed(text.slice(text.indexOf('<x:xmpmeta'), text.indexOf('</x:xmpmeta>') + 12))).toBe(true);
  });

  it('blanks IPTC (APP13) city, sub-location, province/state, country and country code, and keeps the caption', () => {
    const app13 = iptcSegment([
      iim(120, 'Tram 28 at dusk'),
      iim(90, 'Lisboa'),
      iim(92, 'Alfama'),
      iim(95, 'Lisboa District'),
      iim(100, 'PRT'),
      iim(101, 'Portugal'),
      iim(27, 'Miradouro de Santa Luzia'),
    ]);
    const jpeg = skeletonJpeg(40, 20, [app13]);
    const stripped = stripLocation(jpeg.slice());
    expect(stripped.length).toBe(jpeg.length);
    const text = latin1(stripped);
    for (const place of ['Lisboa', 'Alfama', 'PRT', 'Portugal', 'Miradouro'])
      expect(text).not.toContain(place);
    expect(text).toContain('Tram 28 at dusk');
  });

  it('blanks IPTC split over two APP13 segments', () => {
    const whole = iptcSegment([iim(120, 'caption'), iim(90, 'Lisboa'), iim(101, 'Portugal')]);
    // Cut the resource in the middle of "Lisboa": the second segment carries on after its own header.
    const payload = whole.subarray(4);
    const cut = payload.indexOf(0x4c) + 3; // "Lis|boa"
    const second = concatBytes(asciiBytes('Photoshop 3.0'), [0], payload.subarray(cut));
    const jpeg = skeletonJpeg(40, 20, [segment(0xed, payload.subarray(0, cut)), segment(0xed, second)]);
    const text = latin1(stripLocation(jpeg.slice()));
    expect(text).not.toMatch(/Lis|boa|Portugal/);
    expect(text).toContain('caption');
  });
});

describe('8. every image of a multi-picture JPEG is stripped', () => {
  const second = skeletonJpeg(20, 10, [exifSegment({ ...WITH_GPS, littleEndian: true })]);

  it('blanks the GPS of a second image right after the first one’s EOI (a gain map)', async () => {
    const first = skeletonJpeg(40, 20, [exifSegment({ orientation: 1 })]);
    const file = concatBytes(first, second);
    expect(countLatitude(file, true)).toBe(1);
    const stripped = stripLocation(file.slice());
    expect(stripped.length).toBe(file.length);
    expect(countLatitude(stripped, true)).toBe(0);
    expect(gpsKeys(await readTags(stripped.subarray(first.length)))).toEqual([]);
    expect((await readTags(stripped.subarray(first.length))).Orientation).toBe(6);
  });

  it('blanks the GPS of an image the MPF index lists after a gap, and drops data after the last image', () => {
    // APP2 "MPF\0" + TIFF: IFD0 with one MPEntry tag pointing at two 16-byte entries.
    const mpfFor = (secondOffset: number) => {
      const tiff = [
        ...asciiBytes('MM'),
        ...u16be(42),
        ...u32be(8),
        ...u16be(1),
        ...u16be(0xb002),
        ...u16be(7),
        ...u32be(32),
        ...u32be(26),
        ...u32be(0),
        ...u32be(0x20030000),
        ...u32be(0),
        ...u32be(0),
        0,
        0,
        0,
        0,
        ...u32be(0),
        ...u32be(second.length),
        ...u32be(secondOffset),
        0,
        0,
        0,
        0,
      ];
      return segment(0xe2, [...asciiBytes('MPF'), 0, ...tiff]);
    };
    const firstLength = skeletonJpeg(40, 20, [mpfFor(0)]).length;
    const gap = new Array<number>(16).fill(0x55);
    // The offset counts from the MPF TIFF header: SOI (2) + APP2 marker and length (4) + "MPF\0" (4).
    const first = skeletonJpeg(40, 20, [mpfFor(firstLength + gap.length - 10)]);
    const trailer = utf8('ftypmp42 a motion photo video with ©xyz +38.7223-009.1393/');
    const file = concatBytes(first, gap, second, trailer);
    expect(countLatitude(file, true)).toBe(1);
    const stripped = stripLocation(file.slice());
    expect(countLatitude(stripped, true)).toBe(0);
    expect(stripped.length).toBe(file.length - trailer.length);
    expect(latin1(stripped)).not.toContain('38.7223');
  });

  it('keeps every byte of the compressed data as it was', () => {
    const file = concatBytes(skeletonJpeg(40, 20, [exifSegment(WITH_GPS)]), second);
    const stripped = stripLocation(file.slice());
    const scans = (bytes: Uint8Array) =>
      latin1(bytes)
        .split(String.fromCharCode(0xff, 0xda))
        .slice(1)
        .map((scan) => scan.slice(0, scan.indexOf(String.fromCharCode(0xff, 0xd9))));
    expect(scans(stripped)).toEqual(scans(file));
    expect(ENTROPY.length).toBeGreaterThan(0);
  });
});

describe('11. HEIF/AVIF idat, GIF XMP, PNG "Raw profile type" chunks; the rest is flagged for re-encoding', () => {
  it('blanks the GPS of an AVIF Exif item stored in idat (construction method 1)', async () => {
    const item = exifItem(exifTiff(WITH_GPS));
    const file = avif([
      iinf(infe(1, 'av01'), infe(2, 'Exif')),
      iloc([{ id: 2, method: 1, extents: [{ offset: 0, length: item.length }] }]),
      box('idat', item),
    ]);
    expect(countLatitude(file)).toBe(1);
    const { bytes, clean } = stripLocationOrFlag(file.slice());
    expect(clean).toBe(true);
    expect(bytes.length).toBe(file.length);
    expect(countLatitude(bytes)).toBe(0);
    const tiffAt = latin1(bytes).indexOf('MM\0*');
    const tags = await readTags(bytes.subarray(tiffAt));
    expect(gpsKeys(tags)).toEqual([]);
    expect(tags.Orientation).toBe(6);
  });

  it('blanks the GPS of an AVIF Exif item in mdat split over two extents, and XMP in mdat', () => {
    const item = exifItem(exifTiff(WITH_GPS));
    const packet = utf8(
      xmpPacket(
        '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="38,43.338N"/>',
      ),
    );
    const children = (base: number) => [
      iinf(infe(1, 'av01'), infe(2, 'Exif'), infe(3, 'mime', 'application/rdf+xml')),
      iloc([
        {
          id: 2,
          extents: [
            { offset: base, length: 20 },
            { offset: base + 20, length: item.length - 20 },
          ],
        },
        { id: 3, extents: [{ offset: base + item.length, length: packet.length }] },
      ]),
    ];
    const base = mdatStart(children(0));
    const file = avif(children(base), concatBytes(item, packet));
    const { bytes, clean } = stripLocationOrFlag(file.slice());
    expect(clean).toBe(true);
    expect(countLatitude(bytes)).toBe(0);
    expect(latin1(bytes)).not.toContain('38,43');
  });

  it('flags compressed XMP items, items made of other items, and sequences with track metadata', () => {
    const compressed = avif([
      iinf(infe(3, 'mime', 'application/rdf+xml', 'deflate')),
      iloc([{ id: 3, extents: [{ offset: 0, length: 4 }] }]),
    ]);
    expect(stripLocationOrFlag(compressed).clean).toBe(false);
    const derived = avif([
      iinf(infe(2, 'Exif')),
      iloc([{ id: 2, method: 2, extents: [{ offset: 0, length: 4 }] }]),
    ]);
    expect(stripLocationOrFlag(derived).clean).toBe(false);
    const sequence = concatBytes(
      ftypAvis(),
      box('moov', box('udta', box('\xa9xyz', utf8('+38.7223-009.1393/')))),
    );
    expect(stripLocationOrFlag(sequence).clean).toBe(false);
    expect(stripLocationOrFlag(avif([iinf(infe(1, 'av01'))])).clean).toBe(true);
  });

  it('drops a GIF’s XMP application extension and keeps its loop extension', () => {
    const loop = gifApplication('NETSCAPE2.0', [1, 0, 0]);
    const packet = xmpPacket(
      '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="38,43.338N"/>',
    );
    const file = gif(loop, gifXmp(packet));
    const { bytes, clean } = stripLocationOrFlag(file.slice());
    expect(clean).toBe(true);
    expect(bytes).toEqual(gif(loop));
  });

  it('drops PNG "Raw profile type" exif, iptc and xmp text chunks and a zTXt XMP', () => {
    const file = png(
      pngText('tEXt', 'Raw profile type iptc', asciiBytes('\niptc\n      20\n1c025a00064c6973626f61\n')),
      pngText('zTXt', 'Raw profile type xmp', [0x78, 0x9c, 3, 0]),
      pngText('zTXt', 'XML:com.adobe.xmp', [0x78, 0x9c, 3, 0]),
      pngText('tEXt', 'Raw profile type APP1', asciiBytes('\nexif\n 2\n4d4d\n')),
      pngText('tEXt', 'Title', asciiBytes('kept')),
    );
    const { bytes, clean } = stripLocationOrFlag(file.slice());
    expect(clean).toBe(true);
    expect(bytes).toEqual(png(pngText('tEXt', 'Title', asciiBytes('kept'))));
  });

  it('flags a format it does not know, and a GIF or PNG with blocks decoders refuse', () => {
    expect(stripLocationOrFlag(utf8('not a photo')).clean).toBe(false);
    expect(stripLocationOrFlag(concatBytes(gif().subarray(0, 19), [0x99, 1, 2, 3])).clean).toBe(false);
    const broken = png();
    broken.set(asciiBytes('I?AT'), 33 + 4);
    expect(stripLocationOrFlag(broken).clean).toBe(false);
  });
});

function ftypAvis(): Uint8Array {
  return box('ftyp', asciiBytes('avis'), [0, 0, 0, 0], asciiBytes('avis'), asciiBytes('msf1'));
}

/** Whether every tag is closed in order (comments, CDATA and processing instructions aside). */
function wellFormed(xml: string): boolean {
  const open: string[] = [];
  const text = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, '');
  for (const [tag, close, name = '', selfClosing] of text.matchAll(/<(\/?)([^\s/>]+)(?:\s[^>]*?)?(\/?)>/g)) {
    if (!tag) return false;
    if (close) {
      if (open.pop() !== name) return false;
    } else if (!selfClosing) {
      open.push(name);
    }
  }
  return open.length === 0;
}
