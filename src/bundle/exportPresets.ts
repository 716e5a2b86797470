// The export presets (how large the bundle's photos are), what each does to a photo, and the bundle's size
// estimated from the photos' sizes and pixel counts before anything is written. No DOM: unit-testable in Node.
import type { Deck, MimeType, PhotoMeta } from '../model/deck';
import { fitLongEdge } from '../media/makeRendition';

export type ExportPreset = 'original' | 'high' | 'email';

export type ExportPresetInfo = {
  readonly id: ExportPreset;
  readonly label: string;
  /** The longest side a photo may have in the bundle; null keeps every photo's own size. */
  readonly longEdge: number | null;
};

export const EXPORT_PRESETS: readonly ExportPresetInfo[] = [
  { id: 'original', label: 'Original photos', longEdge: null },
  { id: 'high', label: 'High (long edge 2560 px)', longEdge: 2560 },
  { id: 'email', label: 'Email (long edge 1600 px)', longEdge: 1600 },
];

/** Quality of the JPEG a resized (or HEIC) photo is written as: no visible loss on a projector. */
export const EXPORT_JPEG_QUALITY = 0.9;

export function presetInfo(preset: ExportPreset): ExportPresetInfo {
  const info = EXPORT_PRESETS.find((candidate) => candidate.id === preset);
  if (!info) throw new RangeError(`unknown export preset "${String(preset)}"`);
  return info;
}

// Every browser shows these; HEIC only Safari does, so a bundle never carries it.
const SHOWABLE: ReadonlySet<MimeType> = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
]);

export function browsersCanShow(mimeType: MimeType): boolean {
  return SHOWABLE.has(mimeType);
}

/**
 * What the export does with one photo: its own bytes, untouched (so a bundle opened and exported again
 * with the same preset gives the same bytes), or a JPEG drawn at `width`×`height` (upright, no metadata).
 */
export type PhotoPlan =
  { readonly kind: 'keep' } | { readonly kind: 'jpeg'; readonly width: number; readonly height: number };

export function planPhoto(
  photo: Pick<PhotoMeta, 'width' | 'height'> & { readonly mimeType: MimeType },
  preset: ExportPreset,
): PhotoPlan {
  const { longEdge } = presetInfo(preset);
  const tooLarge = longEdge !== null && Math.max(photo.width, photo.height) > longEdge;
  if (!tooLarge && browsersCanShow(photo.mimeType)) return { kind: 'keep' };
  const size = longEdge === null ? photo : fitLongEdge(photo.width, photo.height, longEdge);
  return { kind: 'jpeg', width: size.width, height: size.height };
}

/*
 * A JPEG at quality 0.9 of a downscaled photo takes about this many bytes per pixel: measured here with
 * Chromium's encoder on the fixture photos (0.17–0.45, detailed scenes highest). The photo's own bytes per
 * pixel say how detailed it is, so the estimate leans on it within these bounds.
 */
const MIN_JPEG_BYTES_PER_PIXEL = 0.12;
const MAX_JPEG_BYTES_PER_PIXEL = 0.6;
/** A photo shrunk to fewer pixels packs more detail into each: its bytes per pixel grow, roughly with √shrink. */
const DETAIL_GROWTH = 0.5;
/** Our quality 0.9 against the ~0.85–0.92 of phone and camera JPEGs: about the same bytes per pixel. */
const SOURCE_TO_EXPORT = 1.1;

/** The expected size in bytes of the photo as the preset writes it. */
export function estimatePhotoBytes(photo: PhotoMeta, preset: ExportPreset): number {
  const plan = planPhoto(photo, preset);
  if (plan.kind === 'keep') return photo.bytes;
  const sourcePixels = photo.width * photo.height;
  const pixels = plan.width * plan.height;
  const sourceBytesPerPixel = sourcePixels > 0 ? photo.bytes / sourcePixels : MAX_JPEG_BYTES_PER_PIXEL;
  // HEIC packs about twice as much into a byte as JPEG does.
  const asJpeg = photo.mimeType === 'image/heic' ? sourceBytesPerPixel * 2 : sourceBytesPerPixel;
  const shrink = sourcePixels / Math.max(1, pixels);
  const perPixel = asJpeg * SOURCE_TO_EXPORT * shrink ** DETAIL_GROWTH;
  return Math.round(
    pixels * Math.min(MAX_JPEG_BYTES_PER_PIXEL, Math.max(MIN_JPEG_BYTES_PER_PIXEL, perPixel)),
  );
}

/** Local header, central directory entry and data descriptor of one zip entry, beside its name. */
const ZIP_ENTRY_OVERHEAD = 30 + 46 + 16;
const ZIP_END_RECORD = 22;
/** DEFLATE shrinks minified JS and JSON to about this much (measured on the player and decks here). */
const DEFLATED_TEXT_RATIO = 0.3;
/** index.html and README.txt besides the deck they embed or mention. */
const PAGE_AND_README_BYTES = 4000;
const MEDIA_PATH_LENGTH = 'media/'.length + 64 + '.webp'.length;

export type BundleFormat = 'zip' | 'html';

/**
 * The bundle's expected size in bytes: each photo as the preset writes it, the player script, the deck
 * (twice in a zip: deck.json and inside index.html) and the zip's own records. A single HTML file holds
 * the photos as base64 (4 bytes for 3) and nothing is compressed.
 */
export function estimateBundleSize(
  deck: Deck,
  preset: ExportPreset,
  playerScriptBytes: number,
  format: BundleFormat = 'zip',
): number {
  const photos = Object.values(deck.photos);
  const photoBytes = photos.reduce((sum, photo) => sum + estimatePhotoBytes(photo, preset), 0);
  const deckBytes = JSON.stringify(deck).length;
  if (format === 'html') {
    return Math.round(PAGE_AND_README_BYTES + playerScriptBytes + deckBytes + (photoBytes * 4) / 3);
  }
  const entries = photos.length + 4;
  const text = (playerScriptBytes + deckBytes * 2.2 + PAGE_AND_README_BYTES) * DEFLATED_TEXT_RATIO;
  const records = entries * ZIP_ENTRY_OVERHEAD * 2 + photos.length * MEDIA_PATH_LENGTH * 2 + ZIP_END_RECORD;
  return Math.round(photoBytes + text + records);
}

/** "about 38 MB", "about 900 kB": what the dialog shows beside each preset. */
export function formatEstimate(bytes: number): string {
  if (bytes < 1_000_000) return `about ${Math.max(1, Math.round(bytes / 1000))} kB`;
  const mb = bytes / 1_000_000;
  return `about ${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
