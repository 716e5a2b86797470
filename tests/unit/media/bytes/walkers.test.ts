// The byte module's readers and walkers on small hand-made inputs: bounds, sizes 0 and 1, stray bytes, caps.
import { describe, expect, it } from 'vitest';
import { Budget } from '../../../../src/media/bytes/budget';
import { withGathered } from '../../../../src/media/bytes/gather';
import { walkGif } from '../../../../src/media/bytes/gif';
import { boxes, readItemLocations } from '../../../../src/media/bytes/isobmff';
import { walkJpeg } from '../../../../src/media/bytes/jpeg';
import { walkPng } from '../../../../src/media/bytes/png';
import { ascii, fits, indexOfAscii, u16be, u32be, u32le, u64be } from '../../../../src/media/bytes/read';
import { walkRiff } from '../../../../src/media/bytes/riff';
import { openTiff, walkTiff } from '../../../../src/media/bytes/tiff';
import {
  box,
  fullBox,
  gif,
  png,
  pngChunk,
  riffChunk,
  u16be as be16,
  u32be as be32,
  webp,
} from '../containerBytes';
import { asciiBytes, concatBytes, exifTiff, segment } from '../jpegBytes';

describe('bounded readers', () => {
  it('read 0 past the end and never build long strings', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(u16be(bytes, 2)).toBe(0x0300);
    expect(u32be(bytes, 1)).toBe(0x02030000);
    expect(u32le(bytes, 5)).toBe(0);
    expect(u64be(new Uint8Array(8).fill(0xff), 0)).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(fits(bytes, 1, 2)).toBe(true);
    expect(fits(bytes, 2, 2)).toBe(false);
    expect(fits(bytes, -1, 1)).toBe(false);
    expect(ascii(new Uint8Array(1000).fill(0x41), 0, 1000)).toBe('');
    expect(indexOfAscii(new TextEncoder().encode('ab-->c'), '-->', 0)).toBe(2);
    expect(indexOfAscii(new TextEncoder().encode('ab-->c'), '-->', 0, 4)).toBe(-1);
  });

  it('gathers ranges into one run and writes changes back, refusing overlapping ones', () => {
    const bytes = new Uint8Array([1, 2, 3, 4, 5, 6]);
    const ok = withGathered(
      bytes,
      [
        { start: 0, end: 2 },
        { start: 4, end: 6 },
      ],
      new Budget(100),
      (b, s, e) => {
        expect(Array.from(b.subarray(s, e))).toEqual([1, 2, 5, 6]);
        b.fill(9, s, e);
      },
    );
    expect(ok).toBe(true);
    expect(Array.from(bytes)).toEqual([9, 9, 3, 4, 9, 9]);
    expect(
      withGathered(
        bytes,
        [
          { start: 0, end: 3 },
          { start: 2, end: 4 },
        ],
        new Budget(100),
        () => undefined,
      ),
    ).toBe(false);
  });
});

describe('walkJpeg', () => {
  it('skips stray bytes, fill bytes and stuffed zeros between segments, as decoders do', () => {
    const jpeg = concatBytes(
      [0xff, 0xd8, 0x00, 0x13],
      [0xff, 0xff],
      segment(0xe1, [1, 2]),
      [0xff, 0x00],
      segment(0xda, [0]),
      [1, 0xff, 0, 2, 0xff, 0xd9],
    );
    const markers: number[] = [];
    const walk = walkJpeg(jpeg, 0, (s) => markers.push(s.marker), { throughScans: true });
    expect(markers).toEqual([0xe1, 0xda]);
    expect(walk).toMatchObject({ stop: 'eoi', end: jpeg.length });
  });

  it('stops at a length under 2 and at a cut segment', () => {
    expect(walkJpeg(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 1]), 0).stop).toBe('bad-length');
    expect(walkJpeg(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 9, 1]), 0).stop).toBe('cut');
  });
});

describe('boxes', () => {
  it('reads size 0 as "to the end" and size 1 as a 64-bit size, and cuts a box that runs past its parent', () => {
    const toEnd = concatBytes(be32(0), asciiBytes('mdat'), [1, 2, 3]);
    expect([...boxes(toEnd, 0, toEnd.length)]).toEqual([{ type: 'mdat', at: 0, start: 8, end: 11 }]);
    const large = concatBytes(be32(1), asciiBytes('mdat'), be32(0), be32(20), [0, 0, 0, 0], box('free', []));
    expect([...boxes(large, 0, large.length)].map((b) => [b.type, b.end])).toEqual([
      ['mdat', 20],
      ['free', 28],
    ]);
    const lying = concatBytes(be32(0xffffffff), asciiBytes('meta'), [0]);
    expect([...boxes(lying, 0, lying.length)].map((b) => b.end)).toEqual([9]);
    expect([...boxes(concatBytes(be32(4), asciiBytes('meta')), 0, 8)]).toEqual([]);
  });

  it('reads an iloc with zero-byte extents as one extent each, and refuses field sizes the format forbids', () => {
    const zeros = fullBox('iloc', 0, [0, 0], be16(2), [0, 1, 0, 0, 0xff, 0xff, 0, 2, 0, 0, 0xff, 0xff]);
    const [only] = [...boxes(zeros, 0, zeros.length)];
    expect(only && readItemLocations(zeros, only)?.map((l) => l.extents.length)).toEqual([1, 1]);
    const odd = fullBox('iloc', 0, [0x33, 0], be16(1), [0, 1, 0, 0, 0, 1]);
    const [oddBox] = [...boxes(odd, 0, odd.length)];
    expect(oddBox && readItemLocations(odd, oddBox)).toBeUndefined();
  });
});

describe('walkTiff', () => {
  it('visits IFD0, the EXIF and GPS IFDs once each, and stops when its budget runs out', () => {
    const tiff = new Uint8Array(
      exifTiff({
        orientation: 1,
        dateTimeOriginal: '2020:01:01 00:00:00',
        gps: { latitude: 1, longitude: 2 },
      }),
    );
    const structure = openTiff(tiff, 0, tiff.length);
    if (!structure) throw new Error('not TIFF');
    const kinds: string[] = [];
    expect(walkTiff(structure, { onIfd: (ifd) => kinds.push(ifd.kind) }, new Budget(10_000))).toBe(true);
    expect(kinds).toEqual(['ifd0', 'exif', 'gps']);
    expect(walkTiff(structure, {}, new Budget(20))).toBe(false);
  });
});

describe('walkPng, walkGif, walkRiff', () => {
  it('end at IEND, the trailer and the RIFF size, and tell a cut file from a bad one', () => {
    const file = png(pngChunk('tEXt', asciiBytes('a\0b')));
    expect(walkPng(file)).toMatchObject({ stop: 'iend' });
    expect(walkPng(file.subarray(0, file.length - 3)).stop).toBe('cut');
    const bad = file.slice();
    bad.set(asciiBytes('t?Xt'), 33 + 4);
    expect(walkPng(bad).stop).toBe('bad');
    const g = gif();
    expect(walkGif(g)).toMatchObject({ stop: 'trailer', end: g.length });
    expect(walkGif(g.subarray(0, g.length - 3)).stop).toBe('cut');
    const w = webp(riffChunk('VP8L', [0x2f, 0, 0, 0, 0]), riffChunk('EXIF', [1, 2, 3]));
    const walk = walkRiff(concatBytes(w, [9, 9, 9]));
    expect(walk.chunks.map((c) => c.type)).toEqual(['VP8L', 'EXIF']);
    expect(walk.end).toBe(w.length);
  });
});
