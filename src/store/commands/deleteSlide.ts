// Command: remove a slide.
import type { SlideId } from '../../model/ids';
import { defineCommand } from '../command';

export type DeleteSlideArgs = { slideId: SlideId };

export const deleteSlide = defineCommand<DeleteSlideArgs>((draft, { slideId }) => {
  const index = draft.slides.findIndex((slide) => slide.id === slideId);
  if (index >= 0) draft.slides.splice(index, 1);
});
