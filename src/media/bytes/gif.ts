// Walks a GIF's blocks: extensions and images, each a chain of length-prefixed sub-blocks, up to the trailer.
import { matchAscii, u8 } from './read';

export type GifBlock = {
  readonly kind: 'extension' | 'image';
  /** The extension label (0xFF application, 0xFE comment, 0xF9 graphic control…); 0 for an image. */
  readonly label: number;
  /** Offset of the introducer (0x21 or 0x2C). */
  readonly at: number;
  /** First byte of the sub-blocks (an application extension's first one holds its 11-byte identifier). */
  readonly data: number;
  /** First byte after the block's terminating empty sub-block. */
  readonly end: number;
};

export type GifWalk = {
  readonly blocks: GifBlock[];
  /** trailer: the 0x3B after the last block (`end` is after it); cut: the bytes ran out; bad: an unknown block. */
  readonly stop: 'trailer' | 'cut' | 'bad';
  readonly end: number;
};

export function isGif(bytes: Uint8Array): boolean {
  return matchAscii(bytes, 0, 'GIF87a') || matchAscii(bytes, 0, 'GIF89a');
}

/** The blocks of the GIF in `bytes`. Every step moves forward: linear. */
export function walkGif(bytes: Uint8Array): GifWalk {
  const blocks: GifBlock[] = [];
  const colorTable = (flags: number) => (flags & 0x80 ? 3 * (1 << ((flags & 7) + 1)) : 0);
  let at = 13 + colorTable(u8(bytes, 10));
  while (at < bytes.length) {
    const introducer = u8(bytes, at);
    if (introducer === 0x3b) return { blocks, stop: 'trailer', end: at + 1 };
    let data: number;
    let label = 0;
    if (introducer === 0x21) {
      label = u8(bytes, at + 1);
      data = at + 2;
    } else if (introducer === 0x2c) {
      // Image descriptor (10 bytes), local colour table, LZW minimum code size, then the data sub-blocks.
      data = at + 10 + colorTable(u8(bytes, at + 9)) + 1;
    } else {
      return { blocks, stop: 'bad', end: at };
    }
    const end = skipSubBlocks(bytes, data);
    if (end === undefined) return { blocks, stop: 'cut', end: bytes.length };
    blocks.push({ kind: introducer === 0x21 ? 'extension' : 'image', label, at, data, end });
    at = end;
  }
  return { blocks, stop: 'cut', end: bytes.length };
}

/** The offset after the empty sub-block that ends the chain starting at `at`, or undefined when cut. */
function skipSubBlocks(bytes: Uint8Array, at: number): number | undefined {
  let i = at;
  while (i < bytes.length) {
    const size = u8(bytes, i);
    if (size === 0) return i + 1;
    i += 1 + size;
  }
  return undefined;
}
