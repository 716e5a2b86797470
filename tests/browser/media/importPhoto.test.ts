// Photo import in real Chromium: real encoding and decoding, EXIF orientation checked on the pixels.
import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../../src/media/hashBytes';
import {
  importPhoto,
  importPhotos,
  type ImportPhotoResult,
  type PhotoFile,
} from '../../../src/media/importPhoto';
import type { PhotoProblem } from '../../../src/media/photoProblem';
import { photoProblemWords } from '../../../src/words/photoWords';
import { asciiBytes, concatBytes, exifSegment, insertAfterSoi } from '../../unit/media/jpegBytes';

type Paint = (context: OffscreenCanvasRenderingContext2D, width: number, height: number) => void;

/** Red top half, blue bottom half: which way is up can be read back from the pixels. */
const redOverBlue: Paint = (context, width, height) => {
  context.fillStyle = '#f00';
  context.fillRect(0, 0, width, height / 2);
  context.fillStyle = '#00f';
  context.fillRect(0, height / 2, width, height / 2);
};

async function encodeImage(width: number, height: number, type: string, paint: Paint = redOverBlue) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  paint(context, width, height);
  const blob = await canvas.convertToBlob({ type, quality: 0.95 });
  expect(blob.type).toBe(type); // the test is only meaningful if Chromium encoded what we asked for
  return new Uint8Array(await blob.arrayBuffer());
}

function photoFile(bytes: Uint8Array | string, name: string): PhotoFile {
  return new File([typeof bytes === 'string' ? bytes : bytes.slice()], name);
}

function expectOk(result: ImportPhotoResult): Extract<ImportPhotoResult, { ok: true }> {
  if (!result.ok) throw new Error(`import refused: ${photoProblemWords(result.error)}`);
  return result;
}

async function sizeOf(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** The RGBA of one pixel of an encoded image, decoded without applying any orientation again. */
async function pixelAt(blob: Blob, x: number, y: number): Promise<number[]> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'none' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return Array.from(context.getImageData(x, y, 1, 1).data);
}

