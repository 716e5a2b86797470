// Hand-made hostile zips, written byte by byte: each is refused from its central directory (or its deck, or
// its photos) with its own problem, said in its own plain words.
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mediaPath } from '../../../src/bundle/bundleLayout';
import {
  MAX_BUNDLE_BYTES,
  MAX_BUNDLE_ENTRIES,
  MAX_COMPRESSION_RATIO,
  MAX_DECK_JSON_BYTES,
  openBundle,
} from '../../../src/bundle/openBundle';
import type { BundleProblem, UnsafePath } from '../../../src/bundle/bundleProblem';
import { CURRENT_SCHEMA_VERSION, type Deck } from '../../../src/model/deck';
import { imageBytes, testDeck, testPhoto, twoPhotos, type TestPhoto } from './bundleTestDeck';
import { deflated, handMadeZip, stored, unicodePathField, type HandMadeEntry } from './handMadeZip';
import { expectInvalidDeckAt, expectRefused, refusalWords } from './refusal';

const encode = (text: string) => new TextEncoder().encode(text);
const photos = twoPhotos();
const deck = testDeck(photos);
const [jpeg] = photos as [TestPhoto, TestPhoto];

/** A good bundle's entries: deck.json deflated, the photos stored, as the export writes them. */
function bundleEntries(of: Deck = deck, withPhotos: readonly TestPhoto[] = photos): HandMadeEntry[] {
  return [
    deflated('deck.json', encode(JSON.stringify(of))),
    ...withPhotos.map((photo) => stored(mediaPath(photo.meta), photo.bytes)),
  ];
}

async function open(entries: readonly HandMadeEntry[], options?: Parameters<typeof handMadeZip>[1]) {
  return openBundle(new Blob([handMadeZip(entries, options)]));
}

