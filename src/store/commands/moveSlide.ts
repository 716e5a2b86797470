// Command: a slide moved to another place in the deck (the slide sorter's drag, by pointer or keyboard).
import type { SlideId } from '../../model/ids';
import { defineCommand } from '../command';

export type MoveSlideArgs = { slideId: SlideId; toIndex: number };

export const moveSlide = defineCommand<MoveSlideArgs>((draft, { slideId, toIndex }) => {
  const from = draft.slides.findIndex((slide) => slide.id === slideId);
  if (from < 0 || !Number.isFinite(toIndex)) return;
  const to = Math.min(Math.max(Math.floor(toIndex), 0), draft.slides.length - 1);
  if (to === from) return;
  const [slide] = draft.slides.splice(from, 1);
  if (slide) draft.slides.splice(to, 0, slide);
});
