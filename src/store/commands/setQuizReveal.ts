// Command: turn a slide's quiz reveal on (question first, photos one by one, then the answer) or off.
import type { SlideId } from '../../model/ids';
import { newReveal } from '../../model/newDeck';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type SetQuizRevealArgs = { slideId: SlideId; on: boolean };

export const setQuizReveal = defineCommand<SetQuizRevealArgs>('setQuizReveal', (draft, { slideId, on }) => {
  const slide = findSlide(draft, slideId);
  if (!slide) return;
  if (!on) {
    slide.reveal = null;
    return;
  }
  // Already on: keep the question, answer and order the user wrote.
  if (slide.reveal) return;
  slide.reveal = newReveal(slide.items.filter((item) => item.kind === 'photo').map((item) => item.id));
});
