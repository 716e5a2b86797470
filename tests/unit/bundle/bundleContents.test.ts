// What a bundle carries: only the photos the slides show, neutral names, alt text only where written, notes only
// when asked; the same deck always zips to the same bytes, and Export → Open → Export gives them back.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bundleDeck, bundleSummary, shownPhotoIds } from '../../../src/bundle/bundleContents';
import { mediaPath } from '../../../src/bundle/bundleLayout';
import {
  exportBundle,
  exportSingleFileHtml,
  type ExportBundleOptions,
} from '../../../src/bundle/exportBundle';
import { openBundle } from '../../../src/bundle/openBundle';
import type { Deck, PhotoMeta } from '../../../src/model/deck';
import { imageBytes, photoReader, testDeck, testPhoto, type TestPhoto } from './bundleTestDeck';
import { refusalWords } from './refusal';

const PLAYER = '(function(){})();';

function threePhotos(): TestPhoto[] {
  return [
    testPhoto('IMG_0001 Ana at Cabo da Roca.jpg', 'image/jpeg', imageBytes('image/jpeg', 11)),
    testPhoto('Rui-birthday.png', 'image/png', imageBytes('image/png', 12)),
    testPhoto('unused-secret.jpg', 'image/jpeg', imageBytes('image/jpeg', 13)),
  ];
}

/**
 * A deck whose library holds three photos: the slide shows the first, the answer the second, the third is
 * unused. The first has the default alt (its file name), the second an alt the user wrote.
 */
function libraryDeck(photos: readonly TestPhoto[]): Deck {
  const [first, second, third] = photos as [TestPhoto, TestPhoto, TestPhoto];
  const deck = testDeck([first]);
  const slide = deck.slides[0] as Deck['slides'][number];
  return {
    ...deck,
    photos: {
      [first.meta.id]: { ...first.meta, alt: 'IMG_0001 Ana at Cabo da Roca' },
      [second.meta.id]: { ...second.meta, alt: 'Two friends laughing on a beach' },
      [third.meta.id]: third.meta,
    },
    slides: [
      {
        ...slide,
        notes: 'Rui cries at this one, wait.',
        reveal: slide.reveal && {
          ...slide.reveal,
          answer: { ...slide.reveal.answer, photoIds: [second.meta.id] },
        },
      },
    ],
  };
}

async function zipOf(blob: Blob): Promise<JSZip> {
  return JSZip.loadAsync(await blob.arrayBuffer());
}

async function allText(zip: JSZip): Promise<string> {
  const texts = await Promise.all(Object.values(zip.files).map((entry) => entry.async('uint8array')));
  return texts.map((bytes) => new TextDecoder('latin1').decode(bytes)).join('\n');
}

