// The MP (multi-picture) index of a JPEG's APP2 "MPF" segment: where the file's other images start.
import type { Budget } from './budget';
import { matchAscii, u32 } from './read';
import { openTiff, tiffOffset, walkTiff } from './tiff';

const TAG_MP_ENTRY = 0xb002;

/** The absolute offsets of the images an MPF segment (payload in [payload, end)) lists, the first excepted. */
export function mpfImageOffsets(bytes: Uint8Array, payload: number, end: number, budget: Budget): number[] {
  if (!matchAscii(bytes, payload, 'MPF\0')) return [];
  const tiff = openTiff(bytes, payload + 4, end);
  if (!tiff) return [];
  const offsets: number[] = [];
  walkTiff(
    tiff,
    {
      onEntry: (entry) => {
        if (entry.kind !== 'ifd0' || entry.tag !== TAG_MP_ENTRY || entry.size <= 4) return;
        const list = tiffOffset(tiff, entry.value - tiff.start);
        if (list === undefined) return;
        // 16 bytes an image: attributes, size, offset (from the MPF header; 0 for the first image), two ids.
        const images = Math.min(Math.floor(entry.size / 16), Math.floor((tiff.end - list) / 16));
        if (!budget.spend(images)) return;
        for (let k = 0; k < images; k++) {
          const offset = u32(bytes, list + k * 16 + 8, tiff.little);
          if (offset > 0) offsets.push(tiff.start + offset);
        }
      },
    },
    budget,
  );
  return offsets;
}
