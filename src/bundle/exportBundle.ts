// Writes a deck as a bundle zip (player page, player script, README, deck.json and every photo its slides show,
// as the preset makes it), or as one self-contained HTML file. What of the deck goes out is bundleContents'.
// Must come before JSZip: it decides how to yield when it loads.
import './fastSetImmediate';
import JSZip from 'jszip';
import type { Deck, PhotoMeta } from '../model/deck';
import { serializeDeck } from '../model/serializeDeck';
import { bundleDeck } from './bundleContents';
import { bundleIndexHtml } from './bundleIndexHtml';
import {
  DECK_JSON,
  FIRST_SLIDE_JPG,
  INDEX_HTML,
  PLAYER_JS,
  README_TXT,
  extensionOf,
  mediaPath,
} from './bundleLayout';
import { bundleReadme } from './bundleReadme';
import { abortError, untilAborted } from './cancellable';
import { exportPhoto, type BundlePhoto } from './exportPhoto';
import type { ExportPreset } from './exportPresets';
import { singleFileHtml } from './singleFileHtml';
import { embedFonts } from './embedFonts';
import type { FontFile } from '../slide/fontFiles';

export type ExportBundleOptions = {
  readonly readPhoto: (photo: PhotoMeta) => Promise<Blob>;
  readonly playerScript: string;
  /** How large the photos are in the bundle; 'original' when not given. */
  readonly preset?: ExportPreset;
  /** `done` of `total` units: one per photo made ready, then one per percent of writing the file. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /**
   * The first slide drawn as a JPEG (slidePoster.tsx), shown by the zip's index.html while the player starts;
   * the single HTML file does without it.
   */
  readonly firstSlidePicture?: Blob | null;
  /** Speaker notes go out only when this is true (for presenting from the bundle); false when not given. */
  readonly includeNotes?: boolean;
  /**
   * Reads a shipped font file's bytes; fetches its URL when not given. Only the files the deck's text draws
   * with are read (embedFonts); one that cannot be read is left out, its text falling back to the theme's
   * family, as the player does with a font that fails to load.
   */
  readonly readFont?: (file: FontFile) => Promise<Uint8Array>;
};

const WRITE_PERCENT_UNITS = 100;
/** The zip's bytes are handed to the browser as a Blob part this large, so they leave the JS heap. */
const FLUSH_BYTES = 16 * 1024 * 1024;
/** Photos read at once when they keep their bytes: reading and hashing overlap. */
const PHOTOS_IN_FLIGHT = 2;
/**
 * Photos drawn anew at once (a smaller preset): one. Decoding a 12 MP photo holds about 48 MB of pixels
 * whatever size it is drawn at, so two at once would hold twice that for a bundle a tenth the size.
 */
const RESIZES_IN_FLIGHT = 1;

export { abortError };

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** The deck and its photos as the bundle carries them: every photo id and size describes the bytes inside. */
export type PreparedBundle = { readonly deck: Deck; readonly photos: readonly BundlePhoto[] };

/**
 * Makes each photo as the preset wants it and rewrites the deck to match: a resized photo is a new file,
 * so it gets a new content-hash id, and every slide item and answer that named the old id names the new
 * one. Crops and points of interest are fractions of the photo, so they stay as they are.
 */
