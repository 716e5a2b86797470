// A bundle is mailed and comes back from other people: every entry's bytes must have the CRC-32 its directory
// declares, every local header (what the zip reader follows) must say what the checked directory says, and a
// deck past the limits is refused. Each case is a good bundle with one hostile change.
import { describe, expect, it } from 'vitest';
import { mediaPath } from '../../../src/bundle/bundleLayout';
import { openBundle } from '../../../src/bundle/openBundle';
import type { Deck } from '../../../src/model/deck';
import type { SlideId } from '../../../src/model/ids';
import { newSlide } from '../../../src/model/newDeck';
import { testDeck, twoPhotos, type TestPhoto } from './bundleTestDeck';
import { deflated, handMadeZip, stored, type HandMadeEntry } from './handMadeZip';
import { expectRefused } from './refusal';

const encode = (text: string) => new TextEncoder().encode(text);
const photos = twoPhotos();
const deck = testDeck(photos);
const [jpeg, png] = photos as [TestPhoto, TestPhoto];

function deckEntry(of: Deck = deck): HandMadeEntry {
  return stored('deck.json', encode(JSON.stringify(of)));
}

const photoEntries = () => photos.map((photo) => stored(mediaPath(photo.meta), photo.bytes));

const open = (entries: readonly HandMadeEntry[]) => openBundle(new Blob([handMadeZip(entries)]));

/** The same bytes with one byte changed, where it still leaves valid JSON or a decodable file. */
function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe('openBundle checks each entry against its directory', () => {
  it('opens the good bundle (so each refusal below is down to its one change)', async () => {
    expect(await open([deckEntry(), ...photoEntries()])).toMatchObject({ ok: true, deck });
  });

  it('refuses a deck.json with one flipped byte in its title, which the CRC-32 no longer matches', async () => {
    const good = deckEntry();
    const text = new TextDecoder().decode(good.data);
    const at = text.indexOf(deck.title);
    // The directory keeps the CRC of the original bytes, as a damaged or edited file would.
    const tampered = { ...good, data: flipped(good.data, at) };
    expect(JSON.parse(new TextDecoder().decode(tampered.data)).title).not.toBe(deck.title);
    expectRefused(
      await open([tampered, ...photoEntries()]),
      { kind: 'deck-entry', problem: 'checksum-differs' },
      'deck.json in this bundle is damaged (its checksum does not match: it was changed or damaged)',
    );
  });

  it('refuses a photo with one flipped byte', async () => {
    const photo = stored(mediaPath(png.meta), png.bytes);
    const tampered = { ...photo, data: flipped(photo.data, photo.data.length - 20) };
    const result = await open([deckEntry(), stored(mediaPath(jpeg.meta), jpeg.bytes), tampered]);
    expectRefused(
      result,
      { kind: 'photo-entry', fileName: png.meta.fileName, problem: 'checksum-differs' },
      `the photo "${png.meta.fileName}" in this bundle is damaged (its checksum does not match: it was changed or damaged)`,
    );
  });

  it.each([
    ['name', { name: 'media/other.jpg' }],
    ['compression method', { method: 8 }],
    ['flags', { flags: 0x0801 }],
    ['checksum', { crc: 1234 }],
    ['sizes', { uncompressedSize: 1 }],
  ] as const)('refuses a local header whose %s differs from the directory', async (what, local) => {
    const photo = { ...stored(mediaPath(jpeg.meta), jpeg.bytes), local };
    expectRefused(
      await open([deckEntry(), photo, stored(mediaPath(png.meta), png.bytes)]),
      { kind: 'header-differs', name: mediaPath(jpeg.meta), field: what },
      `this zip is damaged (the ${what} of "${mediaPath(jpeg.meta)}" differs from its directory entry)`,
    );
  });

  it('accepts a local header that leaves CRC and sizes to a data descriptor (zeros), as zip tools write', async () => {
    const deferred = { ...deflated('deck.json', encode(JSON.stringify(deck))) };
    const withDescriptor: HandMadeEntry = {
      ...deferred,
      flags: 0x0808,
      local: { crc: 0, uncompressedSize: 0 },
    };
    expect(await open([withDescriptor, ...photoEntries()])).toMatchObject({ ok: true });
  });

  it('refuses a deck.json of 200,000 slides with the limit in words, without validating each', async () => {
    const slides = Array.from({ length: 200_000 }, (_, i) => newSlide(`s${i}` as SlideId));
    const result = await open([deckEntry({ ...deck, slides }), ...photoEntries()]);
    expectRefused(
      result,
      { kind: 'deck', error: { kind: 'too-large', part: 'slides', count: 200_000, limit: 1000 } },
      'this deck is too large to open: it has 200,000 slides (at most 1,000)',
    );
  });
});
