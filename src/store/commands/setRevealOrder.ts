// Command: the order in which a slide's photos are revealed.
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type SetRevealOrderArgs = { slideId: SlideId; order: readonly ItemId[] };

export const setRevealOrder = defineCommand<SetRevealOrderArgs>((draft, { slideId, order }) => {
  const slide = findSlide(draft, slideId);
  if (!slide?.reveal) return;
  // Unknown or repeated ids would make the deck invalid; items left out stay visible on every step.
  const itemIds = new Set<string>(slide.items.map((item) => item.id));
  const next = [...new Set(order)].filter((id) => itemIds.has(id));
  const current = slide.reveal.order;
  if (next.length === current.length && next.every((id, i) => id === current[i])) return;
  slide.reveal.order = next;
});
