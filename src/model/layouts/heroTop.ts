// Layout: the first photo large across the top, the others in a row beneath it.
import type { Layout } from './layoutTypes';
import { evenGridCells, innerArea, meanAspect, splitColumn } from './tiles';

const HERO_SHARE = 0.66;

export const heroTop: Layout = {
  kind: 'hero-top',
  label: 'Hero top',
  tiling: true,
  overlaps: false,
  arrange: (photos, slide, { gutter }) => {
    const inner = innerArea(slide, gutter);
    if (photos.length <= 1) return photos.map(() => inner);
    const [hero, strip] = splitColumn(inner, [HERO_SHARE, 1 - HERO_SHARE], gutter) as [
      typeof inner,
      typeof inner,
    ];
    const rest = photos.slice(1);
    return [hero, ...evenGridCells(rest.length, strip, meanAspect(rest), gutter)];
  },
};
