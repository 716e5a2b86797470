// Command: when a text of a quiz slide shows: from the start, with the answer, or with one of its photos.
import type { TextAppears } from '../../model/deck';
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findItem, findSlide } from './findSlide';

export type SetTextAppearsArgs = { slideId: SlideId; itemId: ItemId; appears: TextAppears };

export const setTextAppears = defineCommand<SetTextAppearsArgs>((draft, { slideId, itemId, appears }) => {
  const item = findItem(draft, slideId, itemId);
  if (item?.kind !== 'text') return;
  if (appears === 'start' || appears === 'answer') {
    item.appears = appears;
    return;
  }
  // Only a photo of the same slide can bring a text in.
  const photo = findSlide(draft, slideId)?.items.find(
    (other) => other.id === appears.withItem && other.kind === 'photo',
  );
  if (photo) item.appears = { withItem: photo.id };
});
