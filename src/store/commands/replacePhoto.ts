// Command: a library photo dropped onto a photo item takes its place in the same frame.
import { centredCrop } from '../../model/crop';
import type { ItemId, PhotoId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findItem } from './findSlide';

export type ReplacePhotoArgs = { slideId: SlideId; itemId: ItemId; photoId: PhotoId };

export const replacePhoto = defineCommand<ReplacePhotoArgs>((draft, { slideId, itemId, photoId }) => {
  const item = findItem(draft, slideId, itemId);
  const photo = Object.hasOwn(draft.photos, photoId) ? draft.photos[photoId] : undefined;
  if (item?.kind !== 'photo' || !photo || item.photoId === photoId) return;
  item.photoId = photoId;
  // The old crop was chosen for the old photo; the new one starts centred on its own focus.
  item.crop = centredCrop(photo.focus);
});
