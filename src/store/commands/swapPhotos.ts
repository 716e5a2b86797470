// Command: two photo items trade places, each taking the other's frame (position, size, rotation, style).
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findItem } from './findSlide';

export type SwapPhotosArgs = { slideId: SlideId; itemIds: readonly [ItemId, ItemId] };

export const swapPhotos = defineCommand<SwapPhotosArgs>((draft, { slideId, itemIds }) => {
  const [firstId, secondId] = itemIds;
  if (firstId === secondId) return;
  const first = findItem(draft, slideId, firstId);
  const second = findItem(draft, slideId, secondId);
  if (first?.kind !== 'photo' || second?.kind !== 'photo') return;
  // Only the photos and their crops move; frames, ids and the reveal order stay where they are.
  const photoId = first.photoId;
  const crop = { ...first.crop };
  first.photoId = second.photoId;
  first.crop = { ...second.crop };
  second.photoId = photoId;
  second.crop = crop;
});