describe('openBundle with hand-made zips', () => {
  it('opens a good hand-made bundle (so each refusal below is down to its one hostile change)', async () => {
    expect(await open(bundleEntries())).toMatchObject({ ok: true, deck });
  });

  it.each<[string, UnsafePath, string]>([
    ['../x', 'climbs-out', 'it climbs out of the bundle with ".."'],
    ['media/../../x.jpg', 'climbs-out', 'it climbs out of the bundle with ".."'],
    ['/etc/x', 'absolute', 'it is an absolute path'],
    ['C:/Windows/x', 'absolute', 'it is an absolute path'],
    ['c:x', 'absolute', 'it is an absolute path'],
    ['a\\b', 'backslashes', 'it uses backslashes; paths in a zip use "/"'],
    ['..\\..\\x', 'backslashes', 'it uses backslashes; paths in a zip use "/"'],
    ['media/x\u0000.jpg', 'control-characters', 'it holds control characters'],
  ])('refuses the path %j in the central directory', async (name, why, words) => {
    expectRefused(
      await open([...bundleEntries(), stored(name, encode('x'))]),
      { kind: 'unsafe-path', name, why },
      `this bundle holds a file with an unsafe path ("${name}": ${words})`,
    );
  });

  it('refuses a hostile path hidden in a Unicode Path field behind a harmless raw name', async () => {
    const hidden = {
      ...stored('harmless.txt', encode('x')),
      flags: 0,
      extra: unicodePathField('harmless.txt', '../x'),
    };
    expectRefused(
      await open([...bundleEntries(), hidden]),
      { kind: 'unsafe-path', name: '../x', why: 'climbs-out' },
      'this bundle holds a file with an unsafe path ("../x": it climbs out of the bundle with "..")',
    );
  });

  it('refuses two files with the same name', async () => {
    expectRefused(
      await open([...bundleEntries(), stored('deck.json', encode('{}'))]),
      { kind: 'same-name', name: 'deck.json' },
      'this bundle holds two files named "deck.json"',
    );
  });

  it('refuses two files whose names differ only in capitals', async () => {
    expectRefused(
      await open([...bundleEntries(), stored('Deck.JSON', encode('{}'))]),
      { kind: 'names-differ-in-case', first: 'deck.json', second: 'Deck.JSON' },
      'this bundle holds two files whose names differ only in capitals ("deck.json" and "Deck.JSON")',
    );
  });

  it('refuses names the zip reader would fold into one ("media/./a" and "media/a")', async () => {
    const name = mediaPath(jpeg.meta);
    const folded = stored(name.replace('media/', 'media/./'), imageBytes('image/jpeg', 9));
    expectRefused(
      await open([...bundleEntries(), folded]),
      { kind: 'directory-mismatch' },
      'this zip is damaged (its directory does not match its files)',
    );
  });

  it('refuses a zip bomb: one entry of 50 MB of zeros deflated about 1000 to 1', async () => {
    const zeros = new Uint8Array(50 * 1024 ** 2);
    const bomb = deflated('media/bomb.jpg', zeros);
    expect((bomb.uncompressedSize ?? 0) / bomb.data.length).toBeGreaterThan(1000);
    expectRefused(
      await open([...bundleEntries(), bomb]),
      { kind: 'entry-zip-bomb', name: 'media/bomb.jpg', ratio: MAX_COMPRESSION_RATIO },
      `"media/bomb.jpg" in this bundle unpacks to more than ${MAX_COMPRESSION_RATIO} times its packed size, which only a zip bomb does`,
    );
  });

  it('refuses a zip bomb spread over many entries each too small to be checked alone', async () => {
    const small = deflateRawSync(new Uint8Array(15 * 1024));
    const many = Array.from({ length: 300 }, (_, i): HandMadeEntry => ({
      name: `extra/${i}.txt`,
      data: small,
      method: 8,
      uncompressedSize: 15 * 1024,
    }));
    expectRefused(
      await open([...bundleEntries(), ...many]),
      { kind: 'zip-bomb', ratio: MAX_COMPRESSION_RATIO },
      `this bundle unpacks to more than ${MAX_COMPRESSION_RATIO} times its packed size, which only a zip bomb does`,
    );
  });

  it('refuses entries that overlap, sharing their packed bytes', async () => {
    const kernel = deflateRawSync(randomBytes(40_000));
    const first: HandMadeEntry = { name: 'a.bin', data: kernel, method: 8, uncompressedSize: 40_000 };
    // The copies hold no bytes of their own but point at the first entry's, claiming its packed size.
    const claimed = Array.from({ length: 5 }, (_, i): HandMadeEntry => ({
      name: `copy${i}.bin`,
      data: new Uint8Array(),
      method: 8,
      uncompressedSize: 0,
      localOffset: 0,
    }));
    const zip = handMadeZip([first, ...claimed]);
    patchCompressedSizes(zip, kernel.length);
    expectRefused(
      await openBundle(new Blob([zip])),
      { kind: 'files-overlap' },
      'this zip is damaged (its files overlap each other, which only a zip bomb does)',
    );
  });

  it('refuses 10 000 tiny entries from the end record alone', async () => {
    const tiny = Array.from({ length: 10_000 }, (_, i) => stored(`extra/${i}.txt`, new Uint8Array()));
    expectRefused(
      await open([...bundleEntries(), ...tiny]),
      { kind: 'too-many-files', count: 10_003, limit: MAX_BUNDLE_ENTRIES },
      'this bundle holds too many files (10,003; at most 5,000)',
    );
  });

  it('refuses a zip declaring more than 2 GB unpacked', async () => {
    const huge = (name: string): HandMadeEntry => ({
      name,
      data: new Uint8Array(1),
      method: 8,
      uncompressedSize: 0x50000000,
    });
    expectRefused(
      await open([...bundleEntries(), huge('a.bin'), huge('b.bin')]),
      { kind: 'too-large-unpacked', limitBytes: MAX_BUNDLE_BYTES },
      'this bundle is too large to open (more than 2 GB unpacked)',
    );
  });

  it('refuses an encrypted entry', async () => {
    const secret = { ...stored('media/secret.jpg', imageBytes('image/jpeg', 5)), flags: 0x0801 };
    expectRefused(
      await open([...bundleEntries(), secret]),
      { kind: 'encrypted', name: 'media/secret.jpg' },
      '"media/secret.jpg" in this bundle is encrypted (zips protected by a password cannot be opened)',
    );
  });

  it('refuses an entry packed with a method other than stored or deflated', async () => {
    const bzip2 = { ...stored('deck.json', encode(JSON.stringify(deck))), method: 12 };
    expectRefused(
      await open([bzip2, ...bundleEntries().slice(1)]),
      { kind: 'unknown-compression', name: 'deck.json', method: 12 },
      '"deck.json" in this bundle is compressed in a way Common Thread cannot unpack (method 12; only stored and deflated files can be)',
    );
  });

  it('refuses a stored entry whose two sizes disagree', async () => {
    const lying = { ...stored('notes.txt', encode('hello')), uncompressedSize: 5000 };
    expectRefused(
      await open([...bundleEntries(), lying]),
      { kind: 'sizes-disagree', name: 'notes.txt' },
      'this zip is damaged (the sizes of "notes.txt" do not agree)',
    );
  });

  it('refuses ZIP64 and split archives clearly', async () => {
    expectRefused(
      await open(bundleEntries(), { zip64Locator: true }),
      { kind: 'zip64' },
      'this zip uses the ZIP64 format for archives over 4 GB, which Common Thread does not open (bundles stay under 2 GB)',
    );
    expectRefused(
      await open(bundleEntries(), { disk: 1 }),
      { kind: 'split' },
      'this zip is split into several parts; join them into one zip first',
    );
  });

  it('refuses a zip whose directory is cut short or out of place', async () => {
    expectRefused(
      await open(bundleEntries(), { entryCount: 4 }),
      { kind: 'directory-cut-short' },
      'this zip is damaged (its directory is cut short)',
    );
    const zip = handMadeZip(bundleEntries());
    const moved = zip.slice();
    const view = new DataView(moved.buffer);
    view.setUint32(moved.length - 6, view.getUint32(moved.length - 6, true) + 1, true);
    expectRefused(
      await openBundle(new Blob([moved])),
      { kind: 'directory-out-of-place' },
      'this zip is damaged (its directory is out of place)',
    );
  });

  it('says a zip whose end is missing (a download cut short) is damaged, and other files are not zips', async () => {
    const zip = handMadeZip(bundleEntries());
    expectRefused(
      await openBundle(new Blob([zip.subarray(0, zip.length - 200)])),
      { kind: 'end-missing' },
      'this zip is damaged (its end is missing; it may not have finished downloading)',
    );
    expectRefused(
      await openBundle(new Blob([jpeg.bytes])),
      { kind: 'not-a-zip' },
      'this file is not a bundle (not a zip file)',
    );
  });

  it('refuses a deck.json declaring more than a deck could hold, before inflating it', async () => {
    // Packed big enough not to look like a bomb: the size check itself must refuse it.
    const packed = randomBytes(Math.ceil(MAX_DECK_JSON_BYTES / MAX_COMPRESSION_RATIO) + 1);
    const big: HandMadeEntry = {
      name: 'deck.json',
      data: packed,
      method: 8,
      uncompressedSize: MAX_DECK_JSON_BYTES + 1,
    };
    expectRefused(
      await open([big, ...bundleEntries().slice(1)]),
      { kind: 'deck-too-large' },
      'deck.json in this bundle is too large to be a deck',
    );
  });

  it('refuses a media file that is text, not an image', async () => {
    const text = testPhoto('notes.jpg', 'image/jpeg', encode('<html>not a photo</html>'));
    const result = await open(bundleEntries(testDeck([jpeg, text]), [jpeg, text]));
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'photo',
        fileName: 'notes.jpg',
        problem: { kind: 'not-an-image', why: { kind: 'text' } },
      },
    });
    expect(refusalWords(result)).toBe(
      'the photo "notes.jpg" in this bundle is not an image (this is a text file, not a photo)',
    );
  });

  it.each<[string, Uint8Array, BundleProblem, string]>([
    [
      'not JSON',
      encode('{ "schemaVersion": 2,'),
      { kind: 'deck-not-json' },
      'deck.json in this bundle is damaged (it is not JSON)',
    ],
    [
      'not a deck',
      encode('[1, 2, 3]'),
      { kind: 'deck', error: { kind: 'not-a-document' } },
      'this is not a Common Thread deck: it is not a document',
    ],
  ])('refuses a deck.json that is %s', async (_, bytes, error, words) => {
    expectRefused(await open([deflated('deck.json', bytes), ...bundleEntries().slice(1)]), error, words);
  });

  it('refuses an invalid deck.json, saying where', async () => {
    const broken = encode(JSON.stringify({ ...deck, slides: [{ id: 'only-an-id' }] }));
    const result = await open([deflated('deck.json', broken), ...bundleEntries().slice(1)]);
    expectInvalidDeckAt(result, /^slides\.0\./);
    expect(refusalWords(result)).toMatch(/^this deck is damaged: .+ \(at slides\.0.*\)$/);
  });

  it('says a deck of schemaVersion 99 was made by a newer version', async () => {
    const tooNew = encode(JSON.stringify({ ...deck, schemaVersion: 99 }));
    const result = await open([deflated('deck.json', tooNew), ...bundleEntries().slice(1)]);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'deck', error: { kind: 'too-new', version: 99, newest: CURRENT_SCHEMA_VERSION } },
    });
    expect(refusalWords(result)).toMatch(
      /^it was made by a newer version of Common Thread \(deck schema 99;/,
    );
  });

  it('lists the photos the zip lacks by name, ten at most', async () => {
    const many = Array.from({ length: 13 }, (_, i) =>
      testPhoto(`photo ${i + 1}.jpg`, 'image/jpeg', imageBytes('image/jpeg', 100 + i, 64)),
    );
    // In name order ("photo 2" before "photo 10"), as a file browser lists what the user would look for.
    const names = many.map((photo) => photo.meta.fileName);
    expectRefused(
      await open(bundleEntries(testDeck(many), many.slice(0, 0))),
      { kind: 'photos-missing', count: 13, fileNames: names.slice(0, 10) },
      `this bundle is missing 13 photos: ${names.slice(0, 10).join(', ')} and 3 more`,
    );
  });
});

/** Sets every central directory entry's compressed size to `size` (entries then claim bytes they lack). */
function patchCompressedSizes(zip: Uint8Array<ArrayBuffer>, size: number): void {
  const view = new DataView(zip.buffer);
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 20, size, true);
  }
}
