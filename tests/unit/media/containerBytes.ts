// Hand-made container bytes for tests: ISO-BMFF boxes (AVIF), PNG chunks, GIF blocks, RIFF chunks, XMP and
// IPTC. Each builder spells out the structure so a test shows what it feeds in.
import { crc32 } from 'node:zlib';
import { asciiBytes, concatBytes } from './jpegBytes';

type Bytes = Uint8Array | readonly number[];

export function u16be(n: number): number[] {
  return [(n >> 8) & 0xff, n & 0xff];
}
export function u32be(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}
export function u32le(n: number): number[] {
  return u32be(n).reverse();
}
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

// ISO-BMFF

export function box(type: string, ...payload: Bytes[]): Uint8Array {
  const body = concatBytes(...payload);
  return concatBytes(u32be(body.length + 8), asciiBytes(type), body);
}

export function fullBox(type: string, version: number, ...payload: Bytes[]): Uint8Array {
  return box(type, [version, 0, 0, 0], ...payload);
}

export function ftyp(major = 'avif', compatible: string[] = ['avif', 'mif1', 'miaf']): Uint8Array {
  return box('ftyp', asciiBytes(major), [0, 0, 0, 0], ...compatible.map(asciiBytes));
}

/** An `infe` (version 2): id, protection 0, item type, empty name; for 'mime', the content type (and encoding). */
export function infe(id: number, type: string, contentType = '', encoding?: string): Uint8Array {
  const mime =
    type === 'mime'
      ? [...asciiBytes(contentType), 0, ...(encoding === undefined ? [] : [...asciiBytes(encoding), 0])]
      : [];
  return fullBox('infe', 2, u16be(id), [0, 0], asciiBytes(type), [0], mime);
}

export function iinf(...entries: Uint8Array[]): Uint8Array {
  return fullBox('iinf', 0, u16be(entries.length), ...entries);
}

export type IlocItem = { id: number; method?: number; extents: { offset: number; length: number }[] };

/** An `iloc` of version 1 (construction methods), with 4-byte offsets and lengths and no base offset. */
export function iloc(items: IlocItem[]): Uint8Array {
  const entries = items.map((item) =>
    concatBytes(
      u16be(item.id),
      u16be(item.method ?? 0),
      [0, 0],
      u16be(item.extents.length),
      ...item.extents.map((e) => concatBytes(u32be(e.offset), u32be(e.length))),
    ),
  );
  return fullBox('iloc', 1, [0x44, 0x00], u16be(items.length), ...entries);
}

/** A minimal AVIF: ftyp, then a `meta` with the given children, then `mdat` holding `mdat`. */
export function avif(metaChildren: Uint8Array[], mdat: Bytes = []): Uint8Array {
  const hdlr = fullBox('hdlr', 0, [0, 0, 0, 0], asciiBytes('pict'), new Array<number>(12).fill(0), [0]);
  return concatBytes(ftyp(), fullBox('meta', 0, hdlr, ...metaChildren), box('mdat', mdat));
}

/** Where the `mdat` payload of `avif(metaChildren, …)` starts, for iloc offsets into it. */
export function mdatStart(metaChildren: Uint8Array[]): number {
  return avif(metaChildren).length;
}

/** An Exif item's data: the 4-byte offset to the TIFF header (6, past "Exif\0\0"), the prefix, the TIFF. */
export function exifItem(tiff: Bytes): Uint8Array {
  return concatBytes(u32be(6), asciiBytes('Exif'), [0, 0], tiff);
}

// PNG

export function pngChunk(type: string, data: Bytes): Uint8Array {
  const body = concatBytes(asciiBytes(type), data);
  return concatBytes(u32be(data.length), body, u32be(crc32(body)));
}

export function png(...chunks: Uint8Array[]): Uint8Array {
  const ihdr = pngChunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = pngChunk('IDAT', [0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]);
  return concatBytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ihdr,
    ...chunks,
    idat,
    pngChunk('IEND', []),
  );
}

export function pngText(type: 'tEXt' | 'zTXt' | 'iTXt', keyword: string, text: Bytes): Uint8Array {
  const header = type === 'iTXt' ? [0, 0, 0, 0, 0] : type === 'zTXt' ? [0, 0] : [0];
  return pngChunk(type, concatBytes(asciiBytes(keyword), header, text));
}

// GIF

/** A 1×1 GIF89a with a 2-colour global table, the given blocks before its one image, and a trailer. */
export function gif(...blocks: Bytes[]): Uint8Array {
  return concatBytes(
    asciiBytes('GIF89a'),
    [1, 0, 1, 0, 0x80, 0, 0],
    [0, 0, 0, 255, 255, 255],
    ...blocks,
    GIF_IMAGE,
    [0x3b],
  );
}

export const GIF_IMAGE = [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0];

/** Data cut into sub-blocks of at most 255 bytes, with the empty terminator. */
export function subBlocks(data: Bytes): number[] {
  const out: number[] = [];
  for (let at = 0; at < data.length; at += 255) {
    const part = Array.from(data.slice(at, at + 255));
    out.push(part.length, ...part);
  }
  out.push(0);
  return out;
}

/** An application extension: the 11-byte identifier sub-block, then the data as sub-blocks. */
export function gifApplication(identifier: string, data: Bytes): number[] {
  return [0x21, 0xff, 11, ...asciiBytes(identifier), ...subBlocks(data)];
}

/** XMP as GIF carries it: the raw packet, then the 258-byte "magic trailer" that sub-block readers skip. */
export function gifXmp(packet: string): number[] {
  const trailer = [1, ...Array.from({ length: 256 }, (_, k) => 255 - k), 0];
  return [0x21, 0xff, 11, ...asciiBytes('XMP DataXMP'), ...utf8(packet), ...trailer];
}

// RIFF (WebP)

export function riffChunk(type: string, data: Bytes): Uint8Array {
  return concatBytes(asciiBytes(type), u32le(data.length), data, data.length % 2 ? [0] : []);
}

export function webp(...chunks: Uint8Array[]): Uint8Array {
  const body = concatBytes(asciiBytes('WEBP'), ...chunks);
  return concatBytes(asciiBytes('RIFF'), u32le(body.length), body);
}

// XMP and IPTC

export function xmpPacket(description: string): string {
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    description +
    '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  );
}

/** An APP1 XMP segment. */
export function xmpSegment(packet: string): Uint8Array {
  const payload = concatBytes(asciiBytes('http://ns.adobe.com/xap/1.0/'), [0], utf8(packet));
  return concatBytes([0xff, 0xe1], u16be(payload.length + 2), payload);
}

/** One IPTC-IIM dataset of record 2. */
export function iim(dataset: number, value: string): number[] {
  const bytes = Array.from(utf8(value));
  return [0x1c, 2, dataset, ...u16be(bytes.length), ...bytes];
}

/** An APP13 segment: "Photoshop 3.0", one 8BIM resource 0x0404 holding the IIM datasets. */
export function iptcSegment(datasets: number[][]): Uint8Array {
  const data = datasets.flat();
  const resource = [
    ...asciiBytes('8BIM'),
    0x04,
    0x04,
    0,
    0,
    ...u32be(data.length),
    ...data,
    ...(data.length % 2 ? [0] : []),
  ];
  const payload = concatBytes(asciiBytes('Photoshop 3.0'), [0], resource);
  return concatBytes([0xff, 0xed], u16be(payload.length + 2), payload);
}

/** The bytes as Latin-1 text, one character a byte, for searching. */
export function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}
