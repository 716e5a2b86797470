// The two promises of every collage the app lays out by itself: no photo is a sliver, and each shows at least half of itself.
import { centredCrop, cropSource } from '../crop';
import type { Rect } from '../geometry';

/** No photo's cell may be smaller than this share of the mean cell area on its slide. */
export const MIN_CELL_SHARE = 1 / 3;
/** Every photo shows at least this share of its own area in its cell, at the crop the layout gives it. */
export const MIN_SHOWN_SHARE = 0.5;

/** The share of a photo of this aspect (width / height) that a cell shows at a centred crop (scale 1). */
export function shownShare(aspect: number, cell: Pick<Rect, 'width' | 'height'>): number {
  const photo = { width: aspect * 1000, height: 1000 };
  const shown = cropSource(photo, cell, centredCrop());
  return (shown.width * shown.height) / (photo.width * photo.height);
}

/** What breaks the two promises for photos of these aspects in these cells (one per photo), as sentences. */
export function collageRuleProblems(aspects: readonly number[], cells: readonly Rect[]): string[] {
  if (cells.length !== aspects.length) return [`${cells.length} cells for ${aspects.length} photos`];
  const problems: string[] = [];
  const areas = cells.map((cell) => cell.width * cell.height);
  const mean = areas.reduce((a, b) => a + b, 0) / Math.max(1, areas.length);
  areas.forEach((area, i) => {
    if (!(area >= mean * MIN_CELL_SHARE))
      problems.push(`photo ${i}'s cell is ${(area / mean).toFixed(2)} of the mean cell area`);
    const shown = shownShare(aspects[i] ?? 1, cells[i] ?? { width: 0, height: 0 });
    if (!(shown >= MIN_SHOWN_SHARE))
      problems.push(`photo ${i} shows ${(shown * 100).toFixed(0)} % of itself`);
  });
  return problems;
}

export function keepsCollageRules(aspects: readonly number[], cells: readonly Rect[]): boolean {
  return collageRuleProblems(aspects, cells).length === 0;
}
