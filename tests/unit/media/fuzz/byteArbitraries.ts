// Structure-aware arbitraries for the byte walkers: valid containers whose counts, sizes and offsets lie.
import fc from 'fast-check';
import { nestedGpsTiff } from '../jpegBytes';

export type Bytes = Uint8Array;

const encoder = new TextEncoder();

export function join(parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const ascii = (text: string): Uint8Array => encoder.encode(text);
export const be16 = (n: number) => [(n >>> 8) & 0xff, n & 0xff];
export const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
export const le32 = (n: number) => be32(n).reverse();

/** Mostly small; now and then large (the sizes at which the old walkers took seconds). */
export function sized<T>(small: fc.Arbitrary<T>, large: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 60, arbitrary: small }, { weight: 1, arbitrary: large });
}

export const randomBytes = (maxLength: number) => fc.uint8Array({ maxLength });

/** A 16-bit value as a hostile file would declare it: 0, 1, tiny, the maximum, or anything. */
export const count16 = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 0x7fff, 0x8000, 0xffff),
  fc.integer({ min: 0, max: 0xffff }),
);
/** A 32-bit value: small, near the file's size, or huge. */
export const count32 = fc.oneof(
  fc.constantFrom(0, 1, 8, 0x7fffffff, 0x80000000, 0xffffffff),
  fc.integer({ min: 0, max: 4096 }),
  fc.integer({ min: 0, max: 0xffffffff }),
);

// XMP

const XMP_NAMES = [
  'exif:GPSLatitude',
  'exif:GPSLongitude',
  'drone-dji:GpsLatitude',
  'drone-dji:GPSLONGITUDE',
  'photoshop:City',
  'Iptc4xmpExt:LocationShown',
  'Iptc4xmpCore:Location',
  'rdf:li',
  'rdf:Description',
  'rdf:Bag',
  'x:xmpmeta',
  'xmlns:exif',
  'rdf:parseType',
  'dc:title',
  'a',
];
const XMP_FRAGMENTS = [
  '<',
  '>',
  '</',
  '/>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?',
  '?>',
  '<!',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  ':',
  '&amp;',
  '38,43.338N',
  'Lisboa',
];

