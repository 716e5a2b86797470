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
  /** Quality (0–1) of the JPEG a resized (or HEIC) photo is written as; photos kept are never re-encoded. */
  readonly jpegQuality: number;
};

/*
 * Qualities chosen by measuring Chromium's encoder on 1600 px pictures (bench/bigPhotos.ts and the fixture
 * photos): 0.9 shows no loss on a projector. Email's 0.7 weighs about half of 0.9's bytes (a grainy
 * 1600×1200 picture 390 kB instead of 700 kB, a real photo 50–250 kB), still clean on a projector; it is 9 %
 * lighter than 0.75, which a hundred grainy 12 MP phone photos need to stay under 40 MB, a mail's usual limit.
 * Below 0.7 blocking starts to show in skies.
 */
export const EXPORT_PRESETS: readonly ExportPresetInfo[] = [
  { id: 'original', label: 'Original photos', longEdge: null, jpegQuality: 0.9 },
  { id: 'high', label: 'High (long edge 2560 px)', longEdge: 2560, jpegQuality: 0.9 },
  { id: 'email', label: 'Email (long edge 1600 px)', longEdge: 1600, jpegQuality: 0.7 },
];

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
 * A re-encoded photo's bytes per pixel, measured with Chromium's encoder on the fixture photos and the
 * benchmark's pictures resized to 1600 and 2560 px: about COEFFICIENT(quality) × sourceBytesPerPixel^0.7 ×
 * (pixels / 1.92 MP)^−0.1. The source's bytes per pixel say how detailed the photo is (a grainy picture
 * stays dear, a smooth one cheap) but less than in proportion (a heavily compressed original still comes
 * out at the export's quality); a photo shrunk to fewer pixels packs a little more detail into each.
 * Single photos land within 0.7–1.5× of the real size, the benchmark's within 0.95–1.05×.
 */
const COEFFICIENT_BY_QUALITY: readonly (readonly [quality: number, coefficient: number])[] = [
  [0.7, 0.392],
  [0.75, 0.43],
  [0.8, 0.464],
  [0.85, 0.558],
  [0.9, 0.727],
];
const DETAIL_EXPONENT = 0.7;
const SIZE_EXPONENT = -0.1;
const REFERENCE_PIXELS = 1600 * 1200;
/** Bounds no photo-like picture leaves at these qualities: a flat image, and pure noise. */
const MIN_JPEG_BYTES_PER_PIXEL = 0.03;
const MAX_JPEG_BYTES_PER_PIXEL = 0.6;
/** What a source with no pixel count is taken to hold: a typical phone photo. */
const TYPICAL_SOURCE_BYTES_PER_PIXEL = 0.3;

/** The measured coefficient at `quality`, interpolated between (and held at the ends of) the table. */
function coefficientAt(quality: number): number {
  const first = COEFFICIENT_BY_QUALITY[0] as readonly [number, number];
  if (quality <= first[0]) return first[1];
  for (let i = 1; i < COEFFICIENT_BY_QUALITY.length; i += 1) {
    const [q1, c1] = COEFFICIENT_BY_QUALITY[i] as readonly [number, number];
    const [q0, c0] = COEFFICIENT_BY_QUALITY[i - 1] as readonly [number, number];
    if (quality <= q1) return c0 + ((c1 - c0) * (quality - q0)) / (q1 - q0);
  }
  return (COEFFICIENT_BY_QUALITY[COEFFICIENT_BY_QUALITY.length - 1] as readonly [number, number])[1];
}

/** The expected size in bytes of the photo as the preset writes it. */
export function estimatePhotoBytes(photo: PhotoMeta, preset: ExportPreset): number {
  const plan = planPhoto(photo, preset);
  if (plan.kind === 'keep') return photo.bytes;
  const sourcePixels = photo.width * photo.height;
  const pixels = Math.max(1, plan.width * plan.height);
  const sourceBytesPerPixel = sourcePixels > 0 ? photo.bytes / sourcePixels : TYPICAL_SOURCE_BYTES_PER_PIXEL;
  // HEIC packs about twice as much into a byte as JPEG does.
  const asJpeg = photo.mimeType === 'image/heic' ? sourceBytesPerPixel * 2 : sourceBytesPerPixel;
  const perPixel =
    coefficientAt(presetInfo(preset).jpegQuality) *
    asJpeg ** DETAIL_EXPONENT *
    (pixels / REFERENCE_PIXELS) ** SIZE_EXPONENT;
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
/** first-slide.jpg, the zip's first slide as a JPEG at the deck's size (quality 0.85): about this per pixel. */
const FIRST_SLIDE_BYTES_PER_PIXEL = 0.12;

export type BundleFormat = 'zip' | 'html';

/** What the bundle carries besides the deck and its photos, as measured by the export dialog. */
export type BundleExtras = {
  /** The player script's bytes. */
  readonly playerScriptBytes: number;
  /** The characters of the data: URLs of the fonts the page carries (bundle/embedFonts); 0 when unknown. */
  readonly fontDataBytes?: number;
};

/** Base64 of already compressed font files deflates to about its 6 bits of 8. */
const DEFLATED_BASE64_RATIO = 0.76;

/**
 * The bundle's expected size in bytes: each photo as the preset writes it, the player script, the fonts the
 * page carries, the deck (twice in a zip: deck.json and inside index.html), the zip's first-slide picture and
 * its own records. A single HTML file holds the photos as base64 (4 bytes for 3) and nothing is compressed.
 */
export function estimateBundleSize(
  deck: Deck,
  preset: ExportPreset,
  { playerScriptBytes, fontDataBytes = 0 }: BundleExtras,
  format: BundleFormat = 'zip',
): number {
  const photos = Object.values(deck.photos);
  const photoBytes = photos.reduce((sum, photo) => sum + estimatePhotoBytes(photo, preset), 0);
  const deckBytes = JSON.stringify(deck).length;
  if (format === 'html') {
    return Math.round(
      PAGE_AND_README_BYTES + playerScriptBytes + fontDataBytes + deckBytes + (photoBytes * 4) / 3,
    );
  }
  const entries = photos.length + 5;
  const text = (playerScriptBytes + deckBytes * 2.2 + PAGE_AND_README_BYTES) * DEFLATED_TEXT_RATIO;
  const fonts = fontDataBytes * DEFLATED_BASE64_RATIO;
  const records = entries * ZIP_ENTRY_OVERHEAD * 2 + photos.length * MEDIA_PATH_LENGTH * 2 + ZIP_END_RECORD;
  const firstSlide =
    deck.slides.length > 0 ? deck.size.width * deck.size.height * FIRST_SLIDE_BYTES_PER_PIXEL : 0;
  return Math.round(photoBytes + text + fonts + records + firstSlide);
}

/** "about 38 MB", "about 900 kB": what the dialog shows beside each preset. */
export function formatEstimate(bytes: number): string {
  if (bytes < 1_000_000) return `about ${Math.max(1, Math.round(bytes / 1000))} kB`;
  const mb = bytes / 1_000_000;
  return `about ${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
