// Command: a photo dropped on a slide, 40% of the slide's height, at the drop point.
import { centredCrop } from '../../model/crop';
import { newId } from '../../model/ids';
import type { ItemId, PhotoId, SlideId } from '../../model/ids';
import { newPhotoItem } from '../../model/newDeck';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type AddPhotoItemArgs = {
  slideId: SlideId;
  photoId: PhotoId;
  itemId?: ItemId;
  /** The drop point in slide units; the slide's centre when absent. */
  center?: { x: number; y: number };
};

export const DROPPED_PHOTO_HEIGHT = 0.4;

export const addPhotoItem = defineCommand<AddPhotoItemArgs>((draft, { slideId, photoId, itemId, center }) => {
  const slide = findSlide(draft, slideId);
  const photo = Object.hasOwn(draft.photos, photoId) ? draft.photos[photoId] : undefined;
  if (!slide || !photo) return;
  const id = itemId ?? newId<ItemId>();
  if (slide.items.some((item) => item.id === id)) return;
  const height = draft.size.height * DROPPED_PHOTO_HEIGHT;
  const width = (height * photo.width) / photo.height;
  const cx = center && Number.isFinite(center.x) ? center.x : draft.size.width / 2;
  const cy = center && Number.isFinite(center.y) ? center.y : draft.size.height / 2;
  const rect = { x: cx - width / 2, y: cy - height / 2, width, height };
  slide.items.push({ ...newPhotoItem(photoId, rect, id), crop: centredCrop(photo.focus) });
  // On a quiz slide a new photo is one more step of the reveal, the last one before the answer.
  slide.reveal?.order.push(id);
});
