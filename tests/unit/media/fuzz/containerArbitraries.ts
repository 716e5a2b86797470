// Structure-aware files for the container walkers: JPEG, ISO-BMFF (AVIF), PNG, GIF and WebP, built from
// real structures with lying lengths, counts and offsets, stray bytes and cut ends.
import fc from 'fast-check';
import {
  ascii,
  be16,
  be32,
  count16,
  count32,
  iimBytes,
  join,
  le32,
  photoshopResources,
  randomBytes,
  sized,
  tiffBytes,
  xmpBytes,
} from './byteArbitraries';

/** Cuts a file short now and then (a cut file is the commonest damage). */
function maybeCut(file: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(file, fc.option(fc.nat(), { freq: 4, nil: undefined }))
    .map(([bytes, cut]) => (cut === undefined ? bytes : bytes.subarray(0, cut % (bytes.length + 1))));
}

// JPEG

const jpegSegmentPayload = fc.oneof(
  tiffBytes.map((t) => join([ascii('Exif\0\0'), t])),
  xmpBytes.map((x) => join([ascii('http://ns.adobe.com/xap/1.0/\0'), x])),
  fc
    .record({ guid: fc.constantFrom('A', 'B'), offset: count32, data: xmpBytes })
    .map(({ guid, offset, data }) =>
      join([
        ascii('http://ns.adobe.com/xmp/extension/\0'),
        ascii(guid.repeat(32)),
        be32(data.length),
        be32(offset),
        data,
      ]),
    ),
  photoshopResources.map((r) => join([ascii('Photoshop 3.0\0'), r])),
  tiffBytes.map((t) => join([ascii('MPF\0'), t])),
  randomBytes(64),
);

const jpegPart = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        marker: fc.oneof(
          fc.constantFrom(0xe1, 0xe1, 0xed, 0xe2, 0xc0, 0xc4, 0xdb, 0xda, 0xfe),
          fc.integer({ min: 0xc0, max: 0xfe }),
        ),
        payload: jpegSegmentPayload,
        length: fc.option(count16, { freq: 5, nil: undefined }),
      })
      .map(({ marker, payload, length }) => {
        const declared = length ?? Math.min(payload.length + 2, 0xffff);
        return join([[0xff, marker], be16(declared), payload.subarray(0, 0xfffd)]);
      }),
  },
  // Stray and fill bytes, stuffed zeros, restart markers, a second SOI, EOI, compressed-looking data.
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        [0x00],
        [0xff, 0xff],
        [0xff, 0x00],
        [0xff, 0xd0],
        [0xff, 0xd8],
        [0xff, 0xd9],
        [0xff, 0x01],
      )
      .map((b) => new Uint8Array(b)),
  },
  { weight: 2, arbitrary: randomBytes(64) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((n) => new Uint8Array(n).fill(0xff)) },
);

const jpegImage = fc.array(jpegPart, { maxLength: 14 }).map((parts) => join([[0xff, 0xd8], ...parts]));

export const jpegFile: fc.Arbitrary<Uint8Array> = maybeCut(
  fc
    .tuple(jpegImage, fc.array(jpegImage, { maxLength: 3 }), randomBytes(16))
    .map(([first, more, trailer]) =>
      join([first, [0xff, 0xd9], ...more.flatMap((m) => [m, new Uint8Array([0xff, 0xd9])]), trailer]),
    ),
);

// ISO-BMFF

function box(type: string, payload: Uint8Array, size?: number): Uint8Array {
  return join([be32(size ?? payload.length + 8), ascii(type), payload]);
}
const boxSize = fc.option(fc.oneof(fc.constantFrom(0, 1, 2, 7, 8, 0xffffffff), count32), {
  freq: 6,
  nil: undefined,
});

const infe = fc
  .record({
    version: fc.constantFrom(0, 1, 2, 3, 2),
    id: fc.integer({ min: 0, max: 8 }),
    type: fc.constantFrom('Exif', 'mime', 'av01', 'hvc1', 'grid'),
    contentType: fc.constantFrom('application/rdf+xml', 'text/xml', 'image/jpeg', ''),
    encoding: fc.constantFrom('', 'deflate', undefined),
    size: boxSize,
  })
  .map(({ version, id, type, contentType, encoding, size }) => {
    const idBytes = version === 3 ? be32(id) : be16(id);
    const body =
      version <= 1
        ? [
            be16(id),
            [0, 0],
            ascii('n\0'),
            ascii(`${contentType}\0`),
            encoding === undefined ? [] : ascii(`${encoding}\0`),
          ]
        : [
            idBytes,
            [0, 0],
            ascii(type),
            ascii('\0'),
            type === 'mime' ? ascii(`${contentType}\0${encoding ?? ''}`) : [],
          ];
    return box('infe', join([[version, 0, 0, 0], ...body]), size);
  });

