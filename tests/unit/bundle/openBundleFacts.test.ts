// What a received bundle's deck.json says about a photo is not trusted: size, type and byte count come from the
// photo's bytes, a header claiming a parser-bomb size is refused, and a location a foreign app left in a photo
// is removed before the editor stores it (the photo then has the id of its cleaned bytes, and the deck follows).
import { describe, expect, it } from 'vitest';
import { mediaPath } from '../../../src/bundle/bundleLayout';
import { openBundle } from '../../../src/bundle/openBundle';
import { MAX_MEGAPIXELS } from '../../../src/media/photoProblem';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import { imageBytes, sha256, TEST_PHOTO_SIZE, testDeck, testPhoto, type TestPhoto } from './bundleTestDeck';
import { deflated, handMadeZip, stored } from './handMadeZip';
import { expectRefused } from './refusal';

const encode = (text: string) => new TextEncoder().encode(text);

function zipOf(deck: Deck, photos: readonly { meta: PhotoMeta; bytes: Uint8Array }[]) {
  return new Blob([
    handMadeZip([
      deflated('deck.json', encode(JSON.stringify(deck))),
      ...photos.map((photo) => stored(mediaPath(photo.meta), photo.bytes)),
    ]),
  ]);
}

/** The deck with the photo's entry replaced by `lie` (same id, so the bytes still match it). */
function lyingAbout(photo: TestPhoto, lie: Partial<PhotoMeta>): { deck: Deck; meta: PhotoMeta } {
  const meta = { ...photo.meta, ...lie };
  const deck = testDeck([photo]);
  return { deck: { ...deck, photos: { [meta.id]: meta } }, meta };
}

const LATITUDE = [38, 43, 1234];

/** A JPEG whose EXIF holds a GPS latitude (38° 43′ 12.34″ N), before its frame header. */
function jpegWithGps(): Uint8Array<ArrayBuffer> {
  const be16 = (n: number) => [(n >>> 8) & 0xff, n & 0xff];
  const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
  const entry = (tag: number, type: number, count: number, value: number[]) => [
    ...be16(tag),
    ...be16(type),
    ...be32(count),
    ...value,
  ];
  // TIFF header 8, IFD0 of one entry 18: the GPS IFD at 26, two entries (30), its rationals at 56.
  const tiff = [
    ...[0x4d, 0x4d, 0, 42, ...be32(8)],
    ...be16(1),
    ...entry(0x8825, 4, 1, be32(26)),
    ...be32(0),
    ...be16(2),
    ...entry(1, 2, 2, [0x4e, 0, 0, 0]),
    ...entry(2, 5, 3, be32(56)),
    ...be32(0),
    ...LATITUDE.flatMap((value, i) => [...be32(value), ...be32(i === 2 ? 100 : 1)]),
  ];
  const exif = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const app1 = [0xff, 0xe1, ...be16(exif.length + 2), ...exif];
  const jpeg = imageBytes('image/jpeg', 9);
  return Uint8Array.from([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

const holdsLatitude = (bytes: Uint8Array) => {
  const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
  const needle = LATITUDE.flatMap((value, i) => [...be32(value), ...be32(i === 2 ? 100 : 1)]);
  const hay = Array.from(bytes);
  return hay.some((_, at) => needle.every((byte, k) => hay[at + k] === byte));
};

describe('openBundle takes a photo for what its bytes are', () => {
  const jpeg = testPhoto('IMG_0001.jpg', 'image/jpeg', imageBytes('image/jpeg', 1));

  it('uses the size, type and byte count the bytes give, whatever deck.json claims', async () => {
    const { deck, meta } = lyingAbout(jpeg, { width: 1, height: 2 ** 52, bytes: 1, mimeType: 'image/png' });
    const result = await openBundle(zipOf(deck, [{ meta, bytes: jpeg.bytes }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.deck.photos[jpeg.meta.id]).toEqual({
      ...meta,
      mimeType: 'image/jpeg',
      ...TEST_PHOTO_SIZE,
      bytes: jpeg.bytes.length,
    });
    expect(result.media.get(jpeg.meta.id)?.type).toBe('image/jpeg');
  });

  it('refuses a photo whose header claims 100,000 × 100,000 pixels before anything decodes it', async () => {
    const bomb = testPhoto(
      'bomb.png',
      'image/png',
      imageBytes('image/png', 2, 4096, { width: 100_000, height: 100_000 }),
    );
    const result = await openBundle(zipOf(testDeck([bomb]), [bomb]));
    expectRefused(
      result,
      {
        kind: 'photo',
        fileName: 'bomb.png',
        problem: { kind: 'too-many-pixels', width: 100_000, height: 100_000, limit: MAX_MEGAPIXELS },
      },
      'the photo "bomb.png" in this bundle is too large (10,000 megapixels; the limit is 100)',
    );
  });

  it('removes the GPS a foreign photo carries; the photo takes the id of its cleaned bytes, the deck follows', async () => {
    const bytes = jpegWithGps();
    expect(holdsLatitude(bytes)).toBe(true);
    const foreign = testPhoto('harbour.jpg', 'image/jpeg', bytes);
    const deck = testDeck([foreign]);
    deck.slides[0]!.reveal!.answer.photoIds = [foreign.meta.id];
    const result = await openBundle(zipOf(deck, [foreign]));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const [id] = Object.keys(result.deck.photos);
    const kept = new Uint8Array(await result.media.get(id as never)!.arrayBuffer());
    expect(holdsLatitude(kept)).toBe(false);
    expect(id).toBe(sha256(kept));
    expect(id).not.toBe(foreign.meta.id);
    expect(result.deck.slides[0]!.items[0]).toMatchObject({ photoId: id });
    expect(result.deck.slides[0]!.reveal!.answer.photoIds).toEqual([id]);
    expect(result.deck.photos[id as never]).toMatchObject({ id, bytes: kept.length });
  });

  it('gives a photo without a location back byte for byte, under its own id', async () => {
    const result = await openBundle(zipOf(testDeck([jpeg]), [jpeg]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.deck.photos)).toEqual([jpeg.meta.id]);
    expect(new Uint8Array(await result.media.get(jpeg.meta.id)!.arrayBuffer())).toEqual(jpeg.bytes);
  });
});
