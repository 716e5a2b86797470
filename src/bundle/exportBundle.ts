// Writes a deck as a bundle zip: the player page, the player script, deck.json and every photo's original bytes.
// Must come before JSZip: it decides how to yield when it loads.
import './fastSetImmediate';
import JSZip from 'jszip';
import type { Deck, PhotoMeta } from '../model/deck';
import { bundleIndexHtml } from './bundleIndexHtml';
import { DECK_JSON, INDEX_HTML, PLAYER_JS, mediaPath } from './bundleLayout';

export type ExportBundleOptions = {
  readonly readPhoto: (photo: PhotoMeta) => Promise<Blob>;
  readonly playerScript: string;
  /** `done` of `total` units: one per photo read, then one per percent of writing the zip. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
};

const ZIP_PERCENT_UNITS = 100;

function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

export async function exportBundle(deck: Deck, options: ExportBundleOptions): Promise<Blob> {
  const { readPhoto, playerScript, onProgress, signal } = options;
  throwIfAborted(signal);
  const photos = Object.values(deck.photos);
  const total = photos.length + ZIP_PERCENT_UNITS;
  onProgress?.(0, total);

  const zip = new JSZip();
  // Text shrinks well; photos are already compressed, so deflating them only costs time.
  zip.file(INDEX_HTML, bundleIndexHtml(deck), { compression: 'DEFLATE' });
  zip.file(PLAYER_JS, playerScript, { compression: 'DEFLATE' });
  zip.file(DECK_JSON, `${JSON.stringify(deck, null, 2)}\n`, { compression: 'DEFLATE' });

  for (const [index, photo] of photos.entries()) {
    const blob = await readPhoto(photo);
    throwIfAborted(signal);
    // Bytes rather than the Blob: JSZip reads Blobs with FileReader, which Node lacks, and reading here
    // lets the progress bar follow the real work.
    const bytes = new Uint8Array(await blob.arrayBuffer());
    throwIfAborted(signal);
    // No "media/" folder entry: the bundle holds exactly its files.
    zip.file(mediaPath(photo), bytes, { binary: true, compression: 'STORE', createFolders: false });
    onProgress?.(index + 1, total);
  }

  return writeZip(zip, signal, (percent) =>
    onProgress?.(photos.length + Math.floor((percent / 100) * ZIP_PERCENT_UNITS), total),
  );
}

/** JSZip's generateAsync cannot be stopped; its internal stream can, so a cancel frees the CPU at once. */
function writeZip(
  zip: JSZip,
  signal: AbortSignal | undefined,
  onPercent: (percent: number) => void,
): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    const stream = zip.generateInternalStream({ type: 'blob', mimeType: 'application/zip' });
    const onAbort = () => {
      stream.pause();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    stream
      .accumulate((metadata) => onPercent(metadata.percent))
      .then(resolve, reject)
      .finally(() => signal?.removeEventListener('abort', onAbort));
  });
}
