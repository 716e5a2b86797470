// Reveal-step maths: which items a slide shows at each step of its quiz reveal.
import type { Item, Slide, TextItem } from './deck';
import type { ItemId } from './ids';

/**
 * Question, one step per photo in the reveal order, then the answer (unless the quiz continues on the next
 * slide, which then answers it); a slide without a reveal has one step.
 */
export function stepCount(slide: Slide): number {
  if (!slide.reveal) return 1;
  return slide.reveal.order.length + (slide.reveal.continues ? 1 : 2);
}

export function isQuestionStep(slide: Slide, step: number): boolean {
  return slide.reveal !== null && clampStep(slide, step) === 0;
}

export function isAnswerStep(slide: Slide, step: number): boolean {
  return slide.reveal !== null && !slide.reveal.continues && clampStep(slide, step) === stepCount(slide) - 1;
}

/** How many photos of the reveal order are shown at this step (all of them on the answer step). */
export function revealedCount(slide: Slide, step: number): number {
  if (!slide.reveal) return 0;
  return Math.min(clampStep(slide, step), slide.reveal.order.length);
}

/**
 * The items shown at this step: photos outside the reveal order always, the order's photos once revealed;
 * texts as their `appears` says (with a photo: when that photo shows; with the answer: on the answer step).
 */
export function visibleItemIds(slide: Slide, step: number): Set<ItemId> {
  const all = slide.items.map((item) => item.id);
  if (!slide.reveal) return new Set(all);
  const inOrder = new Set(slide.reveal.order);
  const revealed = new Set(slide.reveal.order.slice(0, revealedCount(slide, step)));
  const onAnswer = isAnswerStep(slide, step);
  const shows = (item: Item): boolean => {
    if (item.kind === 'photo') return !inOrder.has(item.id) || revealed.has(item.id);
    return textShows(slide, item, { onAnswer, revealed, inOrder });
  };
  const visible = new Set<ItemId>();
  for (const item of slide.items) if (shows(item)) visible.add(item.id);
  return visible;
}

type StepState = {
  readonly onAnswer: boolean;
  readonly revealed: ReadonlySet<ItemId>;
  readonly inOrder: ReadonlySet<ItemId>;
};

function textShows(slide: Slide, text: TextItem, { onAnswer, revealed, inOrder }: StepState): boolean {
  const { appears } = text;
  if (appears === 'start') return true;
  if (appears === 'answer') return onAnswer;
  const photo = slide.items.find((item) => item.id === appears.withItem && item.kind === 'photo');
  // A photo gone from the slide leaves its text to the answer: the safe side for a secret.
  if (!photo) return onAnswer;
  return !inOrder.has(photo.id) || revealed.has(photo.id) || onAnswer;
}

/** The slide's last step before its answer: every photo in, the secret kept (the only step of a plain slide). */
export function lastStepBeforeAnswer(slide: Slide): number {
  const last = stepCount(slide) - 1;
  return isAnswerStep(slide, last) ? last - 1 : last;
}

/** The texts a room sees before the answer of this slide (on its question and photo steps). */
export function textsBeforeAnswer(slide: Slide): TextItem[] {
  if (!slide.reveal) return slide.items.filter((item): item is TextItem => item.kind === 'text');
  const last = lastStepBeforeAnswer(slide);
  const seen = new Set<ItemId>();
  for (let step = 0; step <= last; step += 1) for (const id of visibleItemIds(slide, step)) seen.add(id);
  return slide.items.filter((item): item is TextItem => item.kind === 'text' && seen.has(item.id));
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
