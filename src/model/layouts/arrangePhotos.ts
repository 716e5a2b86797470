// Where a slide's photo items go under a layout: the pure core of applying, restyling and shuffling a collage.
import { centredCrop } from '../crop';
import type { Crop, Deck, LayoutRef, PhotoItem, Slide } from '../deck';
import type { Size } from '../geometry';
import type { ItemId } from '../ids';
import { DEFAULT_GUTTER } from '../newDeck';
import { findLayout, layoutCells } from './layoutGallery';

export type PhotoPlacement = {
  itemId: ItemId;
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  crop: Crop;
};

export const DEFAULT_LAYOUT_REF: LayoutRef = {
  kind: 'grid',
  gutter: DEFAULT_GUTTER,
  cornerRadius: 0,
  borderWidth: 0,
  borderColor: '#ffffff',
};

/**
 * New places for the slide's photo items, in the order they appear in `items` (that order is the
 * order the layout fills its cells). `resetCrops` centres each crop on its photo's focus; otherwise
 * crops are kept, since they are relative to the frame.
 */
export function arrangePhotos(
  slide: Slide,
  photos: Deck['photos'],
  size: Size,
  kind: string,
  gutter: number,
  resetCrops: boolean,
): PhotoPlacement[] {
  const items = slide.items.filter((item): item is PhotoItem => item.kind === 'photo');
  const metas = items.map((item) => (Object.hasOwn(photos, item.photoId) ? photos[item.photoId] : undefined));
  const cells = layoutCells(
    kind,
    items.map((item, i) => {
      const meta = metas[i];
      return { aspect: meta ? meta.width / meta.height : item.width / item.height, key: item.id };
    }),
    size,
    { gutter, seed: slide.id },
  );
  return items.map((item, i) => {
    const cell = cells[i] ?? { x: item.x, y: item.y, width: item.width, height: item.height };
    return {
      itemId: item.id,
      x: cell.x,
      y: cell.y,
      width: cell.width,
      height: cell.height,
      rotation: cell.rotation ?? 0,
      crop: resetCrops ? centredCrop(metas[i]?.focus) : item.crop,
    };
  });
}

/** The slide with `kind` applied: what applyLayout does, as a plain new slide (for live previews). */
export function slideWithLayout(slide: Slide, photos: Deck['photos'], size: Size, kind: string): Slide {
  const layout = layoutRefFor(slide.layout, kind, size);
  const placements = new Map(
    arrangePhotos(slide, photos, size, kind, layout.gutter, true).map((p) => [p.itemId, p]),
  );
  return {
    ...slide,
    layout,
    items: slide.items.map((item) => {
      const placement = placements.get(item.id);
      if (item.kind !== 'photo' || !placement) return item;
      const { itemId: _itemId, ...place } = placement;
      return {
        ...item,
        ...place,
        cornerRadius: layout.cornerRadius,
        borderWidth: layout.borderWidth,
        borderColor: layout.borderColor,
      };
    }),
  };
}

/** The slide's style under `kind`: its own gutter and colours, with the frame the layout gives (polaroids). */
export function layoutRefFor(current: LayoutRef | null, kind: string, size: Size): LayoutRef {
  const base = current ?? DEFAULT_LAYOUT_REF;
  const frame = findLayout(kind).frame?.(size);
  if (frame) return { ...base, ...frame, kind };
  // Leaving polaroids drops their white border rather than keeping it on a tiling where it looks odd.
  const leavingFrame =
    current !== null && findLayout(current.kind).frame !== undefined && current.kind !== kind;
  return leavingFrame ? { ...base, borderWidth: 0, kind } : { ...base, kind };
}
