// Command: a new slide holding the given photos as an automatic collage, in a layout the app picks for them.
import type { PhotoMeta } from '../../model/deck';
import { newId } from '../../model/ids';
import type { ItemId, PhotoId, SlideId } from '../../model/ids';
import { DEFAULT_LAYOUT_REF, layoutPhotosOf, slideWithLayout } from '../../model/layouts/arrangePhotos';
import { pickLayout } from '../../model/layouts/pickLayout';
import { newPhotoItem, newSlide } from '../../model/newDeck';
import { defineCommand } from '../command';

export type AddSlideArgs = {
  photoIds: readonly PhotoId[];
  /** Insert after the slide at this index; at the end when absent. */
  index?: number;
  /** Pass one made with newId() to know the new slide's id (e.g. to select it). */
  slideId?: SlideId;
  /** Ids for the photo items, in the order of `photoIds`; made with newId() when absent. */
  itemIds?: readonly ItemId[];
};

export const addSlide = defineCommand<AddSlideArgs>((draft, { photoIds, index, slideId, itemIds }) => {
  const id = slideId ?? newId<SlideId>();
  if (draft.slides.some((slide) => slide.id === id)) return;
  // Photos the deck does not have would make the deck invalid, so they are left out.
  const placed = photoIds
    .map((photoId, i) => ({
      photo: Object.hasOwn(draft.photos, photoId) ? draft.photos[photoId] : undefined,
      itemId: itemIds?.[i] ?? newId<ItemId>(),
    }))
    .filter((p): p is { photo: PhotoMeta; itemId: ItemId } => p.photo !== undefined);
  const unplaced = {
    ...newSlide(id),
    items: placed.map(({ photo, itemId }) =>
      newPhotoItem(photo.id, { x: 0, y: 0, width: 1, height: 1 }, itemId),
    ),
  };
  const gutter = unplaced.layout?.gutter ?? DEFAULT_LAYOUT_REF.gutter;
  const layout = pickLayout(layoutPhotosOf(unplaced, draft.photos), draft.size, { gutter, seed: id });
  const slide = slideWithLayout(unplaced, draft.photos, draft.size, layout.kind);
  // Repeated item ids would make the slide invalid.
  if (new Set(slide.items.map((item) => item.id)).size !== slide.items.length) return;
  const at =
    index === undefined || !Number.isFinite(index)
      ? draft.slides.length
      : Math.min(Math.max(Math.floor(index) + 1, 0), draft.slides.length);
  draft.slides.splice(at, 0, slide);
});
