// Walks a PNG's chunks: length, type, data, CRC, in order, up to IEND.
import { u32be, u8 } from './read';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type PngChunk = {
  readonly type: string;
  /** Offset of the chunk's length field. */
  readonly at: number;
  readonly data: number;
  readonly dataEnd: number;
  /** First byte after the CRC. */
  readonly end: number;
};

export type PngWalk = {
  readonly chunks: PngChunk[];
  /** IEND: the file's end (what follows is no part of the image); cut: a chunk runs past the bytes;
   * bad: a chunk type that is not four letters, or a length over 2^31 − 1 (decoders refuse both). */
  readonly stop: 'iend' | 'cut' | 'bad';
};

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, k) => bytes[k] === b);
}

/** The chunks of the PNG in `bytes` (after its signature). Each chunk is at least 12 bytes: linear. */
export function walkPng(bytes: Uint8Array): PngWalk {
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = u32be(bytes, at);
    if (length > 0x7fffffff) return { chunks, stop: 'bad' };
    const codes = [u8(bytes, at + 4), u8(bytes, at + 5), u8(bytes, at + 6), u8(bytes, at + 7)];
    if (!codes.every(isLetter)) return { chunks, stop: 'bad' };
    const end = at + 12 + length;
    if (end > bytes.length) return { chunks, stop: 'cut' };
    const chunk = { type: String.fromCharCode(...codes), at, data: at + 8, dataEnd: at + 8 + length, end };
    chunks.push(chunk);
    if (chunk.type === 'IEND') return { chunks, stop: 'iend' };
    at = end;
  }
  return { chunks, stop: 'cut' };
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
