// sniffImageType: every accepted format and every refusal, from hand-made bytes.
import { describe, expect, it } from 'vitest';
import type { PhotoProblem } from '../../../src/media/photoProblem';
import { sniffImageType } from '../../../src/media/sniffImageType';
import { asciiBytes, concatBytes } from './jpegBytes';

const bytes = (...parts: (Uint8Array | readonly number[])[]) => concatBytes(...parts);
const text = (s: string) => new TextEncoder().encode(s);

/** An ISO-BMFF file start: an ftyp box with a major brand, minor version 0 and compatible brands. */
function ftyp(major: string, compatible: string[] = []): Uint8Array {
  const size = 16 + compatible.length * 4;
  return bytes(
    [0, 0, 0, size],
    asciiBytes('ftyp'),
    asciiBytes(major),
    [0, 0, 0, 0],
    ...compatible.map(asciiBytes),
    [0, 0, 0, 8],
    asciiBytes('meta'),
  );
}

function image(mimeType: string) {
  return { ok: true, mimeType };
}
function refused(kind: PhotoProblem['kind']) {
  return { ok: false, error: { kind } };
}

describe('sniffImageType', () => {
  it('recognises JPEG by FF D8 FF', () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toEqual(image('image/jpeg'));
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe1, 0, 16]))).toEqual(image('image/jpeg'));
  });

  it('recognises PNG by its 8-byte signature', () => {
    expect(sniffImageType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual(
      image('image/png'),
    );
    // A damaged signature (line ending translated) is not PNG.
    expect(sniffImageType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual(
      refused('unknown-format'),
    );
  });

  it('recognises GIF87a and GIF89a', () => {
    expect(sniffImageType(bytes(asciiBytes('GIF87a'), [1, 0, 1, 0]))).toEqual(image('image/gif'));
    expect(sniffImageType(bytes(asciiBytes('GIF89a'), [1, 0, 1, 0]))).toEqual(image('image/gif'));
  });

  it('recognises WebP as RIFF....WEBP, and not other RIFF files', () => {
    expect(sniffImageType(bytes(asciiBytes('RIFF'), [0x24, 0, 0, 0], asciiBytes('WEBPVP8 ')))).toEqual(
      image('image/webp'),
    );
    expect(sniffImageType(bytes(asciiBytes('RIFF'), [0x24, 0, 0, 0], asciiBytes('WAVEfmt ')))).toEqual(
      refused('unknown-format'),
    );
  });

  it('recognises AVIF by its major or a compatible brand, even beside mif1', () => {
    expect(sniffImageType(ftyp('avif', ['mif1', 'miaf']))).toEqual(image('image/avif'));
    expect(sniffImageType(ftyp('avis', ['msf1']))).toEqual(image('image/avif'));
    expect(sniffImageType(ftyp('mif1', ['miaf', 'avif']))).toEqual(image('image/avif'));
  });

  it('recognises HEIC/HEIF by its major or a compatible brand', () => {
    for (const brand of ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1']) {
      expect(sniffImageType(ftyp(brand))).toEqual(image('image/heic'));
    }
    // An iPhone photo: heic major, mif1 among the compatible brands.
    expect(sniffImageType(ftyp('heic', ['mif1', 'MiHE', 'miaf', 'MiHB', 'heic']))).toEqual(
      image('image/heic'),
    );
    expect(sniffImageType(ftyp('MiHE', ['heic']))).toEqual(image('image/heic'));
  });

  it('refuses other ISO-BMFF files such as MP4 video', () => {
    expect(sniffImageType(ftyp('isom', ['iso2', 'mp41']))).toEqual(refused('unknown-format'));
    expect(sniffImageType(ftyp('qt  '))).toEqual(refused('unknown-format'));
  });

  it('does not read brands past the ftyp box', () => {
    // The box says 16 bytes (no compatible brands); "heic" after it belongs to another box.
    const file = bytes(
      [0, 0, 0, 16],
      asciiBytes('ftyp'),
      asciiBytes('isom'),
      [0, 0, 0, 0],
      asciiBytes('heic'),
    );
    expect(sniffImageType(file)).toEqual(refused('unknown-format'));
  });

  it('refuses an empty file', () => {
    expect(sniffImageType(new Uint8Array(0))).toEqual(refused('empty'));
  });

  it('refuses SVG drawings, however the text starts', () => {
    const svgs = [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
      '\uFEFF  \n<SVG></SVG>',
      '<!-- made by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg/>',
    ];
    for (const svg of svgs) expect(sniffImageType(text(svg))).toEqual(refused('svg'));
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<svg/>', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(sniffImageType(utf16)).toEqual(refused('svg'));
  });

  it('refuses other text files', () => {
    expect(sniffImageType(text('This is not a photo.\r\nJust some notes.\n'))).toEqual(refused('text'));
    expect(sniffImageType(text('São Paulo 東京タワー'))).toEqual(refused('text'));
    expect(sniffImageType(text('<html><body>hi</body></html>'))).toEqual(refused('text'));
    // A multi-byte character cut by the 4096-byte sample is still text.
    expect(sniffImageType(text('a'.repeat(4095) + 'é and more'))).toEqual(refused('text'));
  });

  it('refuses unknown binary files', () => {
    expect(sniffImageType(bytes([0, 1, 2, 3, 4, 5, 6, 7]))).toEqual(refused('unknown-format'));
    expect(sniffImageType(bytes(asciiBytes('%PDF-1.4\n%'), [0xe2, 0xe3, 0xcf, 0xd3]))).toEqual(
      refused('unknown-format'),
    );
    // Only the first two bytes of a JPEG.
    expect(sniffImageType(bytes([0xff, 0xd8]))).toEqual(refused('unknown-format'));
    expect(sniffImageType(bytes(asciiBytes('PK'), [3, 4, 20, 0]))).toEqual(refused('unknown-format'));
  });
});
