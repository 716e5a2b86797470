// Reveal-step maths: which items a slide shows at each step of its quiz reveal.
import type { Slide } from './deck';
import type { ItemId } from './ids';

/** Question, one step per photo in the reveal order, then the answer; a slide without a reveal has one step. */
export function stepCount(slide: Slide): number {
  return slide.reveal ? slide.reveal.order.length + 2 : 1;
}

export function isQuestionStep(slide: Slide, step: number): boolean {
  return slide.reveal !== null && clampStep(slide, step) === 0;
}

export function isAnswerStep(slide: Slide, step: number): boolean {
  return slide.reveal !== null && clampStep(slide, step) === stepCount(slide) - 1;
}

/** How many photos of the reveal order are shown at this step (all of them on the answer step). */
export function revealedCount(slide: Slide, step: number): number {
  if (!slide.reveal) return 0;
  return Math.min(clampStep(slide, step), slide.reveal.order.length);
}

/** The items shown at this step: items outside the reveal order always, the order's items once revealed. */
export function visibleItemIds(slide: Slide, step: number): Set<ItemId> {
  const all = slide.items.map((item) => item.id);
  if (!slide.reveal) return new Set(all);
  const inOrder = new Set(slide.reveal.order);
  const revealed = slide.reveal.order.slice(0, revealedCount(slide, step));
  const visible = new Set(all.filter((id) => !inOrder.has(id)));
  for (const id of revealed) visible.add(id);
  return visible;
}

function clampStep(slide: Slide, step: number): number {
  if (!Number.isFinite(step)) return step > 0 ? stepCount(slide) - 1 : 0;
  return Math.min(Math.max(Math.floor(step), 0), stepCount(slide) - 1);
}

/** The item this step brings in (the one to animate), or null on the question and answer steps. */
export function revealedItemAt(slide: Slide, step: number): ItemId | null {
  if (!slide.reveal) return null;
  const at = clampStep(slide, step);
  if (at === 0 || at > slide.reveal.order.length) return null;
  return slide.reveal.order[at - 1] ?? null;
}
