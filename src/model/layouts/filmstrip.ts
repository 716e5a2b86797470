// Layout: photos in a strip at their own proportions, centred on the slide; long runs wrap into more strips.
import type { Cell, Layout } from './layoutTypes';
import { innerArea, splitRow, sum } from './tiles';

const PER_STRIP = 8;

export const filmstrip: Layout = {
  kind: 'filmstrip',
  label: 'Filmstrip',
  tiling: false,
  overlaps: false,
  arrange: (photos, slide, { gutter }) => {
    if (photos.length === 0) return [];
    const inner = innerArea(slide, gutter);
    const stripCount = Math.ceil(photos.length / PER_STRIP);
    const strips = Array.from({ length: stripCount }, (_, i) =>
      photos.slice(i * PER_STRIP, (i + 1) * PER_STRIP).map((p) => p.aspect),
    );
    // One height for every strip: the tallest at which the widest strip still fits, and the strips fit the slide.
    const heightFromWidth = Math.min(
      ...strips.map((aspects) => (inner.width - (aspects.length - 1) * gutter) / sum(aspects)),
    );
    const height = Math.min(heightFromWidth, (inner.height - (stripCount - 1) * gutter) / stripCount);
    const top = inner.y + (inner.height - (stripCount * height + (stripCount - 1) * gutter)) / 2;
    return strips.flatMap((aspects, i): Cell[] => {
      const width = sum(aspects) * height + (aspects.length - 1) * gutter;
      const row = { x: inner.x + (inner.width - width) / 2, y: top + i * (height + gutter), width, height };
      return splitRow(row, aspects, gutter);
    });
  },
};
