// Bad and hostile files, huge photos and location privacy: each failure has its own problem; no GPS is kept.
import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { importPhoto } from '../../../src/media/importPhoto';
import type { PhotoProblem } from '../../../src/media/photoProblem';
import { stripLocationOrFlag } from '../../../src/media/stripLocation';
import { photoNotAddedWords, photoProblemWords } from '../../../src/words/photoWords';
import { exifSegment, insertAfterSoi, nestedGpsExif } from '../../unit/media/jpegBytes';
import { fixtureFile, haveFixtures } from '../fixtures';
import { expectImported, sizeOf, smallPixels } from './importHelpers';
import { redOverBlue as encode } from './redOverBlue';

describe.skipIf(!haveFixtures)('the bad fixtures', () => {
  const cases: [string, PhotoProblem][] = [
    ['bad/empty_zero-bytes.jpg', { kind: 'empty' }],
    ['bad/script-in-svg.svg', { kind: 'svg' }],
    ['bad/text-file-renamed.jpg', { kind: 'text' }],
    ['bad/truncated-first-half_ladybird.jpg', { kind: 'truncated' }],
  ];
  for (const [path, error] of cases) {
    it(`refuses ${path} because ${photoProblemWords(error)}`, async () => {
      const file = await fixtureFile(path);
      expect(await importPhoto(file)).toEqual({ ok: false, fileName: file.name, error });
    });
  }

  it('says why SVG is refused: it can carry script', () => {
    expect(photoNotAddedWords('script-in-svg.svg', { kind: 'svg' })).toMatch(
      /^“script-in-svg\.svg” .*script/,
    );
  });

  it('imports the unicode-named Adobe RGB photo under its NFC name', async () => {
    const file = await fixtureFile('bad/São Paulo 東京タワー.jpg');
    const result = expectImported(await importPhoto(file));
    expect(result.photo.fileName).toBe('São Paulo 東京タワー.jpg'.normalize('NFC'));
    expect(result.photo.alt).toBe('São Paulo 東京タワー'.normalize('NFC'));
    expect(result.photo).toMatchObject({ width: 640, height: 427 });
  });
});

describe('huge photos', () => {
  it('decodes a photo with a side past the canvas limit straight to display size, upright', async () => {
    // 17000×1000 (17 MP) stored, turned by EXIF orientation 6: 1000×17000 upright, red on the right.
    const stored = await encode(17000, 1000, 'image/jpeg');
    const bytes = insertAfterSoi(stored, exifSegment({ orientation: 6 }));
    const result = expectImported(await importPhoto(new File([bytes.slice()], 'strip.jpg')));
    expect(result.photo).toMatchObject({ width: 1000, height: 17000 });
    expect(await sizeOf(result.display)).toEqual({ width: 151, height: 2560 });
    expect(await sizeOf(result.thumbnail)).toEqual({ width: 19, height: 320 });
    const pixels = await smallPixels(result.display, 151, 2560);
    const rgbAt = (x: number, y: number) =>
      Array.from(pixels.subarray((y * 151 + x) * 4, (y * 151 + x) * 4 + 3));
    for (const y of [100, 1280, 2400]) {
      const [leftRed = 0, , leftBlue = 0] = rgbAt(10, y);
      const [rightRed = 0, , rightBlue = 0] = rgbAt(140, y);
      expect(leftBlue - leftRed, 'left is blue').toBeGreaterThan(150);
      expect(rightRed - rightBlue, 'right is red').toBeGreaterThan(150);
    }
  });

  it('refuses a photo over 100 megapixels before decoding it', async () => {
    const png = await encode(8, 8, 'image/png');
    const view = new DataView(png.buffer);
    view.setUint32(16, 12000);
    view.setUint32(20, 9000);
    const result = await importPhoto(new File([png], 'huge.png'));
    expect(result).toEqual({
      ok: false,
      fileName: 'huge.png',
      error: { kind: 'too-many-pixels', width: 12000, height: 9000, limit: 100 },
    });
    if (!result.ok) {
      expect(photoProblemWords(result.error)).toBe(
        'the photo is too large (108 megapixels; the limit is 100)',
      );
    }
  });
});