describe('what a bundle carries', () => {
  const photos = threePhotos();
  const deck = libraryDeck(photos);
  const options: ExportBundleOptions = { readPhoto: photoReader(photos), playerScript: PLAYER };

  it('holds only the photos the slides and answers show, under neutral names in the order shown', async () => {
    const zip = await zipOf(await exportBundle(deck, options));
    const media = Object.keys(zip.files).filter((name) => name.startsWith('media/'));
    const [first, second] = photos as [TestPhoto, TestPhoto];
    expect(media.sort()).toEqual([mediaPath(first.meta), mediaPath(second.meta)].sort());
    const carried = JSON.parse((await zip.file('deck.json')?.async('string')) ?? '') as Deck;
    expect(Object.values(carried.photos).map((photo) => photo.fileName)).toEqual([
      'photo-1.jpg',
      'photo-2.png',
    ]);
    expect(shownPhotoIds(deck)).toEqual([first.meta.id, second.meta.id]);
  });

  it('carries no original file name, no default alt and no notes anywhere in the zip', async () => {
    const text = await allText(await zipOf(await exportBundle(deck, options)));
    for (const secret of ['IMG_0001', 'Cabo da Roca', 'Rui-birthday', 'unused-secret', 'Rui cries']) {
      expect(text).not.toContain(secret);
    }
    // The alt the user wrote is theirs to send.
    expect(text).toContain('Two friends laughing on a beach');
  });

  it('carries the speaker notes only when asked to', async () => {
    const zip = await zipOf(await exportBundle(deck, { ...options, includeNotes: true }));
    const carried = JSON.parse((await zip.file('deck.json')?.async('string')) ?? '') as Deck;
    expect(carried.slides[0]?.notes).toBe('Rui cries at this one, wait.');
  });

  it('carries the same in the single HTML file', async () => {
    const html = await (await exportSingleFileHtml(deck, options)).text();
    for (const secret of ['IMG_0001', 'Rui-birthday', 'unused-secret', 'Rui cries']) {
      expect(html).not.toContain(secret);
    }
    expect(html).toContain('photo-1.jpg');
  });

  it('says in one line what goes out', () => {
    expect(bundleSummary(deck, { includeNotes: false })).toBe(
      '2 photos, no locations, no file names, no notes',
    );
    expect(bundleSummary(deck, { includeNotes: true })).toBe(
      '2 photos, no locations, no file names, speaker notes included',
    );
    const oneSlide = testDeck(photos.slice(0, 1));
    const noNotes = { ...oneSlide, slides: oneSlide.slides.map((s) => ({ ...s, notes: ' ' })) };
    expect(bundleSummary(noNotes, { includeNotes: true })).toBe(
      '1 photo, no locations, no file names, no notes',
    );
    expect(bundleSummary({ ...deck, slides: [] }, { includeNotes: false })).toMatch(/^no photos, /);
  });

  it('keeps a photo the answer and a slide both show once', () => {
    const [first] = photos as [TestPhoto];
    const slide = deck.slides[0] as Deck['slides'][number];
    const both: Deck = {
      ...deck,
      slides: [
        {
          ...slide,
          reveal: slide.reveal && {
            ...slide.reveal,
            answer: { ...slide.reveal.answer, photoIds: [first.meta.id] },
          },
        },
      ],
    };
    expect(Object.keys(bundleDeck(both).photos)).toEqual([first.meta.id]);
  });
});

describe('the same deck gives the same bundle', () => {
  const photos = threePhotos();
  const deck = libraryDeck(photos);

  it('dates every entry when the deck last changed, not when it was exported', async () => {
    const zip = await zipOf(
      await exportBundle(deck, { readPhoto: photoReader(photos), playerScript: PLAYER }),
    );
    for (const entry of Object.values(zip.files)) {
      // JSZip reads the zip's clock reading as local time, as it wrote it.
      expect(entry.date.getFullYear()).toBe(2026);
      expect([entry.date.getMonth(), entry.date.getDate(), entry.date.getHours()]).toEqual([0, 2, 0]);
    }
  });

  it('is byte-identical after Export → Open → Export, deck.json included', async () => {
    const first = new Uint8Array(
      await (
        await exportBundle(deck, { readPhoto: photoReader(photos), playerScript: PLAYER })
      ).arrayBuffer(),
    );
    const opened = await openBundle(new Blob([first]));
    if (!opened.ok) throw new Error(refusalWords(opened));
    // The opened deck's keys come in whatever order parsing left them: the writer must not care.
    const readPhoto = async (photo: PhotoMeta) => {
      const blob = opened.media.get(photo.id);
      if (!blob) throw new Error(`no ${photo.fileName}`);
      return blob;
    };
    const again = new Uint8Array(
      await (await exportBundle(opened.deck, { readPhoto, playerScript: PLAYER })).arrayBuffer(),
    );
    expect(again.length).toBe(first.length);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('writes the same bytes whatever order the deck holds its keys in', async () => {
    const reversed = reverseKeys(deck) as Deck;
    const write = async (d: Deck) =>
      Buffer.from(
        await (await exportBundle(d, { readPhoto: photoReader(photos), playerScript: PLAYER })).arrayBuffer(),
      );
    expect((await write(reversed)).equals(await write(deck))).toBe(true);
  });

  it('keeps alt text that differs from the default, even when it only differs in case', () => {
    const [first] = photos as [TestPhoto];
    const meta = { ...first.meta, alt: 'img_0001 ana at cabo da roca' };
    const carried = bundleDeck({ ...deck, photos: { ...deck.photos, [first.meta.id]: meta } });
    expect(carried.photos[first.meta.id]?.alt).toBe('img_0001 ana at cabo da roca');
  });
});

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, entry]) => [key, reverseKeys(entry)]),
  );
}
