// Opening a bundle: a round trip gives the same deck and bytes; each kind of bad bundle is refused with its problem.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { mediaPath } from '../../../src/bundle/bundleLayout';
import { bundleDeck } from '../../../src/bundle/bundleContents';
import { exportBundle } from '../../../src/bundle/exportBundle';
import { MAX_BUNDLE_BYTES, MAX_BUNDLE_ENTRIES, openBundle } from '../../../src/bundle/openBundle';
import type { UnsafePath } from '../../../src/bundle/bundleProblem';
import { CURRENT_SCHEMA_VERSION, type Deck } from '../../../src/model/deck';
import { photoReader, testDeck, testPhoto, twoPhotos, type TestPhoto } from './bundleTestDeck';
import { expectInvalidDeckAt, expectRefused, refusalWords } from './refusal';

const PLAYER = '(function(){})();';

async function exported(photos: readonly TestPhoto[], deck: Deck = testDeck(photos)): Promise<Blob> {
  return exportBundle(deck, { readPhoto: photoReader(photos), playerScript: PLAYER });
}

/** Re-zips an exported bundle after `change` edits it, the way a tamperer or a broken tool would. */
async function edited(bundle: Blob, change: (zip: JSZip) => void): Promise<Blob> {
  const zip = await JSZip.loadAsync(await bundle.arrayBuffer());
  change(zip);
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE' });
}

/** Rewrites the uncompressed size that the zip's central directory declares for one entry. */
function withDeclaredSize(
  zip: Uint8Array<ArrayBuffer>,
  entryName: string,
  size: number,
): Uint8Array<ArrayBuffer> {
  const patched = zip.slice();
  const view = new DataView(patched.buffer);
  let found = false;
  for (let offset = 0; offset + 46 <= patched.length; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(patched.subarray(offset + 46, offset + 46 + nameLength));
    if (name === entryName) {
      view.setUint32(offset + 24, size, true);
      found = true;
    }
  }
  if (!found) throw new Error(`no entry ${entryName}`);
  return patched;
}