describe('location privacy', () => {
  it('stores a JPEG with GPS as an original without it, which still decodes and keeps its orientation', async () => {
    const stored = await encode(40, 20, 'image/jpeg');
    const exif = exifSegment({
      orientation: 6,
      dateTimeOriginal: '2019:07:14 15:30:05',
      gps: { latitude: 38.72, longitude: -9.14 },
    });
    const bytes = insertAfterSoi(stored, exif);
    expect(await exifr.gps(bytes.slice())).toBeDefined();

    const result = expectImported(
      await importPhoto(new File([bytes.slice()], 'lisbon.jpg'), new Date('2026-01-01')),
    );
    const original = new Uint8Array(await result.original.arrayBuffer());
    expect(original.length).toBe(bytes.length);
    expect(await exifr.gps(original)).toBeUndefined();
    expect(await exifr.orientation(original)).toBe(6);
    expect(result.photo).toMatchObject({ width: 20, height: 40, takenAt: '2019-07-14T15:30:05' });
    expect(await sizeOf(result.original)).toEqual({ width: 20, height: 40 }); // decodes, turned by its EXIF
    // Imported twice, the same id: the stripping is deterministic.
    const again = expectImported(await importPhoto(new File([bytes.slice()], 'lisbon.jpg')));
    expect(again.photo.id).toBe(result.photo.id);
  });

  it.skipIf(!haveFixtures)('stores the real AVIF (which has GPS) without it, still decodable', async () => {
    const file = await fixtureFile('formats/paris_icc-exif-xmp_403x302.avif');
    expect(await exifr.gps(new Uint8Array(await file.arrayBuffer()))).toBeDefined();
    const result = expectImported(await importPhoto(file));
    const original = new Uint8Array(await result.original.arrayBuffer());
    expect(await exifr.gps(original)).toBeUndefined();
    expect(await sizeOf(result.original)).toEqual({ width: 403, height: 302 });
  });

  it('re-encodes, pixels only, a photo whose metadata cannot be cleaned for sure, and keeps a clean one as it is', async () => {
    // An EXIF whose GPS IFDs nest in each other (issue 14 point 4): the strip gives up and says so.
    const hostileExif = nestedGpsExif();
    const stored = await encode(40, 20, 'image/jpeg');
    const bytes = insertAfterSoi(stored, hostileExif) as Uint8Array<ArrayBuffer>;
    expect(stripLocationOrFlag(bytes.slice()).clean).toBe(false);

    const result = expectImported(await importPhoto(new File([bytes.slice()], 'hostile.jpg')));
    const original = new Uint8Array(await result.original.arrayBuffer());
    expect(result.photo).toMatchObject({
      mimeType: 'image/jpeg',
      width: 40,
      height: 20,
      bytes: original.length,
    });
    expect(result.original.type).toBe('image/jpeg');
    // No EXIF segment at all: the browser's encoder writes none.
    expect(new TextDecoder('latin1').decode(original)).not.toContain('Exif');
    expect(await sizeOf(result.original)).toEqual({ width: 40, height: 20 });
    const pixels = await smallPixels(result.original, 4, 2);
    expect((pixels[0] ?? 0) - (pixels[2] ?? 0), 'top is red').toBeGreaterThan(150);
    expect((pixels[4 * 4 + 2] ?? 0) - (pixels[4 * 4] ?? 0), 'bottom is blue').toBeGreaterThan(150);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', original));
    expect(result.photo.id).toBe(Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''));

    // The same photo with a clean EXIF is kept byte for byte.
    const clean = insertAfterSoi(stored, exifSegment({ orientation: 1 }));
    const kept = expectImported(await importPhoto(new File([clean.slice()], 'clean.jpg')));
    expect(new Uint8Array(await kept.original.arrayBuffer())).toEqual(clean);
  });
});
