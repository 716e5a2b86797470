// Layout: the first photo large in the middle, framed by strips of smaller photos along the edges.
import type { Rect } from '../geometry';
import type { Layout } from './layoutTypes';
import { innerArea, ones, splitColumn, splitRow } from './tiles';

/** The centre photo takes about this share of the slide; the frame around it the rest. */
const CENTRE_SHARE = 0.5;
/** Up to this many other photos stand in two columns, left and right; more go round all four sides. */
const SIDES_ONLY = 3;

export const centreFrame: Layout = {
  kind: 'frame',
  label: 'Centre and frame',
  tiling: true,
  overlaps: false,
  arrange: (photos, slide, { gutter }) => {
    const inner = innerArea(slide, gutter);
    if (photos.length <= 1) return photos.map(() => inner);
    const others = photos.length - 1;
    if (others <= SIDES_ONLY) {
      // The centre keeps its share of the width; one side column, or two, share the rest.
      const side = (inner.width * (1 - CENTRE_SHARE)) / 2;
      if (others === 1) return splitRow(inner, [inner.width - side, side], gutter);
      const [left, centre, right] = splitRow(inner, [side, inner.width - side * 2, side], gutter) as [
        Rect,
        Rect,
        Rect,
      ];
      const leftCount = Math.floor(others / 2);
      return [
        centre,
        ...splitColumn(left, ones(leftCount), gutter),
        ...splitColumn(right, ones(others - leftCount), gutter),
      ];
    }
    // One thickness for all four strips, so the centre keeps its share.
    const thickness = frameThickness(inner.width, inner.height);
    const [top, middle, bottom] = splitColumn(
      inner,
      [thickness, inner.height - 2 * thickness, thickness],
      gutter,
    ) as [Rect, Rect, Rect];
    const [left, centre, right] = splitRow(
      middle,
      [thickness, middle.width - 2 * thickness, thickness],
      gutter,
    ) as [Rect, Rect, Rect];
    const counts = sideCounts(others, [top.width, right.height, bottom.width, left.height]);
    // Clockwise from the top-left corner: along the top, down the right, back along the bottom, up the left.
    const [topCount = 1, rightCount = 1, bottomCount = 1, leftCount = 1] = counts;
    return [
      centre,
      ...splitRow(top, ones(topCount), gutter),
      ...splitColumn(right, ones(rightCount), gutter),
      ...splitRow(bottom, ones(bottomCount), gutter).reverse(),
      ...splitColumn(left, ones(leftCount), gutter).reverse(),
    ];
  },
};

/** The strip thickness at which the centre, inside all four strips, has CENTRE_SHARE of the area. */
function frameThickness(width: number, height: number): number {
  // (width - 2t)(height - 2t) = share · width · height, solved for the smaller root t.
  const sum = width + height;
  const root = Math.sqrt(sum * sum - 4 * (1 - CENTRE_SHARE) * width * height);
  return (sum - root) / 4;
}

/** How many photos each side holds (top, right, bottom, left): at least one each, the rest by the side's length. */
function sideCounts(total: number, lengths: readonly number[]): number[] {
  const counts = lengths.map(() => 1);
  for (let placed = lengths.length; placed < total; placed++) {
    // The next photo goes where the slots are longest, so slots stay about the same size all round.
    let longest = 0;
    lengths.forEach((length, i) => {
      if (length / (counts[i] ?? 1) > (lengths[longest] ?? 0) / (counts[longest] ?? 1)) longest = i;
    });
    counts[longest] = (counts[longest] ?? 0) + 1;
  }
  return counts;
}
