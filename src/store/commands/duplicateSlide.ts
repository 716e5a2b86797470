// Command: a copy of a slide placed right after it, with new ids for the slide and its items.
import { current } from 'immer';
import { newId } from '../../model/ids';
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';

export type DuplicateSlideArgs = {
  slideId: SlideId;
  /** Pass one made with newId() to know the copy's id (e.g. to select it). */
  copyId?: SlideId;
  /** Ids for the copied items, in the order of the slide's items; made with newId() when absent. */
  itemIds?: readonly ItemId[];
};

export const duplicateSlide = defineCommand<DuplicateSlideArgs>((draft, { slideId, copyId, itemIds }) => {
  const index = draft.slides.findIndex((slide) => slide.id === slideId);
  const original = draft.slides[index];
  if (!original) return;
  const id = copyId ?? newId<SlideId>();
  if (draft.slides.some((slide) => slide.id === id)) return;
  const copy = structuredClone(current(original));
  const newIds = new Map<ItemId, ItemId>(
    copy.items.map((item, i) => [item.id, itemIds?.[i] ?? newId<ItemId>()]),
  );
  // Repeated item ids would make the slide invalid.
  if (new Set(newIds.values()).size !== copy.items.length) return;
  copy.id = id;
  copy.items = copy.items.map((item) => ({ ...item, id: newIds.get(item.id) ?? item.id }));
  // The copy reveals its own items, in the same order as the original.
  if (copy.reveal) copy.reveal.order = copy.reveal.order.flatMap((old) => newIds.get(old) ?? []);
  draft.slides.splice(index + 1, 0, copy);
});
