// Command: the question shown before a slide's photos are revealed; typing is one undo step.
import type { SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide, MAX_SHORT_TEXT } from './findSlide';

export type SetRevealQuestionArgs = { slideId: SlideId; question: string };

export const setRevealQuestion = defineCommand<SetRevealQuestionArgs>(
  (draft, { slideId, question }) => {
    const reveal = findSlide(draft, slideId)?.reveal;
    if (reveal) reveal.question = question.slice(0, MAX_SHORT_TEXT);
  },
  { mergeKey: ({ slideId }) => slideId },
);