async function bytesOf(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('openBundle', () => {
  const photos = twoPhotos();
  const deck = testDeck(photos);
  const [jpeg, png] = photos as [TestPhoto, TestPhoto];

  it('gives back the exported deck and the photos byte for byte, typed by their mime type', async () => {
    const result = await openBundle(await exported(photos));
    if (!result.ok) throw new Error(refusalWords(result));
    expect(result.deck).toEqual(bundleDeck(deck));
    expect([...result.media.keys()].sort()).toEqual(photos.map((p) => p.meta.id).sort());
    for (const photo of photos) {
      const blob = result.media.get(photo.meta.id);
      expect(blob?.type).toBe(photo.meta.mimeType);
      expect(await bytesOf(blob ?? new Blob())).toEqual(photo.bytes);
    }
  });

  it('opens a bundle that was unzipped and zipped again inside its folder', async () => {
    const original = await JSZip.loadAsync(await (await exported(photos)).arrayBuffer());
    const nested = new JSZip();
    for (const entry of Object.values(original.files)) {
      nested.file(`Ana and Rui/${entry.name}`, await entry.async('uint8array'));
    }
    nested.file('__MACOSX/Ana and Rui/._deck.json', 'resource fork');
    const result = await openBundle(await nested.generateAsync({ type: 'blob' }));
    expect(result).toMatchObject({ ok: true, deck: bundleDeck(deck) });
  });

  it('refuses a file that is not a zip', async () => {
    const words = 'this file is not a bundle (not a zip file)';
    expectRefused(await openBundle(new Blob(['just some text'])), { kind: 'not-a-zip' }, words);
    expectRefused(await openBundle(new Blob([])), { kind: 'not-a-zip' }, words);
    expectRefused(await openBundle(new Blob([jpeg.bytes])), { kind: 'not-a-zip' }, words);
  });

  it('refuses a zip without deck.json', async () => {
    const zip = new JSZip();
    zip.file('index.html', '<p>hello</p>');
    zip.file('media/a.jpg', jpeg.bytes);
    expectRefused(
      await openBundle(await zip.generateAsync({ type: 'blob' })),
      { kind: 'no-deck' },
      'this zip is not a Common Thread bundle (no deck.json)',
    );
  });

  it('refuses a deck.json that is not JSON', async () => {
    const bundle = await edited(await exported(photos), (zip) =>
      zip.file('deck.json', '{ "schemaVersion": 2,'),
    );
    expectRefused(
      await openBundle(bundle),
      { kind: 'deck-not-json' },
      'deck.json in this bundle is damaged (it is not JSON)',
    );
  });

  it('refuses a deck from a newer version of the app, saying so', async () => {
    const tooNew = JSON.stringify({ ...deck, schemaVersion: 99 });
    const result = await openBundle(
      await edited(await exported(photos), (zip) => zip.file('deck.json', tooNew)),
    );
    expectRefused(
      result,
      { kind: 'deck', error: { kind: 'too-new', version: 99, newest: CURRENT_SCHEMA_VERSION } },
      `it was made by a newer version of Common Thread (deck schema 99; this version opens up to schema ${CURRENT_SCHEMA_VERSION}), so update Common Thread to open it`,
    );
  });

  it('refuses a deck that does not match the schema', async () => {
    const broken = JSON.stringify({ ...deck, slides: [{ id: 'only-an-id' }] });
    const result = await openBundle(
      await edited(await exported(photos), (zip) => zip.file('deck.json', broken)),
    );
    expectInvalidDeckAt(result, /^slides\.0\./);
    expect(refusalWords(result)).toMatch(/damaged.*slides\.0/);
  });

  it('names the photos the zip lacks', async () => {
    const bundle = await edited(await exported(photos), (zip) => {
      zip.remove(mediaPath(jpeg.meta));
      zip.remove(mediaPath(png.meta));
    });
    expectRefused(
      await openBundle(bundle),
      { kind: 'photos-missing', count: 2, fileNames: ['photo-1.jpg', 'photo-2.png'] },
      'this bundle is missing 2 photos: photo-1.jpg, photo-2.png',
    );
    const one = await edited(await exported(photos), (zip) => zip.remove(mediaPath(png.meta)));
    expectRefused(
      await openBundle(one),
      { kind: 'photos-missing', count: 1, fileNames: ['photo-2.png'] },
      'this bundle is missing a photo: photo-2.png',
    );
  });

  it('refuses a photo whose bytes were changed (they no longer hash to its id)', async () => {
    const tampered = jpeg.bytes.slice();
    tampered[100] = (tampered[100] ?? 0) ^ 0xff;
    const bundle = await edited(await exported(photos), (zip) => zip.file(mediaPath(jpeg.meta), tampered));
    expectRefused(
      await openBundle(bundle),
      { kind: 'photo', fileName: 'photo-1.jpg', problem: { kind: 'bytes-differ' } },
      'the photo "photo-1.jpg" in this bundle is damaged (its bytes differ from the original)',
    );
  });

  it('refuses a photo whose bytes are text, not an image, even when the hash matches', async () => {
    const text = testPhoto('notes.jpg', 'image/jpeg', new TextEncoder().encode('<html>not a photo</html>'));
    const result = await openBundle(await exported([jpeg, text]));
    expectRefused(
      result,
      { kind: 'photo', fileName: 'photo-2.jpg', problem: { kind: 'not-an-image', why: { kind: 'text' } } },
      'the photo "photo-2.jpg" in this bundle is not an image (this is a text file, not a photo)',
    );
  });

  it.each<[string, UnsafePath, string]>([
    ['../evil.jpg', 'climbs-out', 'it climbs out of the bundle with ".."'],
    ['media/../../evil.jpg', 'climbs-out', 'it climbs out of the bundle with ".."'],
    ['/etc/evil.jpg', 'absolute', 'it is an absolute path'],
    ['media\\evil.jpg', 'backslashes', 'it uses backslashes; paths in a zip use "/"'],
    ['C:/evil.jpg', 'absolute', 'it is an absolute path'],
  ])('refuses an entry with the unsafe path %j', async (path, why, words) => {
    const bundle = await edited(await exported(photos), (zip) =>
      zip.file(path, jpeg.bytes, { createFolders: false }),
    );
    // JSZip writes names as given, so the hostile name really is in the zip.
    expect(new TextDecoder('latin1').decode(await bytesOf(bundle))).toContain(path);
    expectRefused(
      await openBundle(bundle),
      { kind: 'unsafe-path', name: path, why },
      `this bundle holds a file with an unsafe path ("${path}": ${words})`,
    );
  });

  it('refuses a zip with more than 5000 entries before reading any of them', async () => {
    let count = 0;
    const bundle = await edited(await exported(photos), (zip) => {
      for (let i = 0; i < MAX_BUNDLE_ENTRIES; i++) zip.file(`extra/${i}.txt`, '', { createFolders: false });
      count = Object.keys(zip.files).length;
    });
    expectRefused(
      await openBundle(bundle),
      { kind: 'too-many-files', count, limit: MAX_BUNDLE_ENTRIES },
      `this bundle holds too many files (${count.toLocaleString('en-GB')}; at most 5,000)`,
    );
  });

  it('refuses a file over 2 GB before reading it', async () => {
    // A Blob that only claims its size: nothing of it may be read.
    const huge = { size: MAX_BUNDLE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as Blob;
    expectRefused(
      await openBundle(huge),
      { kind: 'too-large', limitBytes: MAX_BUNDLE_BYTES },
      'this bundle is too large to open (more than 2 GB)',
    );
  });

  it('stops inflating an entry that grows past the size it declared', async () => {
    const zip = withDeclaredSize(await bytesOf(await exported(photos)), 'deck.json', 10);
    expectRefused(
      await openBundle(new Blob([zip])),
      { kind: 'deck-entry', problem: 'larger-than-declared' },
      'deck.json in this bundle is damaged (it is larger than the zip says)',
    );
  });
});
