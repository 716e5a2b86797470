// Command: a slide's speaker notes, shown in the presenter view; typing is one undo step.
import type { SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';
import { LIMITS } from '../../model/limits';

export type SetSlideNotesArgs = { slideId: SlideId; notes: string };

/** The schema's limit for notes. */
export const MAX_NOTES = LIMITS.notes;

export const setSlideNotes = defineCommand<SetSlideNotesArgs>(
  (draft, { slideId, notes }) => {
    const slide = findSlide(draft, slideId);
    if (slide) slide.notes = notes.slice(0, MAX_NOTES);
  },
  { mergeKey: ({ slideId }) => slideId },
);