export async function prepareBundle(
  deck: Deck,
  options: ExportBundleOptions,
  onPhotoDone: (done: number) => void,
): Promise<PreparedBundle> {
  const { readPhoto, preset = 'original', signal } = options;
  const originals = Object.values(deck.photos);
  const made: BundlePhoto[] = new Array<BundlePhoto>(originals.length);
  let next = 0;
  let done = 0;
  // Once one photo fails the export is over: the other worker must not go on and report progress.
  let failed = false;
  const worker = async () => {
    try {
      while (next < originals.length && !failed) {
        throwIfAborted(signal);
        const index = next++;
        const photo = originals[index] as PhotoMeta;
        const blob = await readPhoto(photo);
        throwIfAborted(signal);
        made[index] = await exportPhoto(photo, blob, preset);
        throwIfAborted(signal);
        if (!failed) onPhotoDone(++done);
      }
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  const inFlight = preset === 'original' ? PHOTOS_IN_FLIGHT : RESIZES_IN_FLIGHT;
  await Promise.all(Array.from({ length: Math.min(inFlight, originals.length) }, worker));

  const newId = new Map(originals.map((photo, i) => [photo.id, (made[i] as BundlePhoto).meta.id]));
  const rename = (id: PhotoMeta['id']) => newId.get(id) ?? id;
  const photos: Deck['photos'] = {};
  const unique: BundlePhoto[] = [];
  for (const [index, bundlePhoto] of made.entries()) {
    // Two photos that come out as the same bytes are one file, as they would be in the library.
    if (bundlePhoto.meta.id in photos) continue;
    // A photo drawn anew as a JPEG keeps its name with the extension of what it now is.
    const { fileName } = originals[index] as PhotoMeta;
    const meta = { ...bundlePhoto.meta, fileName: withExtension(fileName, bundlePhoto.meta.mimeType) };
    photos[meta.id] = meta;
    unique.push({ meta, bytes: bundlePhoto.bytes });
  }
  const slides = deck.slides.map((slide) => ({
    ...slide,
    items: slide.items.map((item) =>
      item.kind === 'photo' ? { ...item, photoId: rename(item.photoId) } : item,
    ),
    reveal:
      slide.reveal === null
        ? null
        : {
            ...slide.reveal,
            answer: {
              ...slide.reveal.answer,
              ...(slide.reveal.answer.photoIds === undefined
                ? {}
                : { photoIds: slide.reveal.answer.photoIds.map(rename) }),
            },
          },
  }));
  return { deck: { ...deck, photos, slides }, photos: unique };
}

function withExtension(fileName: string, mimeType: PhotoMeta['mimeType']): string {
  return `${fileName.replace(/\.[^.]*$/, '')}.${extensionOf(mimeType)}`;
}

/** The deck as the bundle carries it: the photos the slides show, neutral names, notes only when asked. */
function carried(deck: Deck, options: ExportBundleOptions): Deck {
  return bundleDeck(deck, { includeNotes: options.includeNotes ?? false });
}

/**
 * Runs one export so that it always settles: at once with an AbortError when cancelled, whatever step it is in,
 * and reporting no progress after it has settled or been cancelled (a late report would show the progress
 * bar again after the export had ended).
 */
function settling(
  options: ExportBundleOptions,
  write: (options: ExportBundleOptions) => Promise<Blob>,
): Promise<Blob> {
  const { onProgress, signal } = options;
  let over = false;
  const reporting: ExportBundleOptions = {
    ...options,
    onProgress: (done, total) => {
      if (!over && !signal?.aborted) onProgress?.(done, total);
    },
  };
  return untilAborted(signal, write(reporting)).finally(() => {
    over = true;
  });
}

export function exportBundle(deck: Deck, options: ExportBundleOptions): Promise<Blob> {
  return settling(options, (reporting) => writeBundle(carried(deck, options), reporting));
}

/** One self-contained .html file: the player inline and every photo embedded, for places that refuse zips. */
export function exportSingleFileHtml(deck: Deck, options: ExportBundleOptions): Promise<Blob> {
  return settling(options, (reporting) => writeSingleFileHtml(carried(deck, options), reporting));
}

async function writeBundle(deck: Deck, options: ExportBundleOptions): Promise<Blob> {
  const { playerScript, onProgress, signal } = options;
  throwIfAborted(signal);
  const count = Object.keys(deck.photos).length;
  const total = count + WRITE_PERCENT_UNITS;
  onProgress?.(0, total);
  const bundle = await prepareBundle(deck, options, (done) => onProgress?.(done, total));

  const zip = new JSZip();
  // Every entry is dated when the deck last changed, not when it was exported: the same deck gives the same
  // bytes, and the zip tells no one when the user sat down to export it.
  const date = zipDate(bundle.deck.updatedAt);
  // Text shrinks well; photos are already compressed, so deflating them only costs time.
  const text = { compression: 'DEFLATE' as const, compressionOptions: { level: 6 }, date };
  const picture = options.firstSlidePicture ?? null;
  const fonts = await embedFonts(bundle.deck, options.readFont);
  throwIfAborted(signal);
  zip.file(INDEX_HTML, bundleIndexHtml(bundle.deck, { firstSlidePicture: picture !== null, fonts }), text);
  if (picture) zip.file(FIRST_SLIDE_JPG, picture, { binary: true, compression: 'STORE', date });
  zip.file(README_TXT, bundleReadme(bundle.deck), text);
  zip.file(PLAYER_JS, playerScript, text);
  zip.file(DECK_JSON, serializeDeck(bundle.deck), text);
  for (const photo of bundle.photos) {
    // No "media/" folder entry: the bundle holds exactly its files.
    zip.file(mediaPath(photo.meta), photo.bytes, {
      binary: true,
      compression: 'STORE',
      createFolders: false,
      date,
    });
  }
  return writeZip(zip, signal, (percent) =>
    onProgress?.(count + Math.floor((percent / 100) * WRITE_PERCENT_UNITS), total),
  );
}

/**
 * The deck's last change as a zip entry date. Zip dates have no time zone and JSZip writes local time, so the
 * UTC clock reading is shifted to read the same everywhere; a date that cannot be read
 * or held gives 1 January 2000.
 */
function zipDate(updatedAt: string): Date {
  const time = Date.parse(updatedAt);
  const year = new Date(time).getUTCFullYear();
  // A zip date holds the years 1980 to 2107 only.
  const readable = Number.isFinite(time) && year >= 1980 && year <= 2107;
  const utc = new Date(readable ? time : Date.UTC(2000, 0, 1));
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}

async function writeSingleFileHtml(deck: Deck, options: ExportBundleOptions): Promise<Blob> {
  const { playerScript, onProgress, signal } = options;
  throwIfAborted(signal);
  const count = Object.keys(deck.photos).length;
  const total = count + 1;
  onProgress?.(0, total);
  const bundle = await prepareBundle(deck, options, (done) => onProgress?.(done, total));
  throwIfAborted(signal);
  const fonts = await embedFonts(bundle.deck, options.readFont);
  throwIfAborted(signal);
  const html = await singleFileHtml(bundle.deck, bundle.photos, playerScript, fonts);
  onProgress?.(total, total);
  return html;
}

/**
 * Streams the zip out in Blob parts of ~16 MiB, so the written bundle does not sit in the JS heap beside the
 * photos it was made from (JSZip's generateAsync holds it whole, then copies it). Its internal stream can
 * also be stopped, so a cancel frees the CPU at once.
 *
 * JSZip starts the stream (resume) and reports 'end' and 'error' a tick later than asked, and 'data'
 * synchronously: a cancel can land in any of those gaps. So the promise settles exactly once, in whichever
 * comes first, and a stream that still runs after that (started by the late resume, pause being a no-op on a
 * stream not yet started) is paused at its next chunk and reports nothing.
 */
function writeZip(
  zip: JSZip,
  signal: AbortSignal | undefined,
  onPercent: (percent: number) => void,
): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const parts: Blob[] = [];
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const flush = () => {
      if (pending.length === 0) return;
      parts.push(new Blob(pending as BlobPart[]));
      pending = [];
      pendingBytes = 0;
    };
    // streamFiles writes each entry's sizes after its data, so no entry has to be held whole to be measured.
    const stream = zip.generateInternalStream({ type: 'uint8array', streamFiles: true });
    let settled = false;
    /** Ends the write once: stops the stream, lets go of its bytes and settles the promise. */
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      stream.pause();
      try {
        outcome();
      } catch (error) {
        reject(error);
      } finally {
        pending = [];
        parts.length = 0;
      }
    };
    const onAbort = () => settle(() => reject(abortError()));
    signal?.addEventListener('abort', onAbort, { once: true });
    let lastPercent = -1;
    stream
      .on('data', (chunk, metadata) => {
        if (settled) {
          stream.pause();
          return;
        }
        // A throw here would escape into JSZip's scheduler and stop the stream with no 'error' or 'end'.
        try {
          pending.push(chunk);
          pendingBytes += chunk.byteLength;
          if (pendingBytes >= FLUSH_BYTES) flush();
          const percent = Math.floor(metadata.percent);
          if (percent !== lastPercent) {
            lastPercent = percent;
            onPercent(percent);
          }
        } catch (error) {
          settle(() => reject(error));
        }
      })
      .on('error', (error) => settle(() => reject(error)))
      .on('end', () =>
        settle(() => {
          flush();
          onPercent(100);
          resolve(new Blob(parts, { type: 'application/zip' }));
        }),
      )
      .resume();
  });
}
