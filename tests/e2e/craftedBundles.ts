// Bundles made here, in Node, as another app or a hostile sender could make them: a good one around a real
// photo, and the same with one hostile change (a flipped byte, a local header naming another file, 200,000
// slides, lying photo facts, a parser bomb for a photo).
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Photo = { meta: Record<string, unknown>; bytes: Uint8Array; extension: string };

export const BUNDLE_TITLE = 'From far away';

export function photoOf(bytes: Uint8Array, mimeType: string, width: number, height: number): Photo {
  const extension = mimeType === 'image/png' ? 'png' : 'jpg';
  return {
    meta: {
      id: sha256(bytes),
      fileName: `photo-1.${extension}`,
      mimeType,
      width,
      height,
      bytes: bytes.length,
    },
    bytes,
    extension,
  };
}

export function realPhoto(jpegPath: string, width: number, height: number): Photo {
  return photoOf(readFileSync(jpegPath), 'image/jpeg', width, height);
}

function slide(id: string, photoIds: readonly string[]) {
  return {
    id,
    notes: '',
    layout: null,
    items: photoIds.map((photoId, i) => ({
      kind: 'photo',
      id: `${id}-item-${i}`,
      photoId,
      x: 100,
      y: 100,
      width: 800,
      height: 600,
      rotation: 0,
      crop: { x: 0.5, y: 0.5, scale: 1 },
      cornerRadius: 0,
      borderWidth: 0,
      borderColor: '#ffffff',
    })),
    reveal: null,
    transition: 'none',
  };
}

/** A deck document of the current schema naming `photos` on its first slide, with `slideCount` slides. */
export function deckOf(photos: readonly Photo[], slideCount = 1, id = 'far-away-deck') {
  const first = slide(
    'slide-0',
    photos.map((photo) => String(photo.meta.id)),
  );
  const rest = Array.from({ length: slideCount - 1 }, (_, i) => slide(`slide-${i + 1}`, []));
  return {
    schemaVersion: 5,
    id,
    title: BUNDLE_TITLE,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    size: { width: 1920, height: 1080 },
    theme: { background: '#101418', textColor: '#ffffff', accentColor: '#f5b700', fontFamily: 'sans-serif' },
    photos: Object.fromEntries(photos.map((photo) => [photo.meta.id, photo.meta])),
    slides: [first, ...rest],
  };
}

/** The zip's bytes: deck.json and the photos stored uncompressed, so a test can find and change any byte. */
export async function bundleOf(deck: object, photos: readonly Photo[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('deck.json', JSON.stringify(deck));
  for (const photo of photos) zip.file(`media/${String(photo.meta.id)}.${photo.extension}`, photo.bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** The bundle with one byte of its deck's title changed after the zip was written (its CRC-32 kept). */
export function withFlippedTitleByte(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  const at = copy.indexOf(Buffer.from(`"title":"${BUNDLE_TITLE}"`));
  if (at < 0) throw new Error('title not found');
  const letter = at + '"title":"'.length;
  copy[letter] = (copy[letter] ?? 0) ^ 0x20; // "F" becomes "f": still valid JSON, another title
  return copy;
}

/** The bundle with deck.json's local header naming another file than its central directory entry does. */
export function withLocalNameChanged(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  // The first "deck.json" is in the local header (the central directory comes at the end).
  const at = copy.indexOf(Buffer.from('deck.json'));
  copy.write('deck.jsom', at, 'latin1');
  return copy;
}

/** A PNG whose header declares 100,000 × 100,000 pixels (40 GB decoded), the rest filler. */
export function parserBombPng(): Uint8Array {
  const bytes = Buffer.alloc(4096, 0x55);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes, 0);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(100_000, 16);
  bytes.writeUInt32BE(100_000, 20);
  bytes.set([8, 2, 0, 0, 0], 24);
  return bytes;
}