function expectColour(rgba: number[], expected: [number, number, number]) {
  rgba.slice(0, 3).forEach((channel, i) => expect(Math.abs(channel - (expected[i] ?? 0))).toBeLessThan(40));
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('hashBytes', () => {
  it('is the SHA-256 of the bytes as 64 hex characters', async () => {
    const abc = new TextEncoder().encode('abc');
    expect(await hashBytes(abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await hashBytes(abc.buffer)).toBe(await hashBytes(abc));
    // A view into a larger buffer hashes only its own bytes.
    expect(await hashBytes(new TextEncoder().encode('xabcx').subarray(1, 4))).toBe(await hashBytes(abc));
  });
});

describe('importPhoto', () => {
  it('imports a large JPEG: upright size, exact original, display and thumbnail scaled down', async () => {
    const bytes = await encodeImage(3000, 1000, 'image/jpeg');
    const result = expectOk(await importPhoto(photoFile(bytes, 'Ana and Rui.jpg')));

    expect(result.photo).toMatchObject({
      fileName: 'Ana and Rui.jpg',
      alt: 'Ana and Rui',
      mimeType: 'image/jpeg',
      width: 3000,
      height: 1000,
      bytes: bytes.length,
    });
    expect(result.photo.takenAt).toBeUndefined();
    expect(result.photo.id).toBe(await sha256Hex(bytes));
    expect(result.original.type).toBe('image/jpeg');
    expect(new Uint8Array(await result.original.arrayBuffer())).toEqual(bytes);
    expect(result.display.type).toBe('image/jpeg');
    expect(result.thumbnail.type).toBe('image/jpeg');
    expect(await sizeOf(result.display)).toEqual({ width: 2560, height: 853 });
    expect(await sizeOf(result.thumbnail)).toEqual({ width: 320, height: 107 });
    expectColour(await pixelAt(result.thumbnail, 160, 10), [255, 0, 0]);
    expectColour(await pixelAt(result.thumbnail, 160, 97), [0, 0, 255]);
  });

  it('imports a PNG with transparency as WebP renditions that keep it, never upscaling', async () => {
    const halfClear: Paint = (context, width, height) => {
      context.fillStyle = '#0a0';
      context.fillRect(0, 0, width / 2, height);
    };
    const bytes = await encodeImage(1000, 600, 'image/png', halfClear);
    const result = expectOk(await importPhoto(photoFile(bytes, 'trees.png')));
    expect(result.photo).toMatchObject({ mimeType: 'image/png', width: 1000, height: 600 });
    expect(result.thumbnail.type).toBe('image/webp');
    expect(result.display.type).toBe('image/webp');
    expect(await sizeOf(result.thumbnail)).toEqual({ width: 320, height: 192 });
    expect(await sizeOf(result.display)).toEqual({ width: 1000, height: 600 });
    expect((await pixelAt(result.thumbnail, 300, 96))[3]).toBeLessThan(10);
    expect((await pixelAt(result.thumbnail, 20, 96))[3]).toBeGreaterThan(245);
  });

  it('keeps a WebP smaller than the thumbnail at its own size', async () => {
    const bytes = await encodeImage(200, 100, 'image/webp');
    const result = expectOk(await importPhoto(photoFile(bytes, 'small.webp')));
    expect(result.photo).toMatchObject({ mimeType: 'image/webp', width: 200, height: 100 });
    expect(await sizeOf(result.thumbnail)).toEqual({ width: 200, height: 100 });
    expect(await sizeOf(result.display)).toEqual({ width: 200, height: 100 });
  });

  it('goes by the bytes, not the name: a PNG named .jpg is a PNG', async () => {
    const bytes = await encodeImage(64, 48, 'image/png');
    const result = expectOk(await importPhoto(photoFile(bytes, 'holiday.jpg')));
    expect(result.photo.mimeType).toBe('image/png');
    expect(result.original.type).toBe('image/png');
    expect(result.photo.alt).toBe('holiday');
  });

  it('applies EXIF orientation 6 exactly once, and reads the capture date', async () => {
    // Stored 40x20, red on top; "rotate 90° clockwise to view" makes it 20x40 with red on the right.
    const stored = await encodeImage(40, 20, 'image/jpeg');
    const exif = exifSegment({ orientation: 6, dateTimeOriginal: '2015:06:20 18:45:00' });
    const bytes = insertAfterSoi(stored, exif);
    const result = expectOk(
      await importPhoto(photoFile(bytes, 'rotated.jpg'), new Date('2026-01-01T00:00:00Z')),
    );

    expect(result.photo).toMatchObject({ width: 20, height: 40, takenAt: '2015-06-20T18:45:00' });
    for (const rendition of [result.thumbnail, result.display]) {
      expect(await sizeOf(rendition)).toEqual({ width: 20, height: 40 });
      expectColour(await pixelAt(rendition, 16, 20), [255, 0, 0]); // right: red
      expectColour(await pixelAt(rendition, 3, 20), [0, 0, 255]); // left: blue
    }
    // The original keeps its EXIF, so it is still the exact file.
    expect(new Uint8Array(await result.original.arrayBuffer())).toEqual(bytes);
  });

  it('refuses a JPEG cut in half', async () => {
    const bytes = await encodeImage(300, 200, 'image/jpeg');
    const result = await importPhoto(photoFile(bytes.slice(0, bytes.length / 2), 'half.jpg'));
    expect(result).toEqual({ ok: false, fileName: 'half.jpg', error: { kind: 'truncated' } });
  });

  it('refuses empty, text, SVG and unknown files, each with its own problem', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
    const cases: [PhotoFile, PhotoProblem][] = [
      [photoFile('', 'empty.jpg'), { kind: 'empty' }],
      [photoFile('Just some notes, not a photo.\n', 'notes.jpg'), { kind: 'text' }],
      [photoFile(svg, 'drawing.svg'), { kind: 'svg' }],
      [photoFile(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 'data.png'), { kind: 'unknown-format' }],
    ];
    for (const [file, error] of cases) {
      expect(await importPhoto(file)).toEqual({ ok: false, fileName: file.name, error });
    }
  });

  it('refuses a HEIC that holds no image, with its own problem', async () => {
    const heic = concatBytes([0, 0, 0, 24], asciiBytes('ftypheic'), [0, 0, 0, 0], asciiBytes('mif1heic'));
    expect(await importPhoto(photoFile(heic, 'IMG_0001.HEIC'))).toEqual({
      ok: false,
      fileName: 'IMG_0001.HEIC',
      error: { kind: 'heic-damaged' },
    });
  });

  it('refuses a photo that cannot be decoded', async () => {
    const png = await encodeImage(50, 50, 'image/png');
    const damaged = png.slice();
    damaged.fill(0x5a, 40); // keep the signature and IHDR, scramble the pixel data
    expect(await importPhoto(photoFile(damaged, 'damaged.png'))).toEqual({
      ok: false,
      fileName: 'damaged.png',
      error: { kind: 'damaged' },
    });
  });

  it('refuses a photo over 100 megapixels from its header, before decoding', async () => {
    // A real 20000x6000 PNG would take seconds to make; a header saying so is enough, and a decode attempt
    // would fail as a damaged file instead, which proves the size was checked first.
    const png = await encodeImage(10, 10, 'image/png');
    const header = png.slice();
    new DataView(header.buffer).setUint32(16, 20000);
    new DataView(header.buffer).setUint32(20, 6000);
    const result = await importPhoto(photoFile(header, 'huge.png'));
    expect(result).toEqual({
      ok: false,
      fileName: 'huge.png',
      error: { kind: 'too-many-pixels', width: 20000, height: 6000, limit: 100 },
    });
    if (!result.ok) {
      expect(photoProblemWords(result.error)).toBe(
        'the photo is too large (120 megapixels; the limit is 100)',
      );
    }
  });

  it('normalizes the file name to NFC', async () => {
    const bytes = await encodeImage(10, 10, 'image/jpeg');
    const decomposed = 'Sa\u0303o Paulo.jpg';
    const result = expectOk(await importPhoto(photoFile(bytes, decomposed)));
    expect(result.photo.fileName).toBe('S\u00e3o Paulo.jpg');
    expect(result.photo.alt).toBe('S\u00e3o Paulo');
  });
});

describe('importPhotos', () => {
  it('reports each file in order, good and bad alike', async () => {
    const files = [
      photoFile(await encodeImage(30, 20, 'image/jpeg'), 'a.jpg'),
      photoFile('', 'b.jpg'),
      photoFile(await encodeImage(20, 30, 'image/png'), 'c.png'),
    ];
    const seen: [number, string, boolean][] = [];
    await importPhotos(files, (result, index) => {
      seen.push([index, result.ok ? result.photo.fileName : result.fileName, result.ok]);
    });
    expect(seen).toEqual([
      [0, 'a.jpg', true],
      [1, 'b.jpg', false],
      [2, 'c.png', true],
    ]);
  });

  it('stops when the signal aborts', async () => {
    const bytes = await encodeImage(30, 20, 'image/jpeg');
    const files = [photoFile(bytes, 'a.jpg'), photoFile(bytes, 'b.jpg'), photoFile(bytes, 'c.jpg')];
    const controller = new AbortController();
    const seen: number[] = [];
    await importPhotos(
      files,
      (_result, index) => {
        seen.push(index);
        controller.abort();
      },
      controller.signal,
    );
    expect(seen).toEqual([0]);

    const none: number[] = [];
    await importPhotos(
      files,
      (_result, index) => {
        none.push(index);
      },
      AbortSignal.abort(),
    );
    expect(none).toEqual([]);
  });
});
