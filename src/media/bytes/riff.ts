// Walks the chunks of a RIFF file (WebP): four-character code, little-endian size, data padded to even.
import { matchAscii, u32le, u8 } from './read';

export type RiffChunk = {
  readonly type: string;
  readonly at: number;
  readonly data: number;
  /** End of the data, cut to the RIFF's end. */
  readonly dataEnd: number;
};

export type RiffWalk = {
  readonly chunks: RiffChunk[];
  /** The RIFF's declared end, cut to the bytes. */
  readonly end: number;
  /** Whether the last chunk ran past the declared end. */
  readonly cut: boolean;
};

export function isWebp(bytes: Uint8Array): boolean {
  return matchAscii(bytes, 0, 'RIFF') && matchAscii(bytes, 8, 'WEBP');
}

/** The chunks of the RIFF form in `bytes` (after its 12-byte header). Each is at least 8 bytes: linear. */
export function walkRiff(bytes: Uint8Array): RiffWalk {
  const end = Math.min(bytes.length, 8 + u32le(bytes, 4));
  const chunks: RiffChunk[] = [];
  let at = 12;
  while (at + 8 <= end) {
    const size = u32le(bytes, at + 4);
    const data = at + 8;
    const type = String.fromCharCode(u8(bytes, at), u8(bytes, at + 1), u8(bytes, at + 2), u8(bytes, at + 3));
    chunks.push({ type, at, data, dataEnd: Math.min(data + size, end) });
    if (data + size > end) return { chunks, end, cut: true };
    at = data + size + (size % 2);
  }
  return { chunks, end, cut: false };
}
