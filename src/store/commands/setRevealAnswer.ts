// Command: the answer card's title, shown on a slide's last step; typing is one undo step.
import type { SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide, MAX_SHORT_TEXT } from './findSlide';

export type SetRevealAnswerArgs = { slideId: SlideId; title: string };

export const setRevealAnswer = defineCommand<SetRevealAnswerArgs>(
  'setRevealAnswer',
  (draft, { slideId, title }) => {
    const reveal = findSlide(draft, slideId)?.reveal;
    if (reveal) reveal.answer.title = title.slice(0, MAX_SHORT_TEXT);
  },
  { mergeKey: ({ slideId }) => slideId },
);
