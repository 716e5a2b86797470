// Exporting in Chromium: real resizing with orientation applied, HEIC to JPEG, no location left, and the
// round trip (export → open → export gives the same deck.json and media bytes) for every preset.
import exifr from 'exifr';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { mediaPath } from '../../../src/bundle/bundleLayout';
import { exportBundle, exportSingleFileHtml } from '../../../src/bundle/exportBundle';
import { exportPhoto } from '../../../src/bundle/exportPhoto';
import {
  EXPORT_PRESETS,
  estimateBundleSize,
  estimatePhotoBytes,
  type ExportPreset,
} from '../../../src/bundle/exportPresets';
import { openBundle } from '../../../src/bundle/openBundle';
import { hashBytes } from '../../../src/media/hashBytes';
import { importPhoto } from '../../../src/media/importPhoto';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import { newDeck } from '../../../src/model/newDeck';
import { commands } from '../../../src/store/commands';
import { bundleProblemWords } from '../../../src/words/bundleWords';
import { photoProblemWords } from '../../../src/words/photoWords';
import { fixtureFile, haveFixtures, noFixturesMessage } from '../fixtures';
import { redOverBlue } from '../media/redOverBlue';

const PLAYER = '(function(){})();';

/** A JPEG of `width`×`height`: top half red, bottom half blue, with an EXIF orientation tag when asked. */
const madeJpeg = (width: number, height: number, orientation?: number) =>
  redOverBlue(width, height, 'image/jpeg', orientation);

/**
 * A photo-like JPEG at quality 0.9: broad colour, mid-sized detail and fine grain, each random noise scaled
 * up smoothly, so it weighs what a detailed photo weighs (flat colour would weigh next to nothing).
 */