const iinf = fc
  .record({ declared: count16, entries: fc.array(infe, { maxLength: 8 }), size: boxSize })
  .map(({ declared, entries, size }) => box('iinf', join([[0, 0, 0, 0], be16(declared), ...entries]), size));

const ILOC_SIZES = [0, 4, 8, 0, 4, 3, 15];

/** iloc with any field sizes (0 and invalid ones included), lying item and extent counts (point 1). */
const iloc = fc
  .record({
    version: fc.constantFrom(0, 1, 2, 1),
    offsetSize: fc.constantFrom(...ILOC_SIZES),
    lengthSize: fc.constantFrom(...ILOC_SIZES),
    baseSize: fc.constantFrom(...ILOC_SIZES),
    indexSize: fc.constantFrom(...ILOC_SIZES),
    declaredItems: fc.option(count32, { nil: undefined }),
    items: sized(
      fc.array(
        fc.record({
          id: fc.integer({ min: 0, max: 8 }),
          method: fc.integer({ min: 0, max: 3 }),
          extents: fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 })), {
            maxLength: 4,
          }),
          declaredExtents: fc.option(count16, { nil: undefined }),
        }),
        { maxLength: 8 },
      ),
      // The point-1 shape: thousands of items, each declaring 65,535 extents.
      fc.integer({ min: 200, max: 3000 }).map((n) =>
        Array.from({ length: n }, (_, k) => ({
          id: k,
          method: 0,
          extents: [] as [number, number][],
          declaredExtents: 0xffff,
        })),
      ),
    ),
    size: boxSize,
  })
  .map(({ version, offsetSize, lengthSize, baseSize, indexSize, declaredItems, items, size }) => {
    const field = (value: number, bytes: number) =>
      bytes === 8
        ? [0, 0, 0, 0, ...be32(value)]
        : bytes === 4
          ? be32(value)
          : bytes === 0
            ? []
            : new Array<number>(bytes).fill(value & 0xff);
    const idSize = version < 2 ? 2 : 4;
    const entries = items.map((item) =>
      join([
        idSize === 2 ? be16(item.id) : be32(item.id),
        version === 0 ? [] : be16(item.method),
        [0, 0],
        field(0, baseSize),
        be16(item.declaredExtents ?? item.extents.length),
        ...item.extents.map(([o, l]) =>
          join([version === 0 ? [] : field(0, indexSize), field(o, offsetSize), field(l, lengthSize)]),
        ),
      ]),
    );
    const count = declaredItems ?? items.length;
    return box(
      'iloc',
      join([
        [version, 0, 0, 0],
        [(offsetSize << 4) | lengthSize, (baseSize << 4) | (version === 0 ? 0 : indexSize)],
        idSize === 2 ? be16(count) : be32(count),
        ...entries,
      ]),
      size,
    );
  });

const itemData = fc.oneof(
  tiffBytes.map((t) => join([be32(6), ascii('Exif\0\0'), t])),
  xmpBytes,
  randomBytes(64),
);

const metaChild = fc.oneof(
  iinf,
  iloc,
  itemData.map((d) => box('idat', d)),
  fc
    .tuple(fc.constantFrom('hdlr', 'pitm', 'iprp', 'iref'), randomBytes(24), boxSize)
    .map(([t, p, s]) => box(t, p, s)),
);

