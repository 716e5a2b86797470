// Layout: the first photo large on the left, the others in a strip beside it.
import type { Layout } from './layoutTypes';
import { evenGridCells, innerArea, meanAspect, splitRow } from './tiles';

const HERO_SHARE = 0.62;

export const heroLeft: Layout = {
  kind: 'hero-left',
  label: 'Hero left',
  tiling: true,
  overlaps: false,
  arrange: (photos, slide, { gutter }) => {
    const inner = innerArea(slide, gutter);
    if (photos.length <= 1) return photos.map(() => inner);
    const [hero, strip] = splitRow(inner, [HERO_SHARE, 1 - HERO_SHARE], gutter) as [
      typeof inner,
      typeof inner,
    ];
    const rest = photos.slice(1);
    return [hero, ...evenGridCells(rest.length, strip, meanAspect(rest), gutter)];
  },
};
