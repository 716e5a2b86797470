// Tells what kind of image a file holds from its first bytes (magic numbers), never from its name.
import type { MimeType } from '../model/deck';
import { ascii, u32be } from './bytes/read';
import { failure, type Result } from '../model/result';
import type { PhotoProblem } from './photoProblem';

export type SniffResult = Result<{ mimeType: MimeType }, PhotoProblem>;

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1']);

/**
 * How much of the file is looked at: every signature, an `ftyp` box's brands, and the text sample in which
 * an `<svg` tag is looked for (a long comment or doctype may come first). Never more, whatever the file's
 * size or what its first box declares: sniffing runs on the main thread.
 */
export const SNIFF_PREFIX_BYTES = 4096;

export function sniffImageType(file: Uint8Array): SniffResult {
  if (file.length === 0) return refused('empty');
  const bytes = file.subarray(0, SNIFF_PREFIX_BYTES);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return image('image/jpeg');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return image('image/png');
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return image('image/gif');
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return image('image/webp');
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brands = isoBrands(bytes);
    // AVIF files usually also list the generic HEIF brand mif1, so AVIF wins when both appear.
    if (brands.some((b) => AVIF_BRANDS.has(b))) return image('image/avif');
    if (brands.some((b) => HEIC_BRANDS.has(b))) return image('image/heic');
    return refused('unknown-format');
  }
  const text = asText(bytes);
  if (text !== undefined) {
    const start = text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .toLowerCase();
    if (start.startsWith('<?xml') || start.includes('<svg')) return refused('svg');
    return refused('text');
  }
  return refused('unknown-format');
}

function refused(kind: 'empty' | 'svg' | 'text' | 'unknown-format'): SniffResult {
  return failure({ kind });
}

function image(mimeType: MimeType): SniffResult {
  return { ok: true, mimeType };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The major brand and the compatible brands of an ISO-BMFF `ftyp` box that starts at offset 0. */
function isoBrands(bytes: Uint8Array): string[] {
  const declared = u32be(bytes, 0);
  // A size of 0 means "to the end of the file"; either way only the brands within the prefix are read.
  const boxEnd = declared === 0 ? bytes.length : Math.min(declared, bytes.length);
  const brands = [ascii(bytes, 8, 4)];
  // Compatible brands follow the 4-byte minor version at offset 12.
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) brands.push(ascii(bytes, offset, 4));
  return brands.filter((b) => b !== '');
}

/**
 * The start of the file as text, or undefined when it looks binary. UTF-16 byte-order marks count as text;
 * otherwise the sample must be valid UTF-8 without NUL or other control characters except whitespace.
 */
function asText(sample: Uint8Array): string | undefined {
  if (startsWith(sample, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(sample);
  if (startsWith(sample, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(sample);
  for (const b of sample) {
    const whitespace = b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d;
    if ((b < 0x20 && !whitespace) || b === 0x7f) return undefined;
  }
  try {
    // stream: true so a multi-byte character cut by the sample's end is not mistaken for binary.
    return new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
  } catch {
    return undefined;
  }
}
