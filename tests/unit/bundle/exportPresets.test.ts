// The export presets: which photos each one resizes (and to what size), and the bundle size estimate.
import { describe, expect, it } from 'vitest';
import {
  EXPORT_PRESETS,
  estimateBundleSize,
  estimatePhotoBytes,
  formatEstimate,
  planPhoto,
} from '../../../src/bundle/exportPresets';
import type { PhotoMeta } from '../../../src/model/deck';
import type { PhotoId } from '../../../src/model/ids';
import { testDeck, testPhoto, imageBytes } from './bundleTestDeck';

function photo(
  width: number,
  height: number,
  bytes: number,
  mimeType: PhotoMeta['mimeType'] = 'image/jpeg',
): PhotoMeta {
  return { id: 'a'.repeat(64) as PhotoId, fileName: 'p.jpg', mimeType, width, height, bytes };
}

describe('EXPORT_PRESETS', () => {
  it('are the three presets the dialog offers, with their long edges', () => {
    expect(EXPORT_PRESETS.map(({ id, label, longEdge }) => [id, label, longEdge])).toEqual([
      ['original', 'Original photos', null],
      ['high', 'High (long edge 2560 px)', 2560],
      ['email', 'Email (long edge 1600 px)', 1600],
    ]);
  });

  it('write resized photos at a quality of their own: Email lighter than High, never below 0.7', () => {
    const quality = Object.fromEntries(EXPORT_PRESETS.map(({ id, jpegQuality }) => [id, jpegQuality]));
    expect(quality).toEqual({ original: 0.9, high: 0.9, email: 0.7 });
  });
});

describe('planPhoto', () => {
  it('keeps every showable photo untouched under Original, whatever its size', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'] as const) {
      expect(planPhoto({ width: 8000, height: 6000, mimeType: type }, 'original')).toEqual({ kind: 'keep' });
    }
  });

  it('turns HEIC into a JPEG at full size under Original, and at the long edge under the others', () => {
    expect(planPhoto({ width: 4032, height: 3024, mimeType: 'image/heic' }, 'original')).toEqual({
      kind: 'jpeg',
      width: 4032,
      height: 3024,
    });
    expect(planPhoto({ width: 4032, height: 3024, mimeType: 'image/heic' }, 'email')).toEqual({
      kind: 'jpeg',
      width: 1600,
      height: 1200,
    });
    expect(planPhoto({ width: 800, height: 600, mimeType: 'image/heic' }, 'email')).toEqual({
      kind: 'jpeg',
      width: 800,
      height: 600,
    });
  });

  it('resizes only photos whose long edge is over the preset, keeping the aspect ratio (portrait too)', () => {
    expect(planPhoto({ width: 2560, height: 1600, mimeType: 'image/jpeg' }, 'high')).toEqual({
      kind: 'keep',
    });
    expect(planPhoto({ width: 2561, height: 1600, mimeType: 'image/jpeg' }, 'high')).toEqual({
      kind: 'jpeg',
      width: 2560,
      height: 1599,
    });
    expect(planPhoto({ width: 2056, height: 3088, mimeType: 'image/png' }, 'email')).toEqual({
      kind: 'jpeg',
      width: 1065,
      height: 1600,
    });
    expect(planPhoto({ width: 1600, height: 1065, mimeType: 'image/jpeg' }, 'email')).toEqual({
      kind: 'keep',
    });
  });

  it('keeps a resized photo as it is when exported again with the same preset (the lossless round trip)', () => {
    for (const info of EXPORT_PRESETS) {
      const first = planPhoto({ width: 6600, height: 3713, mimeType: 'image/jpeg' }, info.id);
      const size = first.kind === 'jpeg' ? first : { width: 6600, height: 3713 };
      expect(planPhoto({ ...size, mimeType: 'image/jpeg' }, info.id)).toEqual({ kind: 'keep' });
    }
  });
});

