// Location in a PNG: the eXIf chunk's GPS is blanked in place (its CRC rewritten); chunks of XMP or of
// EXIF/IPTC/XMP as hex text ("Raw profile type …", as ImageMagick writes them) are dropped whole.
import type { Range } from '../bytes/gather';
import { walkPng } from '../bytes/png';
import { cString, matchAscii, writeU32be } from '../bytes/read';
import { crc32 } from '../bytes/crc32';
import type { StripContext } from './context';
import { stripJpeg } from './jpeg';
import { stripTiff } from './tiff';
import { without } from './drop';

const TEXT_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt']);
const METADATA_KEYWORD = /^(XML:com\.adobe\.xmp|Raw profile type (exif|app1|iptc|xmp|8bim|app13))$/i;

export function stripPng(bytes: Uint8Array, context: StripContext): Uint8Array {
  const walk = walkPng(bytes);
  // A chunk decoders refuse, with bytes after it: what follows cannot be read, so it cannot be checked.
  if (walk.stop === 'bad') context.clean = false;
  const dropped: Range[] = [];
  for (const chunk of walk.chunks) {
    if (!context.budget.spend(1)) {
      context.clean = false;
      break;
    }
    if (chunk.type === 'eXIf') {
      const before = context.changes;
      const tiff = matchAscii(bytes, chunk.data, 'Exif\0\0') ? chunk.data + 6 : chunk.data;
      stripTiff(bytes, tiff, chunk.dataEnd, context, (jpeg) => stripJpeg(jpeg, context, true));
      if (context.changes !== before)
        writeU32be(bytes, chunk.dataEnd, crc32(bytes, chunk.at + 4, chunk.dataEnd));
    } else if (chunk.type === 'zxIf') {
      dropped.push({ start: chunk.at, end: chunk.end }); // the eXIf draft's compressed form
    } else if (TEXT_CHUNKS.has(chunk.type)) {
      const keyword = cString(bytes, chunk.data, Math.min(chunk.dataEnd, chunk.data + 80));
      if (keyword && METADATA_KEYWORD.test(keyword.text)) dropped.push({ start: chunk.at, end: chunk.end });
    }
  }
  const last = walk.chunks[walk.chunks.length - 1];
  // Nothing after IEND is part of the image.
  const end = walk.stop === 'iend' && last ? last.end : bytes.length;
  return without(bytes, dropped, end);
}
