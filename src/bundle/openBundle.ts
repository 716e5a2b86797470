// Opens a bundle zip for the editor: checks it completely (sizes, paths, deck, every photo's bytes) before
// handing back anything, so a bad bundle changes nothing.
// Must come before JSZip: it decides how to yield when it loads.
import './fastSetImmediate';
import JSZip from 'jszip';
import type { Deck, PhotoMeta } from '../model/deck';
import type { PhotoId } from '../model/ids';
import { parseDeck } from '../model/parseDeck';
import { crc32 } from '../media/bytes/crc32';
import { renamePhotos } from '../model/renamePhotos';
import { checkBundlePhoto } from './bundlePhoto';
import { DECK_JSON, mediaPath } from './bundleLayout';
import { decodeZipName, readZipDirectory, type ZipEntryInfo, type ZipLimits } from './zipDirectory';
import { errorText } from '../model/errorText';
import { failure, type Result } from '../model/result';
import { MISSING_PHOTOS_NAMED, type BundleProblem, type EntryProblem } from './bundleProblem';

export type OpenBundleResult = Result<{ deck: Deck; media: Map<PhotoId, Blob> }, BundleProblem>;

export const MAX_BUNDLE_ENTRIES = 5000;
export const MAX_BUNDLE_BYTES = 2 * 1024 ** 3;
/** A deck document is text: even 200 slides of long notes stay far below this. */
export const MAX_DECK_JSON_BYTES = 50 * 1024 ** 2;
/** A real deck.json packs 5–10×, photos barely at all: 100× on anything but tiny text is a zip bomb. */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_CHECKED_FROM = 16 * 1024;
const LIMITS: ZipLimits = {
  maxEntries: MAX_BUNDLE_ENTRIES,
  maxTotalBytes: MAX_BUNDLE_BYTES,
  maxRatio: MAX_COMPRESSION_RATIO,
  ratioCheckedFrom: RATIO_CHECKED_FROM,
};

/** Never throws: every failure comes back as data (bundleProblem.ts), which src/words/ puts in words. */
export async function openBundle(file: Blob): Promise<OpenBundleResult> {
  try {
    return await openChecked(file);
  } catch (error) {
    return failed({ kind: 'unreadable', cause: errorText(error) });
  }
}

async function openChecked(file: Blob): Promise<OpenBundleResult> {
  // Checked before a single byte is read: a file this big would not fit the tab's memory anyway.
  if (file.size > MAX_BUNDLE_BYTES) return failed({ kind: 'too-large', limitBytes: MAX_BUNDLE_BYTES });
  // The directory is read and every entry checked from the file's tail before the zip reader sees it.
  const directory = await readZipDirectory(file, LIMITS);
  if (!directory.ok) return directory;
  const declared = new Map(directory.entries.map((entry) => [entry.name, entry]));

  let zip: JSZip;
  try {
    // JSZip only reads the directory here; nothing is inflated until an entry is asked for.
    zip = await JSZip.loadAsync(await file.arrayBuffer(), {
      // JSZip hands over a plain array where typed arrays are missing; a copy suits either.
      decodeFileName: (bytes) => decodeZipName(Uint8Array.from(bytes as ArrayLike<number>)),
    });
  } catch {
    // The directory was sound, so this is a zip, but its files are not where the directory says.
    return failed({ kind: 'files-unreadable' });
  }
  if (!sameFiles(zip, directory.entries)) {
    return failed({ kind: 'directory-mismatch' });
  }

  const root = findRoot(zip);
  if (root === null) return failed({ kind: 'no-deck' });
  const deckEntry = zip.file(root + DECK_JSON);
  if (deckEntry === null) return failed({ kind: 'no-deck' });
  // What the checked directory declared: an entry is never inflated past its size, and must match its CRC-32.
  const declaredOf = (entry: JSZip.JSZipObject): Declared => {
    const info = declared.get(entry.unsafeOriginalName ?? entry.name);
    return { size: info?.uncompressedSize ?? 0, crc32: info?.crc32 ?? 0 };
  };
  if (declaredOf(deckEntry).size > MAX_DECK_JSON_BYTES) return failed({ kind: 'deck-too-large' });

  const deckBytes = await readEntry(deckEntry, declaredOf(deckEntry));
  if (!deckBytes.ok) return failed({ kind: 'deck-entry', problem: deckBytes.error });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(deckBytes.bytes));
  } catch {
    return failed({ kind: 'deck-not-json' });
  }
  const parsed = parseDeck(json);
  if (!parsed.ok) return failed({ kind: 'deck', error: parsed.error });
  const deck = parsed.deck;

  const photos = Object.values(deck.photos);
  const missing = photos.filter((photo) => zip.file(root + mediaPath(photo)) === null);
  if (missing.length > 0) return failed(missingPhotos(missing));

  const media = new Map<PhotoId, Blob>();
  // The facts each photo's bytes give, by the id deck.json names it with.
  const checked = new Map<PhotoId, PhotoMeta>();
  for (const photo of photos) {
    const entry = zip.file(root + mediaPath(photo));
    if (entry === null) return failed(missingPhotos([photo]));
    const { fileName } = photo;
    const read = await readEntry(entry, declaredOf(entry));
    if (!read.ok) return failed({ kind: 'photo-entry', fileName, problem: read.error });
    const result = await checkBundlePhoto(photo, read.bytes);
    if (!result.ok) return failed({ kind: 'photo', fileName, problem: result.error });
    const { meta, bytes } = result.photo;
    checked.set(photo.id, meta);
    media.set(meta.id, new Blob([bytes], { type: meta.mimeType }));
  }
  const opened = renamePhotos(deck, checked);
  return { ok: true, deck: opened, media };
}