const xmpToken = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...XMP_NAMES) },
  { weight: 6, arbitrary: fc.constantFrom(...XMP_FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...XMP_NAMES).map((n) => `<${n} `) },
  { weight: 2, arbitrary: fc.constantFrom(...XMP_NAMES).map((n) => `</${n}>`) },
  { weight: 2, arbitrary: fc.constantFrom(...XMP_NAMES).map((n) => ` ${n}="v"`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Long runs that made the old patterns backtrack, deep nesting, and unterminated constructs. */
const xmpBomb = fc.oneof(
  fc.integer({ min: 1000, max: 64_000 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 200, max: 13_000 }).map((n) => 'a:GPS'.repeat(n)),
  fc.integer({ min: 200, max: 13_000 }).map((n) => '<a:GPSx '.repeat(n)),
  fc.integer({ min: 100, max: 5000 }).map((n) => '<exif:GPSLatitude>'.repeat(n)),
  fc.integer({ min: 100, max: 8000 }).map((n) => `${'<!--'.repeat(n)}`),
  fc.integer({ min: 100, max: 8000 }).map((n) => 'x:GPSa="'.repeat(n)),
);

export const xmpText: fc.Arbitrary<string> = sized(
  fc.array(xmpToken, { maxLength: 60 }).map((t) => t.join('')),
  fc.tuple(fc.array(xmpToken, { maxLength: 20 }), xmpBomb).map(([t, bomb]) => t.join('') + bomb),
);

export const xmpBytes: fc.Arbitrary<Uint8Array> = xmpText.map((text) => encoder.encode(text));

// TIFF

const TIFF_TAGS = [
  0x8825, 0x8769, 0xa005, 0x014a, 0x0201, 0x0202, 0x02bc, 0x83bb, 0x8649, 0x0112, 0x0002, 0x0004,
];

const ifdEntry = fc.record({
  tag: fc.oneof(fc.constantFrom(...TIFF_TAGS), fc.integer({ min: 0, max: 0xffff })),
  type: fc.integer({ min: 0, max: 20 }),
  count: count32,
  value: fc.oneof(fc.integer({ min: 0, max: 4096 }), count32),
});

const ifd = fc.record({
  at: fc.integer({ min: 0, max: 4096 }),
  declared: fc.option(count16, { nil: undefined }),
  entries: fc.array(ifdEntry, { maxLength: 12 }),
  next: fc.integer({ min: 0, max: 4096 }),
});

/** A TIFF structure: a header, then IFDs written at chosen offsets (they may overlap) over random bytes. */
export const tiffSmall: fc.Arbitrary<Uint8Array> = fc
  .record({
    little: fc.boolean(),
    size: fc.integer({ min: 8, max: 4096 }),
    first: fc.integer({ min: 0, max: 64 }),
    ifds: fc.array(ifd, { maxLength: 6 }),
    noise: fc.integer({ min: 0, max: 255 }),
  })
  .map(({ little, size, first, ifds, noise }) => {
    const bytes = new Uint8Array(size).fill(noise);
    const view = new DataView(bytes.buffer);
    bytes.set(little ? [0x49, 0x49, 42, 0] : [0x4d, 0x4d, 0, 42]);
    view.setUint32(4, first === 0 ? 8 : first, little);
    for (const d of ifds) {
      const at = d.at % size;
      if (at + 2 > size) continue;
      view.setUint16(at, d.declared ?? d.entries.length, little);
      d.entries.forEach((e, k) => {
        const entry = at + 2 + k * 12;
        if (entry + 12 > size) return;
        view.setUint16(entry, e.tag, little);
        view.setUint16(entry + 2, e.type, little);
        view.setUint32(entry + 4, e.count, little);
        view.setUint32(entry + 8, e.value, little);
      });
      const next = at + 2 + d.entries.length * 12;
      if (next + 4 <= size) view.setUint32(next, d.next, little);
    }
    return bytes;
  });

/** GPS IFDs nested in each other, pointed at from the last (point 4): m²/2 entries for the old walk. */
export const tiffNestedGps: fc.Arbitrary<Uint8Array> = fc
  .integer({ min: 2000, max: 20_000 })
  .map(nestedGpsTiff);

export const tiffBytes: fc.Arbitrary<Uint8Array> = sized(tiffSmall, tiffNestedGps);

// IPTC

const iimRecord = fc.oneof(
  fc
    .record({ dataset: fc.constantFrom(90, 92, 95, 100, 101, 120, 27), value: randomBytes(40) })
    .map(({ dataset, value }) => join([[0x1c, 2, dataset, ...be16(value.length)], value])),
  fc
    .record({ size: fc.integer({ min: 0, max: 0x7fff }), length: count32 })
    .map(({ size, length }) => join([[0x1c, 2, 90, ...be16(0x8000 | size)], be32(length)])),
  randomBytes(8),
);

export const iimBytes: fc.Arbitrary<Uint8Array> = fc.array(iimRecord, { maxLength: 20 }).map(join);

export const photoshopResources: fc.Arbitrary<Uint8Array> = fc
  .array(
    fc
      .record({
        id: fc.constantFrom(0x0404, 0x0424, 0x040c, 0x03ed),
        name: fc.integer({ min: 0, max: 255 }),
        data: fc.oneof(iimBytes, xmpBytes, randomBytes(32)),
        size: fc.option(count32, { nil: undefined }),
      })
      .map(({ id, name, data, size }) =>
        join([
          ascii('8BIM'),
          be16(id),
          [name & 3, 0, 0, 0].slice(0, 1 + (name & 3) + ((name & 3) % 2 ? 0 : 1)),
          be32(size ?? data.length),
          data,
          data.length % 2 ? [0] : [],
        ]),
      ),
    { maxLength: 6 },
  )
  .map(join);
