// Which collage the app lays photos out with when it chooses by itself (the wizard, New slide, Shuffle): one that keeps the collage rules.
import type { Size } from '../geometry';
import { centreFrame } from './centreFrame';
import { keepsCollageRules } from './collageRules';
import { evenGrid } from './evenGrid';
import { filmstrip } from './filmstrip';
import { heroLeft } from './heroLeft';
import { heroTop } from './heroTop';
import { justifiedRows } from './justifiedRows';
import { DEFAULT_LAYOUT, layoutCells } from './layoutGallery';
import type { Layout, LayoutPhoto, LayoutStyle } from './layoutTypes';
import { masonryColumns } from './masonryColumns';
import { mosaic } from './mosaic';
import { sideBySide } from './sideBySide';
import { staggered } from './staggered';

/**
 * The layouts the app may choose by itself, the one it prefers first. Polaroids and the centred single photo
 * pile photos on each other by design, so the app never picks them: only a person does.
 */
export const AUTOMATIC_LAYOUTS: readonly Layout[] = [
  justifiedRows,
  evenGrid,
  masonryColumns,
  mosaic,
  heroTop,
  heroLeft,
  sideBySide,
  filmstrip,
  staggered,
  centreFrame,
];

/** Whether the layout of `kind` gives these photos, in `area`, no sliver and shows at least half of each. */
export function layoutKeepsRules(
  kind: string,
  photos: readonly LayoutPhoto[],
  area: Size,
  style: LayoutStyle,
): boolean {
  const cells = layoutCells(kind, photos, area, style);
  return keepsCollageRules(
    photos.map((photo) => photo.aspect),
    cells,
  );
}

/** The automatic layouts that keep the collage rules for these photos in `area`, in the order preferred. */
export function layoutsKeepingRules(
  photos: readonly LayoutPhoto[],
  area: Size,
  style: LayoutStyle,
): Layout[] {
  return AUTOMATIC_LAYOUTS.filter((layout) => layoutKeepsRules(layout.kind, photos, area, style));
}

/**
 * The layout the app picks for these photos in `area`: `preferred` (an automatic layout's kind) when it
 * keeps the collage rules for them, else the first automatic layout that does. Justified rows keep them for
 * any mix of shapes, so the last resort (the default, justified rows) is there only for odd input such as a
 * slide too small for its gutters.
 */
export function pickLayout(
  photos: readonly LayoutPhoto[],
  area: Size,
  style: LayoutStyle,
  preferred: string = DEFAULT_LAYOUT.kind,
): Layout {
  const first = AUTOMATIC_LAYOUTS.find((layout) => layout.kind === preferred);
  const candidates = first
    ? [first, ...AUTOMATIC_LAYOUTS.filter((layout) => layout !== first)]
    : AUTOMATIC_LAYOUTS;
  return candidates.find((layout) => layoutKeepsRules(layout.kind, photos, area, style)) ?? DEFAULT_LAYOUT;
}
