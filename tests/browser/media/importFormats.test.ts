// Every format a phone or laptop makes, from the shared real fixtures: right size, upright pixels, HEIC converted.
import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { importPhoto } from '../../../src/media/importPhoto';
import { fixtureFile, haveFixtures, noFixturesMessage } from '../fixtures';
import { expectImported, flipped, meanAbsoluteDifference, sizeOf, smallPixels } from './importHelpers';

const FORMATS: [file: string, mimeType: string, width: number, height: number][] = [
  ['formats/cold-ripple-pier_grayscale_1280x800.jpg', 'image/jpeg', 1280, 800],
  ['formats/fallen-leaf_cmyk_1280x800.jpg', 'image/jpeg', 1280, 800],
  ['formats/fresh-flower_progressive_1600x1203.jpg', 'image/jpeg', 1600, 1203],
  ['formats/hurricane-ridge-trees_alpha_512x512.png', 'image/png', 512, 512],
  ['formats/welder_16bit-rgb_1024x684.png', 'image/png', 1024, 684],
  ['formats/seeding-dandelions_lossy_1600x900.webp', 'image/webp', 1600, 900],
  ['formats/paris_icc-exif-xmp_403x302.avif', 'image/avif', 403, 302],
  ['formats/picos-de-europa-pan_animated_12frames_320x240.gif', 'image/gif', 320, 240],
  ['bad/São Paulo 東京タワー.jpg', 'image/jpeg', 640, 427],
];
const HEIC = 'formats/pug_iphone13pro_depthmap_4032x3024.heic';

