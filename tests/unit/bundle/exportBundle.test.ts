// Exporting a bundle: the entries it holds, how they are stored, progress and cancelling.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bundleIndexHtml } from '../../../src/bundle/bundleIndexHtml';
import { FIRST_SLIDE_JPG, mediaPath } from '../../../src/bundle/bundleLayout';
import { bundleReadme } from '../../../src/bundle/bundleReadme';
import { bundleDeck } from '../../../src/bundle/bundleContents';
import { exportBundle } from '../../../src/bundle/exportBundle';
import { serializeDeck } from '../../../src/model/serializeDeck';
import { photoReader, testDeck, twoPhotos } from './bundleTestDeck';

const PLAYER = '(function(){console.log("player")})();';
const STORE = 0;
const DEFLATE = 8;

/** The compression method of each entry, read from the zip's own central directory. */
function centralDirectoryMethods(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const methods = new Map<string, number>();
  for (let offset = 0; offset + 46 <= zip.length; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    methods.set(name, view.getUint16(offset + 10, true));
  }
  return methods;
}

describe('exportBundle', () => {
  const photos = twoPhotos();
  const deck = testDeck(photos);

  it('writes exactly the player page, README, player, deck.json and one original file per photo', async () => {
    const blob = await exportBundle(deck, { readPhoto: photoReader(photos), playerScript: PLAYER });
    expect(blob.type).toBe('application/zip');
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(
      ['README.txt', 'deck.json', 'index.html', 'player.js', ...photos.map((p) => mediaPath(p.meta))].sort(),
    );
    const carried = bundleDeck(deck);
    expect(await zip.file('index.html')?.async('string')).toBe(bundleIndexHtml(carried));
    expect(await zip.file('player.js')?.async('string')).toBe(PLAYER);
    expect(await zip.file('README.txt')?.async('string')).toBe(bundleReadme(carried));
    const deckJson = (await zip.file('deck.json')?.async('string')) ?? '';
    expect(deckJson).toBe(serializeDeck(carried));
    expect(JSON.parse(deckJson)).toEqual(carried);
    expect(deckJson).toContain('\n  "schemaVersion"');
    for (const photo of photos) {
      const bytes = await zip.file(mediaPath(photo.meta))?.async('uint8array');
      expect(bytes).toEqual(photo.bytes);
    }
  });

  it('adds the first-slide picture it is given, stored as it is, and the page that shows it', async () => {
    const picture = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9])], {
      type: 'image/jpeg',
    });
    const blob = await exportBundle(deck, {
      readPhoto: photoReader(photos),
      playerScript: PLAYER,
      firstSlidePicture: picture,
    });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file(FIRST_SLIDE_JPG)?.async('uint8array')).toEqual(
      new Uint8Array(await picture.arrayBuffer()),
    );
    expect(centralDirectoryMethods(bytes).get(FIRST_SLIDE_JPG)).toBe(STORE);
    expect(await zip.file('index.html')?.async('string')).toBe(
      bundleIndexHtml(bundleDeck(deck), { firstSlidePicture: true }),
    );
  });

  it('stores photos as they are and deflates the text files', async () => {
    const blob = await exportBundle(deck, {
      readPhoto: photoReader(photos),
      playerScript: PLAYER.repeat(50),
    });
    const methods = centralDirectoryMethods(new Uint8Array(await blob.arrayBuffer()));
    expect(methods.size).toBe(6);
    for (const photo of photos) expect(methods.get(mediaPath(photo.meta))).toBe(STORE);
    for (const text of ['index.html', 'README.txt', 'player.js', 'deck.json'])
      expect(methods.get(text)).toBe(DEFLATE);
  });

  it('reports progress per photo and while writing, ending at the total', async () => {
    const reports: [number, number][] = [];
    await exportBundle(deck, {
      readPhoto: photoReader(photos),
      playerScript: PLAYER,
      onProgress: (done, total) => reports.push([done, total]),
    });
    const total = reports[0]?.[1] ?? 0;
    expect(total).toBeGreaterThan(photos.length);
    expect(reports.every(([, t]) => t === total)).toBe(true);
    expect(reports.map(([done]) => done)).toEqual([...reports.map(([done]) => done)].sort((a, b) => a - b));
    expect(reports.slice(0, 3)).toEqual([
      [0, total],
      [1, total],
      [2, total],
    ]);
    expect(reports.at(-1)).toEqual([total, total]);
  });

  it('stops with an AbortError when cancelled while reading photos', async () => {
    const controller = new AbortController();
    const read = photoReader(photos);
    const promise = exportBundle(deck, {
      playerScript: PLAYER,
      signal: controller.signal,
      readPhoto: async (photo) => {
        controller.abort();
        return read(photo);
      },
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    await expect(promise).rejects.toBeInstanceOf(DOMException);
  });

  it('stops with an AbortError when cancelled while writing the zip', async () => {
    const controller = new AbortController();
    const promise = exportBundle(deck, {
      playerScript: PLAYER,
      signal: controller.signal,
      readPhoto: photoReader(photos),
      onProgress: (done) => {
        if (done > photos.length) controller.abort();
      },
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses to start when already cancelled', async () => {
    let reads = 0;
    const promise = exportBundle(deck, {
      playerScript: PLAYER,
      signal: AbortSignal.abort(),
      readPhoto: async (photo) => {
        reads++;
        return photoReader(photos)(photo);
      },
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(reads).toBe(0);
  });
});
