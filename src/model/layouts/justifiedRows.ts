// Layout: rows whose cells keep close to each photo's proportions (the automatic collage new slides start with).
import { collageLayout } from '../collageLayout';
import type { Layout } from './layoutTypes';

export const justifiedRows: Layout = {
  // 'grid' is the kind addSlide has always recorded for this collage, so older decks keep their name.
  kind: 'grid',
  label: 'Justified rows',
  // Rows keep photos near their own shape, so a lone panorama or tall portrait leaves part of the slide free.
  tiling: false,
  overlaps: false,
  arrange: (photos, slide, { gutter }) =>
    collageLayout(
      photos.map((p) => p.aspect),
      slide,
      gutter,
    ),
};