const topBox = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.array(metaChild, { maxLength: 5 }), boxSize)
      .map(([c, s]) => box('meta', join([[0, 0, 0, 0], ...c]), s)),
  },
  { weight: 2, arbitrary: fc.array(itemData, { maxLength: 3 }).map((d) => box('mdat', join(d))) },
  {
    weight: 1,
    arbitrary: xmpBytes.map((x) =>
      box(
        'uuid',
        join([
          [0xbe, 0x7a, 0xcf, 0xcb, 0x97, 0xa9, 0x42, 0xe8, 0x9c, 0x71, 0x99, 0x94, 0x91, 0xe3, 0xaf, 0xac],
          x,
        ]),
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(randomBytes(40), boxSize)
      .map(([p, s]) => box('moov', join([box('trak', box('udta', p))]), s)),
  },
  { weight: 1, arbitrary: fc.tuple(randomBytes(40), boxSize).map(([p, s]) => box('free', p, s)) },
);

export const isoFile: fc.Arbitrary<Uint8Array> = maybeCut(
  fc
    .tuple(fc.array(topBox, { maxLength: 5 }), fc.constantFrom('avif', 'heic', 'mif1'))
    .map(([boxes, brand]) =>
      join([box('ftyp', join([ascii(brand), [0, 0, 0, 0], ascii('mif1')])), ...boxes]),
    ),
);

// PNG

const pngChunk = fc
  .record({
    chunk: fc.oneof(
      tiffBytes.map((t) => ({ type: 'eXIf', data: t })),
      fc
        .record({
          type: fc.constantFrom('tEXt', 'zTXt', 'iTXt'),
          keyword: fc.constantFrom(
            'XML:com.adobe.xmp',
            'Raw profile type exif',
            'Raw profile type iptc',
            'Comment',
            '',
          ),
          text: fc.oneof(xmpBytes, iimBytes),
        })
        .map(({ type, keyword, text }) => ({
          type,
          data: join([ascii(`${keyword}\0`), type === 'iTXt' ? [0, 0, 0, 0] : [0], text]),
        })),
      fc
        .tuple(fc.constantFrom('IDAT', 'IHDR', 'zxIf', 'prVt', 'IEND', 'I?AT'), randomBytes(32))
        .map(([type, data]) => ({ type, data })),
    ),
    length: fc.option(count32, { freq: 8, nil: undefined }),
  })
  .map(({ chunk, length }) =>
    join([be32(length ?? chunk.data.length), ascii(chunk.type), chunk.data, [0, 0, 0, 0]]),
  );

export const pngFile: fc.Arbitrary<Uint8Array> = maybeCut(
  fc
    .tuple(fc.array(pngChunk, { maxLength: 8 }), randomBytes(12))
    .map(([chunks, trailer]) => join([[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], ...chunks, trailer])),
);

// GIF

function subBlocks(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let at = 0; at < data.length; at += 255) {
    const part = data.subarray(at, at + 255);
    out.push(part.length, ...part);
  }
  out.push(0);
  return new Uint8Array(out);
}

const gifBlock = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('XMP DataXMP', 'NETSCAPE2.0', 'MGK8BIM0000', 'ICCRGBG1012'),
      fc.oneof(xmpBytes, randomBytes(300)),
      fc.boolean(),
    )
    .map(([id, data, raw]) =>
      join([[0x21, 0xff, 11], ascii(id), raw ? data : subBlocks(data).subarray(0, -1), [0]]),
    ),
  fc
    .tuple(fc.integer({ min: 0, max: 255 }), randomBytes(300))
    .map(([label, data]) => join([[0x21, label], subBlocks(data)])),
  fc
    .tuple(fc.integer({ min: 0, max: 255 }), randomBytes(300))
    .map(([flags, data]) =>
      join([
        [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, flags & 0x87],
        new Array<number>(flags & 0x80 ? 3 << ((flags & 7) + 1) : 0).fill(0),
        [2],
        subBlocks(data),
      ]),
    ),
  // Hostile sub-block chains: sizes that run past the end, no terminator.
  randomBytes(64).map((data) => join([[0x21, 0xfe], data])),
  fc.constantFrom(new Uint8Array([0x3b]), new Uint8Array([0x99])),
);

export const gifFile: fc.Arbitrary<Uint8Array> = maybeCut(
  fc
    .tuple(fc.integer({ min: 0, max: 255 }), fc.array(gifBlock, { maxLength: 8 }), randomBytes(8))
    .map(([flags, blocks, trailer]) =>
      join([
        ascii('GIF89a'),
        [1, 0, 1, 0, flags, 0, 0],
        new Array<number>(flags & 0x80 ? 3 << ((flags & 7) + 1) : 0).fill(0),
        ...blocks,
        [0x3b],
        trailer,
      ]),
    ),
);

// RIFF (WebP)

const riffChunk = fc
  .record({
    chunk: fc.oneof(
      tiffBytes.map((t) => ({ type: 'EXIF', data: t })),
      tiffBytes.map((t) => ({ type: 'EXIF', data: join([ascii('Exif\0\0'), t]) })),
      xmpBytes.map((x) => ({ type: 'XMP ', data: x })),
      fc
        .tuple(fc.constantFrom('VP8X', 'VP8 ', 'VP8L', 'ANMF', 'ICCP'), randomBytes(32))
        .map(([type, data]) => ({ type, data })),
    ),
    size: fc.option(count32, { freq: 8, nil: undefined }),
  })
  .map(({ chunk, size }) =>
    join([ascii(chunk.type), le32(size ?? chunk.data.length), chunk.data, chunk.data.length % 2 ? [0] : []]),
  );

export const webpFile: fc.Arbitrary<Uint8Array> = maybeCut(
  fc
    .tuple(
      fc.array(riffChunk, { maxLength: 6 }),
      fc.option(count32, { freq: 6, nil: undefined }),
      randomBytes(12),
    )
    .map(([chunks, size, trailer]) => {
      const body = join([ascii('WEBP'), ...chunks]);
      return join([ascii('RIFF'), le32(size ?? body.length), body, trailer]);
    }),
);
