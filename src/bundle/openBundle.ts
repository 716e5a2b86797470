// Opens a bundle zip for the editor: checks it completely (sizes, paths, deck, every photo's bytes) before
// handing back anything, so a bad bundle changes nothing.
// Must come before JSZip: it decides how to yield when it loads.
import './fastSetImmediate';
import JSZip from 'jszip';
import type { Deck, PhotoMeta } from '../model/deck';
import type { PhotoId } from '../model/ids';
import { deckErrorMessage, parseDeck } from '../model/parseDeck';
import { hashBytes } from '../media/hashBytes';
import { sniffImageType } from '../media/sniffImageType';
import { DECK_JSON, mediaPath } from './bundleLayout';

export type OpenBundleResult =
  { ok: true; deck: Deck; media: Map<PhotoId, Blob> } | { ok: false; reason: string };

export const MAX_BUNDLE_ENTRIES = 5000;
export const MAX_BUNDLE_BYTES = 2 * 1024 ** 3;
/** A deck document is text: even 200 slides of long notes stay far below this. */
export const MAX_DECK_JSON_BYTES = 50 * 1024 ** 2;
const MAX_NAMES_LISTED = 10;

const NOT_A_ZIP = 'this file is not a bundle (not a zip file)';
const NO_DECK = 'this zip is not a Common Thread bundle (no deck.json)';

/** Never throws: every failure comes back as a reason in plain words. */
export async function openBundle(file: Blob): Promise<OpenBundleResult> {
  try {
    return await openChecked(file);
  } catch (error) {
    return failed(
      `this bundle could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function failed(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

async function openChecked(file: Blob): Promise<OpenBundleResult> {
  // Checked before a single byte is read: a file this big would not fit the tab's memory anyway.
  if (file.size > MAX_BUNDLE_BYTES) return failed('this bundle is too large to open (more than 2 GB)');
  let zip: JSZip;
  try {
    // JSZip only reads the directory here; nothing is inflated until an entry is asked for.
    zip = await JSZip.loadAsync(await file.arrayBuffer());
  } catch {
    return failed(NOT_A_ZIP);
  }

  const entries = Object.values(zip.files);
  if (entries.length > MAX_BUNDLE_ENTRIES) {
    return failed(`this bundle holds too many files (${entries.length}; at most ${MAX_BUNDLE_ENTRIES})`);
  }
  let totalBytes = 0;
  for (const entry of entries) {
    // JSZip already resolved ".." in `name`; the original is what an attacker wrote.
    const path = entry.unsafeOriginalName ?? entry.name;
    if (isUnsafePath(path)) return failed(`this bundle holds a file with an unsafe path ("${path}")`);
    if (entry.dir) continue;
    const size = declaredSize(entry);
    if (size === null) return failed(`the size of "${path}" in this bundle cannot be read`);
    totalBytes += size;
  }
  if (totalBytes > MAX_BUNDLE_BYTES) {
    return failed('this bundle is too large to open (more than 2 GB unpacked)');
  }

  const root = findRoot(zip);
  if (root === null) return failed(NO_DECK);
  const deckEntry = zip.file(root + DECK_JSON);
  if (deckEntry === null) return failed(NO_DECK);
  if ((declaredSize(deckEntry) ?? Infinity) > MAX_DECK_JSON_BYTES) {
    return failed('deck.json in this bundle is too large to be a deck');
  }

  const deckBytes = await readEntry(deckEntry);
  if (!deckBytes.ok) return failed(`deck.json in this bundle is damaged (${deckBytes.problem})`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(deckBytes.bytes));
  } catch {
    return failed('deck.json in this bundle is damaged (it is not JSON)');
  }
  const parsed = parseDeck(json);
  if (!parsed.ok) return failed(deckErrorMessage(parsed.error));
  const deck = parsed.deck;

  const photos = Object.values(deck.photos);
  const missing = photos.filter((photo) => zip.file(root + mediaPath(photo)) === null);
  if (missing.length > 0) return failed(missingPhotosReason(missing));

  const media = new Map<PhotoId, Blob>();
  for (const photo of photos) {
    const entry = zip.file(root + mediaPath(photo));
    if (entry === null) return failed(missingPhotosReason([photo]));
    const read = await readEntry(entry);
    if (!read.ok) return failed(`the photo "${photo.fileName}" in this bundle is damaged (${read.problem})`);
    const bytes = read.bytes;
    const sniffed = sniffImageType(bytes);
    if (sniffed.kind !== 'image') {
      return failed(`the photo "${photo.fileName}" in this bundle is not an image (${sniffed.reason})`);
    }
    if ((await hashBytes(bytes)) !== photo.id) {
      return failed(
        `the photo "${photo.fileName}" in this bundle is damaged (its bytes differ from the original)`,
      );
    }
    media.set(photo.id, new Blob([bytes], { type: photo.mimeType }));
  }
  return { ok: true, deck, media };
}

function isUnsafePath(path: string): boolean {
  return (
    path.startsWith('/') ||
    /^[a-zA-Z]:/.test(path) ||
    path.includes('\\') ||
    path.split('/').some((part) => part === '..')
  );
}

function missingPhotosReason(missing: readonly PhotoMeta[]): string {
  const names = missing.slice(0, MAX_NAMES_LISTED).map((photo) => photo.fileName);
  const more = missing.length > MAX_NAMES_LISTED ? ` and ${missing.length - MAX_NAMES_LISTED} more` : '';
  const noun = missing.length === 1 ? 'a photo' : `${missing.length} photos`;
  return `this bundle is missing ${noun}: ${names.join(', ')}${more}`;
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

// JSZip keeps each loaded entry's sizes from the zip directory in a private `_data`; it is the only way
// to learn them without inflating.
type LoadedEntry = { _data?: { uncompressedSize?: unknown } };

function declaredSize(entry: JSZip.JSZipObject): number | null {
  const size = (entry as unknown as LoadedEntry)._data?.uncompressedSize;
  return typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : null;
}

type StreamingEntry = JSZip.JSZipObject & {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
};

type ReadResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; problem: string };

/**
 * Inflates an entry but stops as soon as it grows past the size the directory declared: sizes are
 * checked before inflating, and an entry that lies about its size must not get past that check.
 */
function readEntry(entry: JSZip.JSZipObject): Promise<ReadResult> {
  const limit = declaredSize(entry) ?? 0;
  return new Promise<ReadResult>((resolve) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const stream = (entry as StreamingEntry).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        length += chunk.length;
        if (length > limit) {
          stream.pause();
          resolve({ ok: false, problem: 'it is larger than the zip says' });
          return;
        }
        chunks.push(chunk);
      })
      // JSZip's own messages ("Bug : uncompressed data size mismatch", "invalid distance") mean nothing to users.
      .on('error', () => resolve({ ok: false, problem: 'it could not be unpacked' }))
      .on('end', () => resolve({ ok: true, bytes: concatenate(chunks, length) }))
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
