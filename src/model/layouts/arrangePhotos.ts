// Where a slide's photo items go under a layout: the pure core of applying, restyling and shuffling a collage.
import { centredCrop } from '../crop';
import type { Crop, Deck, LayoutRef, PhotoItem, Slide } from '../deck';
import type { Size } from '../geometry';
import type { ItemId } from '../ids';
import { DEFAULT_GUTTER } from '../newDeck';
import { collageArea } from '../questionBar';
import { findLayout, layoutCells } from './layoutGallery';
import type { LayoutPhoto } from './layoutTypes';

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

/** The slide's photo items, in the order a layout fills its cells. */
function photoItemsOf(slide: Slide): PhotoItem[] {
  return slide.items.filter((item): item is PhotoItem => item.kind === 'photo');
}

/** What a layout needs to know of the slide's photos: their shapes (from the library) and item ids. */
export function layoutPhotosOf(slide: Slide, photos: Deck['photos']): LayoutPhoto[] {
  return photoItemsOf(slide).map((item) => {
    const meta = Object.hasOwn(photos, item.photoId) ? photos[item.photoId] : undefined;
    return { aspect: meta ? meta.width / meta.height : item.width / item.height, key: item.id };
  });
}

/** Where the slide's collage may go: the whole slide, or on a quiz slide what the question bar leaves free. */
export function slideCollageArea(slide: Slide, size: Size): Size {
  const area = collageArea(size, slide.reveal !== null);
  return { width: area.width, height: area.height };
}

/**
 * New places for the slide's photo items, in the order they appear in `items` (that order is the
 * order the layout fills its cells), inside the slide's collage area (so a quiz slide's question bar
 * covers no photo). `resetCrops` centres each crop on its photo's focus; otherwise crops are kept,
 * since they are relative to the frame.
 */
export function arrangePhotos(
  slide: Slide,
  photos: Deck['photos'],
  size: Size,
  kind: string,
  gutter: number,
  resetCrops: boolean,
): PhotoPlacement[] {
  const items = photoItemsOf(slide);
  const cells = layoutCells(kind, layoutPhotosOf(slide, photos), slideCollageArea(slide, size), {
    gutter,
    seed: slide.id,
  });
  return items.map((item, i) => {
    const cell = cells[i] ?? { x: item.x, y: item.y, width: item.width, height: item.height };
    const meta = Object.hasOwn(photos, item.photoId) ? photos[item.photoId] : undefined;
    return {
      itemId: item.id,
      x: cell.x,
      y: cell.y,
      width: cell.width,
      height: cell.height,
      rotation: cell.rotation ?? 0,
      crop: resetCrops ? centredCrop(meta?.focus) : item.crop,
    };
  });
}

/** Slide units within which a photo counts as still where its layout put it (float error, rounding). */
const PLACED_TOLERANCE = 0.5;

/**
 * Whether every photo of the slide still sits where the slide's own layout puts it (nobody moved one by
 * hand): such a slide can be laid out again, e.g. in the room a quiz's question bar leaves.
 */
export function photosSitInLayout(slide: Slide, photos: Deck['photos'], size: Size): boolean {
  if (!slide.layout) return false;
  const placements = arrangePhotos(slide, photos, size, slide.layout.kind, slide.layout.gutter, false);
  const items = photoItemsOf(slide);
  const near = (a: number, b: number) => Math.abs(a - b) <= PLACED_TOLERANCE;
  return items.every((item, i) => {
    const place = placements[i];
    return (
      place !== undefined &&
      near(item.x, place.x) &&
      near(item.y, place.y) &&
      near(item.width, place.width) &&
      near(item.height, place.height) &&
      near(item.rotation, place.rotation)
    );
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
