// Command: shuffle which photo sits in which cell of the slide's layout, keeping the collage rules; the caller picks a random seed.
import type { Deck, LayoutRef, Slide } from '../../model/deck';
import type { Size } from '../../model/geometry';
import type { SlideId } from '../../model/ids';
import {
  arrangePhotos,
  DEFAULT_LAYOUT_REF,
  layoutPhotosOf,
  slideCollageArea,
} from '../../model/layouts/arrangePhotos';
import { layoutKeepsRules, layoutsKeepingRules, pickLayout } from '../../model/layouts/pickLayout';
import { seededPermutation, seededRandom } from '../../model/layouts/seededRandom';
import { defineCommand } from '../command';
import { placePhotos, setLayoutKind } from './applyLayout';
import { findSlide } from './findSlide';

export type ShuffleSlideArgs = { slideId: SlideId; seed: number };

export const shuffleSlide = defineCommand<ShuffleSlideArgs>((draft, { slideId, seed }) => {
  const slide = findSlide(draft, slideId);
  if (!slide) return;
  const photoSlots = slide.items.flatMap((item, index) => (item.kind === 'photo' ? [index] : []));
  if (photoSlots.length < 2) return;
  // Layouts fill cells in the order of the items, so the photo items trade places among themselves
  // (text items keep theirs); re-applying a layout or changing the gutter then keeps the shuffle.
  const photoItems = photoSlots.map((index) => slide.items[index]!);
  const order = seededPermutation(photoItems.length, seed);
  photoSlots.forEach((index, i) => {
    slide.items[index] = photoItems[order[i]!]!;
  });
  const layout = slide.layout ?? DEFAULT_LAYOUT_REF;
  const kind = shuffledLayoutKind(slide, draft.photos, draft.size, layout, seed);
  if (kind !== layout.kind) setLayoutKind(slide, kind, draft.size);
  placePhotos(slide, arrangePhotos(slide, draft.photos, draft.size, kind, layout.gutter, false));
});

/**
 * The slide's own layout, while it keeps the collage rules for the photos in their new order; else one of
 * the automatic layouts that do, chosen by the seed (a hero layout may not take a panorama as its hero).
 */
function shuffledLayoutKind(
  slide: Slide,
  photos: Deck['photos'],
  size: Size,
  layout: LayoutRef,
  seed: number,
): string {
  const shapes = layoutPhotosOf(slide, photos);
  const area = slideCollageArea(slide, size);
  const style = { gutter: layout.gutter, seed: slide.id };
  if (layoutKeepsRules(layout.kind, shapes, area, style)) return layout.kind;
  const keepers = layoutsKeepingRules(shapes, area, style);
  const chosen = keepers[Math.floor(seededRandom(seed)() * keepers.length)];
  return (chosen ?? pickLayout(shapes, area, style)).kind;
}