describe('estimatePhotoBytes', () => {
  it("is the photo's own size when it is kept", () => {
    expect(estimatePhotoBytes(photo(4000, 3000, 3_500_000), 'original')).toBe(3_500_000);
    expect(estimatePhotoBytes(photo(1600, 1200, 700_000), 'email')).toBe(700_000);
  });

  it('shrinks with the pixels for resized photos, staying within believable bytes per pixel', () => {
    const big = photo(4000, 3000, 3_600_000);
    const high = estimatePhotoBytes(big, 'high');
    const email = estimatePhotoBytes(big, 'email');
    expect(email).toBeLessThan(high);
    expect(high).toBeLessThan(big.bytes);
    const emailPixels = 1600 * 1200;
    expect(email / emailPixels).toBeGreaterThanOrEqual(0.12);
    expect(email / emailPixels).toBeLessThanOrEqual(0.6);
    // A detailed photo (more bytes per pixel) is expected to stay larger than a smooth one.
    expect(estimatePhotoBytes(photo(4000, 3000, 1_200_000), 'email')).toBeLessThan(email);
  });

  it("lands near what Chromium's encoder writes for a grainy 12 MP phone photo (measured: 426 kB, 1.75 MB)", () => {
    // The benchmark's pictures: 4000×3000 JPEGs of 0.36–0.39 bytes per pixel. Email writes them at 1600×1200
    // and quality 0.75 in 421–430 kB, High at 2560×1920 and quality 0.9 in 1.69–1.80 MB.
    const phone = photo(4000, 3000, 4_500_000);
    expect(estimatePhotoBytes(phone, 'email')).toBeGreaterThan(360_000);
    expect(estimatePhotoBytes(phone, 'email')).toBeLessThan(470_000);
    expect(estimatePhotoBytes(phone, 'high')).toBeGreaterThan(1_450_000);
    expect(estimatePhotoBytes(phone, 'high')).toBeLessThan(1_900_000);
  });

  it('expects a smooth, lightly compressed photo to come out small, not at a fixed floor', () => {
    // bridge-beach (4352×2448, 0.086 bytes per pixel) came out at 0.051 bytes per pixel in Email.
    const smooth = estimatePhotoBytes(photo(4352, 2448, 916_000), 'email');
    expect(smooth / (1600 * 900)).toBeGreaterThan(0.04);
    expect(smooth / (1600 * 900)).toBeLessThan(0.1);
  });
});

describe('estimateBundleSize', () => {
  const photos = [
    testPhoto('a.jpg', 'image/jpeg', imageBytes('image/jpeg', 1, 50_000)),
    testPhoto('b.jpg', 'image/jpeg', imageBytes('image/jpeg', 2, 80_000)),
  ];
  const deck = testDeck(photos);

  it('is the photos, the compressed player and deck, the first-slide picture and the zip records', () => {
    const size = estimateBundleSize(deck, 'original', { playerScriptBytes: 900_000 });
    // The deck is 1920 × 1080: its first slide as a JPEG weighs about 250 kB.
    const firstSlide = 1920 * 1080 * 0.12;
    expect(size).toBeGreaterThan(130_000 + 900_000 * 0.2 + firstSlide);
    expect(size).toBeLessThan(130_000 + 900_000 * 0.4 + firstSlide + 10_000);
    expect(
      estimateBundleSize({ ...deck, slides: [] }, 'original', { playerScriptBytes: 900_000 }),
    ).toBeLessThan(size - firstSlide + 1);
  });

  it('counts the fonts the page carries: deflated in a zip, as they are in a single HTML file', () => {
    const without = estimateBundleSize(deck, 'original', { playerScriptBytes: 900_000 });
    const zip = estimateBundleSize(deck, 'original', { playerScriptBytes: 900_000, fontDataBytes: 200_000 });
    expect(zip - without).toBeGreaterThan(140_000);
    expect(zip - without).toBeLessThan(170_000);
    const html = (fontDataBytes: number) =>
      estimateBundleSize(deck, 'original', { playerScriptBytes: 900_000, fontDataBytes }, 'html');
    expect(html(200_000) - html(0)).toBe(200_000);
  });

  it('is larger as a single HTML file: base64 photos and an uncompressed player', () => {
    const zip = estimateBundleSize(deck, 'original', { playerScriptBytes: 900_000 });
    const html = estimateBundleSize(deck, 'original', { playerScriptBytes: 900_000 }, 'html');
    expect(html).toBeGreaterThan(130_000 * (4 / 3) + 900_000);
    expect(html).toBeGreaterThan(zip);
  });

  it('orders the presets Original ≥ High ≥ Email for a deck of large photos', () => {
    const large = { ...deck, photos: Object.fromEntries([['a'.repeat(64), photo(6000, 4000, 9_000_000)]]) };
    const [original, high, email] = EXPORT_PRESETS.map((p) =>
      estimateBundleSize(large, p.id, { playerScriptBytes: 900_000 }),
    );
    expect(original).toBeGreaterThan(high ?? 0);
    expect(high).toBeGreaterThan(email ?? 0);
  });
});

describe('formatEstimate', () => {
  it('says "about" with a sensible unit', () => {
    expect(formatEstimate(38_200_000)).toBe('about 38 MB');
    expect(formatEstimate(2_340_000)).toBe('about 2.3 MB');
    expect(formatEstimate(900_000)).toBe('about 900 kB');
    expect(formatEstimate(10)).toBe('about 1 kB');
  });
});