async function grainyJpeg(width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const noise = (w: number, h: number) => {
    const layer = new OffscreenCanvas(w, h);
    const context = layer.getContext('2d');
    if (!context) throw new Error('no 2D context');
    const image = context.createImageData(w, h);
    for (let i = 0; i < image.data.length; i += 4) {
      image.data[i] = random() * 255;
      image.data[i + 1] = random() * 255;
      image.data[i + 2] = random() * 255;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
    return layer;
  };
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.imageSmoothingQuality = 'high';
  context.drawImage(noise(16, 12), 0, 0, width, height);
  context.globalAlpha = 0.3;
  context.drawImage(noise(200, 150), 0, 0, width, height);
  context.drawImage(noise(800, 600), 0, 0, width, height);
  context.globalAlpha = 0.1;
  context.drawImage(noise(width, height), 0, 0);
  return new Uint8Array(
    await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer(),
  );
}

async function metaOf(
  bytes: Uint8Array<ArrayBuffer>,
  width: number,
  height: number,
  mimeType: PhotoMeta['mimeType'] = 'image/jpeg',
): Promise<PhotoMeta> {
  return { id: await hashBytes(bytes), fileName: 'made.jpg', mimeType, width, height, bytes: bytes.length };
}

/** The colour at a point of an encoded image, as stored (no orientation applied). */
async function colourAt(
  bytes: Uint8Array<ArrayBuffer>,
  x: number,
  y: number,
): Promise<[number, number, number]> {
  const bitmap = await createImageBitmap(new Blob([bytes]), { imageOrientation: 'none' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  context.drawImage(bitmap, 0, 0);
  const [r = 0, g = 0, b = 0] = context.getImageData(x, y, 1, 1).data;
  return [r, g, b];
}

async function storedSize(bytes: Uint8Array<ArrayBuffer>): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(new Blob([bytes]), { imageOrientation: 'none' });
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

function hasExif(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return text.includes('Exif\0\0');
}

describe('exportPhoto', () => {
  it('draws a photo over the long edge upright at that edge, as a JPEG with no EXIF', async () => {
    // Stored 1000×3000, turned a quarter clockwise by its EXIF (6): upright it is 3000×1000, blue left, red right.
    const bytes = await madeJpeg(1000, 3000, 6);
    const photo = await metaOf(bytes, 3000, 1000);
    const out = await exportPhoto(photo, new Blob([bytes]), 'email');
    expect(out.meta).toMatchObject({
      mimeType: 'image/jpeg',
      width: 1600,
      height: 533,
      bytes: out.bytes.length,
    });
    expect(out.meta.id).toBe(await hashBytes(out.bytes));
    expect(out.meta.id).not.toBe(photo.id);
    expect(await storedSize(out.bytes)).toEqual({ width: 1600, height: 533 });
    expect(hasExif(out.bytes)).toBe(false);
    const [lr, , lb] = await colourAt(out.bytes, 100, 266);
    const [rr, , rb] = await colourAt(out.bytes, 1500, 266);
    expect(lb).toBeGreaterThan(200);
    expect(lr).toBeLessThan(50);
    expect(rr).toBeGreaterThan(200);
    expect(rb).toBeLessThan(50);
  });

  it('keeps a photo within the long edge byte for byte, and its id', async () => {
    const bytes = await madeJpeg(1600, 900, 1);
    const photo = await metaOf(bytes, 1600, 900);
    for (const preset of ['original', 'high', 'email'] as const) {
      const out = await exportPhoto(photo, new Blob([bytes]), preset);
      expect(out.bytes).toEqual(bytes);
      expect(out.meta).toEqual(photo);
    }
  });

  it('writes each preset at its own quality, and the estimate follows it (a grainy photo-like picture)', async () => {
    const bytes = await grainyJpeg(3200, 2400);
    const photo = await metaOf(bytes, 3200, 2400);
    const high = await exportPhoto(photo, new Blob([bytes]), 'high');
    const email = await exportPhoto(photo, new Blob([bytes]), 'email');
    expect(high.meta).toMatchObject({ width: 2560, height: 1920 });
    expect(email.meta).toMatchObject({ width: 1600, height: 1200 });
    const perPixel = (out: { bytes: Uint8Array }, pixels: number) => out.bytes.length / pixels;
    // Quality 0.7 against 0.9 weighs about 0.55 of the bytes per pixel; the same quality would weigh ~1.05.
    expect(perPixel(email, 1600 * 1200) / perPixel(high, 2560 * 1920)).toBeLessThan(0.8);
    for (const [preset, out] of [
      ['high', high],
      ['email', email],
    ] as const) {
      const ratio = estimatePhotoBytes(photo, preset) / out.bytes.length;
      expect(ratio, preset).toBeGreaterThan(0.75);
      expect(ratio, preset).toBeLessThan(1.3);
    }
  });

  it('fills transparency with white when a PNG becomes a JPEG', async () => {
    const canvas = new OffscreenCanvas(2000, 100);
    canvas.getContext('2d')?.clearRect(0, 0, 2000, 100);
    const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    const out = await exportPhoto(await metaOf(png, 2000, 100, 'image/png'), new Blob([png]), 'email');
    expect(out.meta.mimeType).toBe('image/jpeg');
    const [r, g, b] = await colourAt(out.bytes, 800, 30);
    expect(Math.min(r, g, b)).toBeGreaterThan(240);
  });
});

describe.skipIf(!haveFixtures)('exportPhoto on real fixtures', () => {
  if (!haveFixtures) it.skip(noFixturesMessage);

  it('turns a HEIC into a full-size JPEG under Original (no metadata, so no location)', async () => {
    const file = await fixtureFile('formats/pug_iphone13pro_depthmap_4032x3024.heic');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(await exifr.gps(bytes)).toBeDefined(); // the fixture does carry a location
    const photo = await metaOf(bytes, 4032, 3024, 'image/heic');
    const out = await exportPhoto(photo, file, 'original');
    expect(out.meta).toMatchObject({ mimeType: 'image/jpeg', width: 4032, height: 3024 });
    expect(await storedSize(out.bytes)).toEqual({ width: 4032, height: 3024 });
    expect(hasExif(out.bytes)).toBe(false);
    expect(await exifr.gps(out.bytes)).toBeUndefined();
    const email = await exportPhoto(photo, file, 'email');
    expect(await storedSize(email.bytes)).toEqual({ width: 1600, height: 1200 });
  });

  it('applies EXIF orientation when resizing a real rotated photo', async () => {
    // Landscape_6.jpg is stored 1200×1800 and shows a landscape (1800×1200) once turned.
    const file = await fixtureFile('orientation/Landscape_6.jpg');
    const imported = await importPhoto(file);
    if (!imported.ok) throw new Error(photoProblemWords(imported.error));
    expect(imported.photo).toMatchObject({ width: 1800, height: 1200 });
    const out = await exportPhoto(imported.photo, imported.original, 'email');
    expect(await storedSize(out.bytes)).toEqual({ width: 1600, height: 1067 });
    // The same photo upright, drawn by the browser: the export must look the same, not turned again.
    const upright = await createImageBitmap(imported.original, { imageOrientation: 'from-image' });
    const canvas = new OffscreenCanvas(160, 107);
    canvas.getContext('2d')?.drawImage(upright, 0, 0, 160, 107);
    const expected = canvas.getContext('2d')?.getImageData(0, 0, 160, 107).data ?? new Uint8ClampedArray();
    const got = await createImageBitmap(new Blob([out.bytes]), { imageOrientation: 'none' });
    const check = new OffscreenCanvas(160, 107);
    check.getContext('2d')?.drawImage(got, 0, 0, 160, 107);
    const actual = check.getContext('2d')?.getImageData(0, 0, 160, 107).data ?? new Uint8ClampedArray();
    let diff = 0;
    for (let i = 0; i < expected.length; i++) diff += Math.abs((expected[i] ?? 0) - (actual[i] ?? 0));
    expect(diff / expected.length).toBeLessThan(8);
  });
});

/** A deck of the given imported photos, two per slide, with the first photo as a highlighted answer. */
function deckOf(photos: readonly PhotoMeta[]): Deck {
  let deck = commands.addPhotos.apply(newDeck(new Date('2026-01-01T00:00:00Z'), 'Round trip'), {
    photos: [...photos],
  });
  for (let i = 0; i < photos.length; i += 2) {
    deck = commands.addSlide.apply(deck, { photoIds: photos.slice(i, i + 2).map((photo) => photo.id) });
  }
  const first = deck.slides[0];
  const firstPhoto = photos[0];
  if (first && firstPhoto) {
    deck = {
      ...deck,
      slides: [
        {
          ...first,
          reveal: {
            question: 'Q',
            order: first.items.map((item) => item.id),
            style: 'appear',
            answer: { title: 'A', photoIds: [firstPhoto.id] },
            showCounter: true,
            confetti: false,
            continues: false,
            stepSeconds: 0.6,
          },
        },
        ...deck.slides.slice(1),
      ],
    };
  }
  return deck;
}

async function unzip(blob: Blob): Promise<{ deckJson: string; media: Map<string, Uint8Array> }> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const deckJson = (await zip.file('deck.json')?.async('string')) ?? '';
  const media = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (name.startsWith('media/')) media.set(name, await entry.async('uint8array'));
  }
  return { deckJson, media };
}

const withoutTimes = (json: string) => ({ ...(JSON.parse(json) as Deck), createdAt: '', updatedAt: '' });

async function roundTrip(deck: Deck, read: (photo: PhotoMeta) => Promise<Blob>, preset: ExportPreset) {
  const first = await exportBundle(deck, { readPhoto: read, playerScript: PLAYER, preset });
  const opened = await openBundle(first);
  if (!opened.ok) throw new Error(bundleProblemWords(opened.error));
  const readOpened = async (photo: PhotoMeta) => {
    const blob = opened.media.get(photo.id);
    if (!blob) throw new Error(`no ${photo.id}`);
    return blob;
  };
  const again = await exportBundle(opened.deck, { readPhoto: readOpened, playerScript: PLAYER, preset });
  return { first: await unzip(first), again: await unzip(again), opened, firstBlob: first };
}

function expectSameBundle(a: Awaited<ReturnType<typeof unzip>>, b: Awaited<ReturnType<typeof unzip>>) {
  expect(withoutTimes(b.deckJson)).toEqual(withoutTimes(a.deckJson));
  expect([...b.media.keys()].sort()).toEqual([...a.media.keys()].sort());
  for (const [name, bytes] of a.media) expect(b.media.get(name)).toEqual(bytes);
}

/** Every photo in the exported deck matches its file: id, byte count, type and pixel size. */
async function expectDeckDescribesMedia(
  deckJson: string,
  media: Map<string, Uint8Array>,
  preset: ExportPreset,
) {
  const deck = JSON.parse(deckJson) as Deck;
  const { longEdge } = EXPORT_PRESETS.find((p) => p.id === preset) ?? { longEdge: null };
  for (const photo of Object.values(deck.photos)) {
    const bytes = media.get(mediaPath(photo)) as Uint8Array<ArrayBuffer>;
    expect(bytes).toBeDefined();
    expect(await hashBytes(bytes)).toBe(photo.id);
    expect(bytes.length).toBe(photo.bytes);
    if (longEdge !== null) expect(Math.max(photo.width, photo.height)).toBeLessThanOrEqual(longEdge);
    expect(photo.mimeType).not.toBe('image/heic');
    expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
    const bitmap = await createImageBitmap(new Blob([bytes]), { imageOrientation: 'from-image' });
    expect({ width: bitmap.width, height: bitmap.height }).toEqual({
      width: photo.width,
      height: photo.height,
    });
    bitmap.close();
  }
  for (const slide of deck.slides) {
    for (const item of slide.items)
      if (item.kind === 'photo') expect(deck.photos[item.photoId]).toBeDefined();
    for (const id of slide.reveal?.answer.photoIds ?? []) expect(deck.photos[id]).toBeDefined();
  }
}

describe('the round trip with made photos', () => {
  for (const { id: preset } of EXPORT_PRESETS) {
    it(`export → open → export gives the same deck.json and media bytes (${preset})`, async () => {
      const files = [await madeJpeg(3000, 2000), await madeJpeg(2000, 3000, 6), await madeJpeg(800, 600)];
      const photos = [
        await metaOf(files[0]!, 3000, 2000),
        await metaOf(files[1]!, 3000, 2000),
        await metaOf(files[2]!, 800, 600),
      ];
      const blobs = new Map(photos.map((photo, i) => [photo.id, new Blob([files[i]!])]));
      const deck = deckOf(photos);
      const { first, again } = await roundTrip(deck, async (photo) => blobs.get(photo.id) as Blob, preset);
      expectSameBundle(first, again);
      await expectDeckDescribesMedia(first.deckJson, first.media, preset);
    });
  }
});

describe.skipIf(!haveFixtures)('the round trip with the real fixture photos', () => {
  if (!haveFixtures) it.skip(noFixturesMessage);
  const FILES = [
    'photos/aitzgorri-mountains_3088x2056.jpg',
    'photos/wine-room_portrait_2560x3837.jpg',
    'photos/evening-glow-boats_2560x1600.jpg',
    'orientation/Portrait_6.jpg',
    'formats/hurricane-ridge-trees_alpha_512x512.png',
    'formats/paris_icc-exif-xmp_403x302.avif',
    'formats/pug_iphone13pro_depthmap_4032x3024.heic',
  ];

  // Imported once for the three presets: importing the HEIC and the large photos is the slow part.
  let imported: Promise<{ originals: Map<string, Blob>; photos: PhotoMeta[] }> | undefined;
  const importFixtures = () =>
    (imported ??= (async () => {
      const originals = new Map<string, Blob>();
      const photos: PhotoMeta[] = [];
      for (const name of FILES) {
        const result = await importPhoto(await fixtureFile(name));
        if (!result.ok) throw new Error(`${name}: ${photoProblemWords(result.error)}`);
        photos.push(result.photo);
        originals.set(result.photo.id, result.original);
      }
      return { originals, photos };
    })());

  for (const { id: preset } of EXPORT_PRESETS) {
    it(`is lossless after the first export, keeps no location, and the estimate is honest (${preset})`, async () => {
      const { originals, photos } = await importFixtures();
      const deck = deckOf(photos);
      const { first, again, firstBlob } = await roundTrip(
        deck,
        async (p) => originals.get(p.id) as Blob,
        preset,
      );
      expectSameBundle(first, again);
      await expectDeckDescribesMedia(first.deckJson, first.media, preset);
      const estimate = estimateBundleSize(deck, preset, { playerScriptBytes: PLAYER.length });
      // Measured 1.00 (Original), 1.00 (High) and 0.88 (Email) on these fixtures.
      expect(estimate / firstBlob.size).toBeGreaterThan(0.8);
      expect(estimate / firstBlob.size).toBeLessThan(1.2);
    }, 60_000);
  }
});

describe('exportSingleFileHtml', () => {
  it('is an HTML file holding the resized photos that the deck describes', async () => {
    const bytes = await madeJpeg(3000, 2000);
    const photo = await metaOf(bytes, 3000, 2000);
    const html = await exportSingleFileHtml(deckOf([photo]), {
      readPhoto: async () => new Blob([bytes]),
      playerScript: PLAYER,
      preset: 'email',
    });
    expect(html.type).toBe('text/html');
    const text = await html.text();
    const deck = JSON.parse(
      /id="common-thread-deck">([\s\S]*?)<\/script>/.exec(text)?.[1]?.replace(/\\u003c/g, '<') ?? '{}',
    ) as Deck;
    const [only] = Object.values(deck.photos);
    expect(only).toMatchObject({ width: 1600, height: 1067, mimeType: 'image/jpeg' });
    const base64 = new RegExp(`data-photo-id="${only?.id}"[^>]*>([^<]*)<`).exec(text)?.[1] ?? '';
    const embedded = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    expect(await hashBytes(embedded)).toBe(only?.id);
  });

  it('stops at once with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    const bytes = await madeJpeg(3000, 2000);
    const photo = await metaOf(bytes, 3000, 2000);
    const promise = exportSingleFileHtml(deckOf([photo]), {
      readPhoto: async () => {
        controller.abort();
        return new Blob([bytes]);
      },
      playerScript: PLAYER,
      preset: 'email',
      signal: controller.signal,
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });
});
