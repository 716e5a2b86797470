// Command: how long each photo of a slide's quiz reveal takes to come in.
import { MAX_STEP_SECONDS, MIN_STEP_SECONDS } from '../../model/deck';
import type { SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type SetRevealPaceArgs = { slideId: SlideId; stepSeconds: number };

export const setRevealPace = defineCommand<SetRevealPaceArgs>(
  (draft, { slideId, stepSeconds }) => {
    const reveal = findSlide(draft, slideId)?.reveal;
    if (!reveal || !Number.isFinite(stepSeconds)) return;
    reveal.stepSeconds = Math.min(Math.max(stepSeconds, MIN_STEP_SECONDS), MAX_STEP_SECONDS);
  },
  // Dragging the pace slider is one undo step.
  { mergeKey: ({ slideId }) => slideId },
);
