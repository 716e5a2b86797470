// The gallery of collage layouts, by kind, and the one safe way to run one.
import type { Size } from '../geometry';
import { centreFrame } from './centreFrame';
import { centredSingle } from './centredSingle';
import { evenGrid } from './evenGrid';
import { filmstrip } from './filmstrip';
import { heroLeft } from './heroLeft';
import { heroTop } from './heroTop';
import { justifiedRows } from './justifiedRows';
import type { Cell, Layout, LayoutPhoto, LayoutStyle } from './layoutTypes';
import { masonryColumns } from './masonryColumns';
import { mosaic } from './mosaic';
import { polaroids } from './polaroids';
import { sideBySide } from './sideBySide';
import { staggered } from './staggered';

/** In the order the gallery shows them. */
export const layouts: readonly Layout[] = [
  justifiedRows,
  evenGrid,
  heroLeft,
  heroTop,
  mosaic,
  masonryColumns,
  filmstrip,
  sideBySide,
  centreFrame,
  staggered,
  centredSingle,
  polaroids,
];

export const DEFAULT_LAYOUT: Layout = justifiedRows;

/** The layout of this kind; a kind this app does not know (a newer app's) or none gets the default. */
export function findLayout(kind: string | undefined): Layout {
  return layouts.find((layout) => layout.kind === kind) ?? DEFAULT_LAYOUT;
}

/**
 * One cell per photo, in order. Odd input (bad aspect ratios, a gutter too wide for this many photos)
 * never yields a broken cell: aspects fall back to 1, then the gutter to 0, then the whole slide.
 */
export function layoutCells(
  kind: string | undefined,
  photos: readonly LayoutPhoto[],
  slide: Size,
  style: LayoutStyle,
): Cell[] {
  const layout = findLayout(kind);
  const safePhotos = photos.map((p) => ({
    ...p,
    aspect: Number.isFinite(p.aspect) && p.aspect > 0 ? p.aspect : 1,
  }));
  const gutter = Number.isFinite(style.gutter) && style.gutter > 0 ? style.gutter : 0;
  for (const tryGutter of [gutter, 0]) {
    const cells = layout.arrange(safePhotos, slide, { ...style, gutter: tryGutter });
    if (cells.length === photos.length && cells.every(isUsable)) return cells;
  }
  const whole = { x: 0, y: 0, width: Math.max(1, slide.width), height: Math.max(1, slide.height) };
  return photos.map(() => whole);
}

function isUsable(cell: Cell): boolean {
  return (
    Number.isFinite(cell.x) &&
    Number.isFinite(cell.y) &&
    Number.isFinite(cell.width) &&
    Number.isFinite(cell.height) &&
    cell.width > 0 &&
    cell.height > 0 &&
    (cell.rotation === undefined || Number.isFinite(cell.rotation))
  );
}
