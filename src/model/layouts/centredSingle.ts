// Layout: each photo alone in the middle of the slide at its own proportions, stacked to be revealed one by one.
import type { Layout } from './layoutTypes';
import { innerArea } from './tiles';

export const centredSingle: Layout = {
  kind: 'single',
  label: 'Centred single photo',
  tiling: false,
  overlaps: true,
  arrange: (photos, slide, { gutter }) => {
    const inner = innerArea(slide, gutter);
    return photos.map(({ aspect }) => {
      const width = Math.min(inner.width, inner.height * aspect);
      const height = Math.min(inner.height, inner.width / aspect);
      return {
        x: inner.x + (inner.width - width) / 2,
        y: inner.y + (inner.height - height) / 2,
        width,
        height,
      };
    });
  },
};
