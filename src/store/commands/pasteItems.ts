// Command: copies of items (from the clipboard, or the selection for "Duplicate") put on a slide under new ids.
import type { Item } from '../../model/deck';
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type PasteItemsArgs = {
  slideId: SlideId;
  /** The items to copy, as they were when copied; they may come from another slide. */
  items: readonly Item[];
  /** One new id per item, in the same order, so the command stays a pure function of its args. */
  newIds: readonly ItemId[];
  /** Added to each copy's position, so copies do not hide their originals. */
  offset: { x: number; y: number };
};

export const pasteItems = defineCommand<PasteItemsArgs>((draft, { slideId, items, newIds, offset }) => {
  const slide = findSlide(draft, slideId);
  if (!slide || items.length === 0 || newIds.length !== items.length) return;
  const taken = new Set<string>(slide.items.map((item) => item.id));
  if (newIds.some((id) => taken.has(id)) || new Set(newIds).size !== newIds.length) return;
  // A photo item needs its photo in the deck; one deleted from the library since the copy is skipped.
  items.forEach((item, i) => {
    if (item.kind === 'photo' && !Object.hasOwn(draft.photos, item.photoId)) return;
    const id = newIds[i] as ItemId;
    slide.items.push({ ...structuredClone(item), id, x: item.x + offset.x, y: item.y + offset.y });
    // As with a dropped photo, a pasted photo on a quiz slide is one more step of the reveal.
    if (item.kind === 'photo') slide.reveal?.order.push(id);
  });
});
