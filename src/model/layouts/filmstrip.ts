// Layout: photos in strips of film frames at about their own proportions, centred, as few strips as fill the slide best.
import type { Size } from '../geometry';
import type { Cell, Layout } from './layoutTypes';
import { innerArea, splitRow, sum } from './tiles';

/** Film frames run from a tall 1:2 to a wide 5:2; photos beyond are cropped to that, so no frame is a sliver. */
const NARROWEST_FRAME = 0.5;
const WIDEST_FRAME = 2.5;
/** The strips cover at least this share of the slide: when own proportions leave more empty, frames are stretched. */
const COVER = 0.6;
/** How much frames may be stretched (wider or taller), in quarter steps of a doubling. */
const STRETCHES = Array.from({ length: 25 }, (_, i) => 2 ** ((i - 12) / 4)).sort(
  (a, b) => Math.abs(Math.log(a)) - Math.abs(Math.log(b)),
);

type Strips = { counts: number[]; height: number; stretch: number; cover: number };

export const filmstrip: Layout = {
  kind: 'filmstrip',
  label: 'Filmstrip',
  tiling: false,
  overlaps: false,
  arrange: (photos, slide, { gutter }) => {
    if (photos.length === 0) return [];
    const inner = innerArea(slide, gutter);
    const frames = photos.map((p) => Math.min(Math.max(p.aspect, NARROWEST_FRAME), WIDEST_FRAME));
    const chosen = chooseStrips(frames, inner, gutter, slide);
    if (!chosen) return [];
    const { counts, height, stretch } = chosen;
    const top = inner.y + (inner.height - (counts.length * height + (counts.length - 1) * gutter)) / 2;
    let start = 0;
    return counts.flatMap((count, i): Cell[] => {
      const aspects = frames.slice(start, start + count).map((a) => a * stretch);
      start += count;
      const width = sum(aspects) * height + (aspects.length - 1) * gutter;
      const row = { x: inner.x + (inner.width - width) / 2, y: top + i * (height + gutter), width, height };
      return splitRow(row, aspects, gutter);
    });
  },
};

/**
 * The strip count and frame stretch: frames at their own proportions if some strip count covers enough
 * of the slide, else the least stretch that does, else the one that covers most.
 */
function chooseStrips(frames: readonly number[], inner: Size, gutter: number, slide: Size): Strips | null {
  let most: Strips | null = null;
  for (const stretch of STRETCHES) {
    let best: Strips | null = null;
    for (let strips = 1; strips <= frames.length; strips++) {
      const option = stripsAt(frames, strips, stretch, inner, gutter, slide);
      if (option && (!best || option.cover > best.cover)) best = option;
    }
    if (!best) continue;
    if (best.cover >= COVER) return best;
    if (!most || best.cover > most.cover) most = best;
  }
  return most;
}

function stripsAt(
  frames: readonly number[],
  strips: number,
  stretch: number,
  inner: Size,
  gutter: number,
  slide: Size,
): Strips | null {
  const counts = balancedCounts(frames, strips);
  // One height for every strip: the tallest at which the widest strip fits, and the strips fit the slide.
  let height = (inner.height - (strips - 1) * gutter) / strips;
  let start = 0;
  for (const count of counts) {
    const width = inner.width - (count - 1) * gutter;
    height = Math.min(height, width / (sum(frames.slice(start, start + count)) * stretch));
    start += count;
  }
  if (!(height > 0)) return null;
  const cover = (height * height * stretch * sum(frames)) / (slide.width * slide.height);
  return { counts, height, stretch, cover };
}

/** Photos per strip, in order, cut where the strips come closest to one length each (no strip empty). */
function balancedCounts(frames: readonly number[], strips: number): number[] {
  const total = sum(frames);
  const counts: number[] = [];
  let start = 0;
  let run = 0;
  for (let strip = 1; strip < strips; strip++) {
    const goal = (total * strip) / strips;
    // Leave at least one photo for each strip still to come.
    const last = frames.length - (strips - strip);
    let end = start + 1;
    run += frames[start] ?? 0;
    while (end < last && Math.abs(run + (frames[end] ?? 0) - goal) < Math.abs(run - goal)) {
      run += frames[end] ?? 0;
      end++;
    }
    counts.push(end - start);
    start = end;
  }
  counts.push(frames.length - start);
  return counts;
}
