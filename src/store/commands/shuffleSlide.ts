// Command: shuffle which photo sits in which cell of the slide's layout; the caller picks a random seed.
import type { SlideId } from '../../model/ids';
import { arrangePhotos, DEFAULT_LAYOUT_REF } from '../../model/layouts/arrangePhotos';
import { seededPermutation } from '../../model/layouts/seededRandom';
import { defineCommand } from '../command';
import { placePhotos } from './applyLayout';
import { findSlide } from './findSlide';

export type ShuffleSlideArgs = { slideId: SlideId; seed: number };

export const shuffleSlide = defineCommand<ShuffleSlideArgs>('shuffleSlide', (draft, { slideId, seed }) => {
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
  placePhotos(slide, arrangePhotos(slide, draft.photos, draft.size, layout.kind, layout.gutter, false));
});
