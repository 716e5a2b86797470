// A tiny valid deck with two photos for the bundle tests; photo ids are computed from the bytes with node:crypto.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { CURRENT_SCHEMA_VERSION } from '../../../src/model/deck';
import type { Deck, MimeType, PhotoMeta } from '../../../src/model/deck';
import type { DeckId, ItemId, PhotoId, SlideId } from '../../../src/model/ids';

export type TestPhoto = { meta: PhotoMeta; bytes: Uint8Array<ArrayBuffer> };

export function sha256(bytes: Uint8Array): PhotoId {
  return createHash('sha256').update(bytes).digest('hex') as PhotoId;
}

/** The size every test photo's header declares (and its deck entry says). */
export const TEST_PHOTO_SIZE = { width: 640, height: 480 } as const;

/**
 * Bytes that start like the given image format, with a header declaring `size` (a JPEG SOF segment, a PNG
 * IHDR chunk, as opening a bundle reads them), followed by varied filler (enough to tell a STORE from a
 * DEFLATE).
 */
export function imageBytes(
  mimeType: 'image/jpeg' | 'image/png',
  seed: number,
  length = 4096,
  size: { width: number; height: number } = TEST_PHOTO_SIZE,
): Uint8Array<ArrayBuffer> {
  const { width, height } = size;
  const be16 = (n: number) => [(n >>> 8) & 0xff, n & 0xff];
  const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
  const header =
    mimeType === 'image/jpeg'
      ? // SOI, a baseline SOF0 of three components, then the start of a scan.
        [
          0xff,
          0xd8,
          0xff,
          0xc0,
          0x00,
          0x11,
          8,
          ...be16(height),
          ...be16(width),
          3,
          1,
          0x11,
          0,
          2,
          0x11,
          1,
          3,
          0x11,
          1,
        ].concat([0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0])
      : [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52].concat([
          ...be32(width),
          ...be32(height),
          8,
          2,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
        ]);
  // The filler is the image data: a JPEG's scan (no 0xFF, which would read as a marker) closed by EOI, or a
  // PNG's IDAT chunk followed by IEND, so the file's structure is whole and its metadata nothing to clean.
  const tail = mimeType === 'image/jpeg' ? 2 : 12 + 12;
  const fill = Math.max(0, length - header.length - tail);
  const filler = new Uint8Array(fill);
  let state = seed;
  for (let i = 0; i < fill; i++) {
    // A small LCG: repeatable, and incompressible enough that DEFLATE would change the bytes.
    state = (state * 1103515245 + 12345) >>> 0;
    filler[i] = Math.min(0xfe, state >>> 24);
  }
  const chunk = (type: string, data: Uint8Array) => {
    const body = Uint8Array.from([...type].map((c) => c.charCodeAt(0)).concat(Array.from(data)));
    return [...be32(data.length), ...body, ...be32(crc32(body))];
  };
  const ihdrCrc = mimeType === 'image/png' ? be32(crc32(Uint8Array.from(header.slice(12, 29)))) : [];
  const bytes =
    mimeType === 'image/jpeg'
      ? Uint8Array.from([...header, ...filler, 0xff, 0xd9])
      : Uint8Array.from([
          ...header.slice(0, 29),
          ...ihdrCrc,
          ...chunk('IDAT', filler),
          ...chunk('IEND', new Uint8Array()),
        ]);
  return bytes;
}

export function testPhoto(fileName: string, mimeType: MimeType, bytes: Uint8Array<ArrayBuffer>): TestPhoto {
  const meta: PhotoMeta = {
    id: sha256(bytes),
    fileName,
    mimeType,
    width: TEST_PHOTO_SIZE.width,
    height: TEST_PHOTO_SIZE.height,
    bytes: bytes.length,
  };
  return { meta, bytes };
}

export function testDeck(
  photos: readonly TestPhoto[],
  text: { title?: string; question?: string } = {},
): Deck {
  const items = photos.map((photo, i) => ({
    kind: 'photo' as const,
    id: `item-${i}` as ItemId,
    photoId: photo.meta.id,
    x: i * 100,
    y: 0,
    width: 100,
    height: 100,
    rotation: 0,
    crop: { x: 0.5, y: 0.5, scale: 1 },
    cornerRadius: 0,
    borderWidth: 0,
    borderColor: '#ffffff',
  }));
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'deck-1' as DeckId,
    title: text.title ?? 'Ten years of Ana & Rui',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    size: { width: 1920, height: 1080 },
    theme: { background: '#000000', textColor: '#ffffff', accentColor: '#f5b700', fontFamily: 'sans-serif' },
    photos: Object.fromEntries(photos.map((photo) => [photo.meta.id, photo.meta])),
    slides: [
      {
        id: 'slide-1' as SlideId,
        notes: 'Wait for the guesses.',
        layout: null,
        items,
        reveal: {
          question: text.question ?? 'What do these photos have in common?',
          order: items.map((item) => item.id),
          style: 'appear',
          answer: { title: '10 years of Ana and Rui!' },
          showCounter: true,
          confetti: true,
          continues: false,
          stepSeconds: 0.6,
        },
        transition: 'none',
      },
    ],
  };
}

export function twoPhotos(): TestPhoto[] {
  return [
    testPhoto('IMG_0001.jpg', 'image/jpeg', imageBytes('image/jpeg', 1)),
    testPhoto('Screenshot.png', 'image/png', imageBytes('image/png', 2)),
  ];
}

/** The readPhoto an export gets: serves the test photos' bytes by id. */
export function photoReader(photos: readonly TestPhoto[]): (photo: PhotoMeta) => Promise<Blob> {
  return async (photo) => {
    const found = photos.find((p) => p.meta.id === photo.id);
    if (!found) throw new Error(`no bytes for ${photo.fileName}`);
    return new Blob([found.bytes], { type: photo.mimeType });
  };
}