/**
 * JSZip reads the zip on its own; it must have found exactly the files the checked directory lists. Two
 * readers that disagree about a zip's contents are how hostile zips slip past checks.
 */
function sameFiles(zip: JSZip, entries: readonly ZipEntryInfo[]): boolean {
  const checked = new Set(entries.filter((entry) => !entry.isDirectory).map((entry) => entry.name));
  const read = Object.values(zip.files).filter((entry) => !entry.dir);
  return (
    read.length === checked.size && read.every((entry) => checked.has(entry.unsafeOriginalName ?? entry.name))
  );
}

function missingPhotos(missing: readonly PhotoMeta[]): BundleProblem {
  // In name order ("photo-2" before "photo-10"), as a file browser lists what the user would look for.
  const byName = new Intl.Collator(undefined, { numeric: true });
  const fileNames = missing.map((photo) => photo.fileName).sort(byName.compare);
  return {
    kind: 'photos-missing',
    count: missing.length,
    fileNames: fileNames.slice(0, MISSING_PHOTOS_NAMED),
  };
}

function failed(problem: BundleProblem): OpenBundleResult {
  return failure(problem);
}

/**
 * deck.json at the top, or inside one folder: zipping the unzipped bundle folder again (to mail it)
 * puts everything one level down. macOS adds a "__MACOSX" folder of its own when it zips.
 */
function findRoot(zip: JSZip): string | null {
  if (zip.file(DECK_JSON) !== null) return '';
  const nested = Object.keys(zip.files).filter(
    (name) => /^[^/]+\/deck\.json$/.test(name) && !name.startsWith('__MACOSX/'),
  );
  const only = nested.length === 1 ? nested[0] : undefined;
  return only === undefined ? null : only.slice(0, -DECK_JSON.length);
}

type StreamingEntry = JSZip.JSZipObject & {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
};

type ReadResult = Result<{ bytes: Uint8Array<ArrayBuffer> }, EntryProblem>;

type Declared = { readonly size: number; readonly crc32: number };

/**
 * Inflates an entry but stops as soon as it grows past the size the directory declared: sizes are
 * checked before inflating, and an entry that lies about its size must not get past that check. The bytes
 * must then have the CRC-32 the directory declares: a changed byte (a damaged download, an edited deck.json)
 * is found here, not later as a changed title.
 */
function readEntry(entry: JSZip.JSZipObject, declared: Declared): Promise<ReadResult> {
  const limit = declared.size;
  return new Promise<ReadResult>((resolve) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const stream = (entry as StreamingEntry).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        length += chunk.length;
        if (length > limit) {
          stream.pause();
          resolve(failure('larger-than-declared'));
          return;
        }
        chunks.push(chunk);
      })
      // JSZip's own messages ("Bug : uncompressed data size mismatch", "invalid distance") mean nothing to users.
      .on('error', () => resolve(failure('not-unpackable')))
      .on('end', () => {
        const bytes = concatenate(chunks, length);
        if (crc32(bytes) !== declared.crc32) {
          resolve(failure('checksum-differs'));
        } else resolve({ ok: true, bytes });
      })
      .resume();
  });
}

// Always a fresh copy: a chunk may be a view into the whole zip, which must not be kept alive.
function concatenate(chunks: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
