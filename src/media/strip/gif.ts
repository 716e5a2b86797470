// Location in a GIF: XMP (and ImageMagick's IPTC / Photoshop) application extensions are dropped whole.
import type { Range } from '../bytes/gather';
import { walkGif } from '../bytes/gif';
import { matchAscii } from '../bytes/read';
import type { StripContext } from './context';
import { without } from './drop';

/** Application identifiers (8 bytes) and authentication codes (3) of metadata extensions. */
const METADATA_APPLICATIONS = ['XMP DataXMP', 'MGK8BIM0000', 'MGKIPTC0000'];

export function stripGif(bytes: Uint8Array, context: StripContext): Uint8Array {
  const walk = walkGif(bytes);
  // An unknown block: decoders stop there, but what follows is still in the file and cannot be checked.
  if (walk.stop === 'bad') context.clean = false;
  const dropped: Range[] = [];
  for (const block of walk.blocks) {
    if (!context.budget.spend(1)) {
      context.clean = false;
      break;
    }
    const isMetadata =
      block.kind === 'extension' &&
      block.label === 0xff &&
      bytes[block.data] === 11 &&
      METADATA_APPLICATIONS.some((id) => matchAscii(bytes, block.data + 1, id));
    if (isMetadata) dropped.push({ start: block.at, end: block.end });
  }
  // Nothing after the trailer is part of the image.
  return without(bytes, dropped, walk.stop === 'trailer' ? walk.end : bytes.length);
}