describe.skipIf(!haveFixtures)('importPhoto on real files', () => {
  if (!haveFixtures) it.skip(noFixturesMessage);

  for (const [path, mimeType, width, height] of FORMATS) {
    it(`imports ${path.split('/').pop()} at ${width}×${height}`, async () => {
      const result = expectImported(await importPhoto(await fixtureFile(path)));
      expect(result.photo).toMatchObject({ mimeType, width, height });
      const long = Math.max(width, height);
      const expectedThumb =
        long <= 320
          ? { width, height }
          : { width: Math.round((width * 320) / long), height: Math.round((height * 320) / long) };
      expect(await sizeOf(result.thumbnail)).toEqual(expectedThumb);
      expect(await sizeOf(result.display)).toEqual({ width, height }); // all are under 2560 px
      expect(result.photo.focus).toBeDefined();
    });
  }

  it('draws a CMYK JPEG with its Adobe inversion right (it matches the grayscale version in brightness)', async () => {
    // Both come from photos of similar scenes; a wrongly inverted CMYK file comes out as a negative.
    const cmyk = expectImported(
      await importPhoto(await fixtureFile('formats/fallen-leaf_cmyk_1280x800.jpg')),
    );
    const pixels = await smallPixels(cmyk.thumbnail, 32, 20);
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4)
      sum += (pixels[i] ?? 0) + (pixels[i + 1] ?? 0) + (pixels[i + 2] ?? 0);
    const brightness = sum / (pixels.length / 4) / 3;
    // The leaf photo is a mid-dark autumn scene; its negative would be bright.
    expect(brightness).toBeGreaterThan(20);
    expect(brightness).toBeLessThan(160);
  });

  it('imports an animated GIF as its first frame', async () => {
    const file = await fixtureFile('formats/picos-de-europa-pan_animated_12frames_320x240.gif');
    const result = expectImported(await importPhoto(file));
    // Frames 0 and 11 as Chromium's own ImageDecoder gives them: the pan moves, so they differ.
    const decoder = new ImageDecoder({ data: await file.arrayBuffer(), type: 'image/gif' });
    const frame = async (frameIndex: number) => {
      const { image } = await decoder.decode({ frameIndex });
      const canvas = new OffscreenCanvas(32, 24);
      canvas.getContext('2d')?.drawImage(image, 0, 0, 32, 24);
      image.close();
      return canvas.getContext('2d')?.getImageData(0, 0, 32, 24).data ?? new Uint8ClampedArray();
    };
    const [first, last] = [await frame(0), await frame(11)];
    decoder.close();
    const imported = await smallPixels(result.display, 32, 24);
    expect(meanAbsoluteDifference(imported, first)).toBeLessThan(meanAbsoluteDifference(imported, last) / 2);
  });

  describe('orientation: every EXIF orientation comes out upright, checked on the pixels', () => {
    const W = 48;
    const H = 32;
    for (const [shape, numbers] of [
      ['Landscape', [2, 3, 4, 5, 6, 7, 8]],
      ['Portrait', [3, 6, 8]],
    ] as const) {
      const [w, h] = shape === 'Landscape' ? [W, H] : [H, W];
      const upright = shape === 'Landscape' ? { width: 1800, height: 1200 } : { width: 1200, height: 1800 };
      for (const n of numbers) {
        it(`${shape}_${n}.jpg looks like ${shape}_1.jpg`, async () => {
          const reference = expectImported(
            await importPhoto(await fixtureFile(`orientation/${shape}_1.jpg`)),
          );
          const result = expectImported(
            await importPhoto(await fixtureFile(`orientation/${shape}_${n}.jpg`)),
          );
          expect(result.photo).toMatchObject(upright);
          expect(await sizeOf(result.display)).toEqual(upright);
          for (const rendition of ['display', 'thumbnail'] as const) {
            const expected = await smallPixels(reference[rendition], w, h);
            const actual = await smallPixels(result[rendition], w, h);
            const same = meanAbsoluteDifference(actual, expected);
            // The check can tell: the reference turned upside down or mirrored is far from itself.
            const wrong = Math.min(
              meanAbsoluteDifference(flipped(expected, w, h, 'x'), expected),
              meanAbsoluteDifference(flipped(expected, w, h, 'y'), expected),
            );
            expect(same, `${rendition}: ${same} vs a wrong orientation's ${wrong}`).toBeLessThan(wrong / 3);
          }
        });
      }
    }
  });

  describe('HEIC', () => {
    it('converts an iPhone HEIC (grid tiles) to an upright JPEG without location, the same each time', async () => {
      const file = await fixtureFile(HEIC);
      const result = expectImported(await importPhoto(file, new Date('2026-01-01T00:00:00Z')));
      expect(result.photo).toMatchObject({
        mimeType: 'image/jpeg',
        width: 4032,
        height: 3024,
        fileName: file.name,
      });
      expect(result.photo.takenAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
      expect(result.original.type).toBe('image/jpeg');
      const original = new Uint8Array(await result.original.arrayBuffer());
      expect([original[0], original[1], original[2]]).toEqual([0xff, 0xd8, 0xff]);
      expect(result.photo.bytes).toBe(original.length);
      expect(await sizeOf(result.original)).toEqual({ width: 4032, height: 3024 });
      expect(await sizeOf(result.display)).toEqual({ width: 2560, height: 1920 });
      expect(await sizeOf(result.thumbnail)).toEqual({ width: 320, height: 240 });
      // The source HEIC has GPS; the stored JPEG has none.
      expect(await exifr.gps(new Uint8Array(await file.arrayBuffer()))).toBeDefined();
      expect(await exifr.gps(original)).toBeUndefined();
      // The id is the hash of the stored JPEG, which is what a bundle carries and checks.
      const digest = await crypto.subtle.digest('SHA-256', original);
      expect(result.photo.id).toBe(
        Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''),
      );
      // The photo is not blank: the pug is there, with some contrast.
      const pixels = await smallPixels(result.thumbnail, 16, 12);
      const greens = Array.from({ length: pixels.length / 4 }, (_, i) => pixels[i * 4 + 1] ?? 0);
      expect(Math.max(...greens) - Math.min(...greens)).toBeGreaterThan(40);

      // Added again, it is recognised as the same photo: the conversion gives the same bytes.
      const again = expectImported(await importPhoto(await fixtureFile(HEIC)));
      expect(again.photo.id).toBe(result.photo.id);
    }, 90_000); // two WASM decodes of 12 MP: ~1 s each alone, much more on a busy 2-core machine
  });
});
