// Command: turn a slide's quiz reveal on (question first, photos one by one, then the answer) or off.
import type { Reveal } from '../../model/deck';
import type { SlideId } from '../../model/ids';
import { newReveal } from '../../model/newDeck';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

/** `restore` brings back the question and answer a slide had before its reveal was switched off. */
export type SetQuizRevealArgs = { slideId: SlideId; on: boolean; restore?: Reveal };

export const setQuizReveal = defineCommand<SetQuizRevealArgs>(
  'setQuizReveal',
  (draft, { slideId, on, restore }) => {
    const slide = findSlide(draft, slideId);
    if (!slide) return;
    if (!on) {
      slide.reveal = null;
      return;
    }
    // Already on: keep the question, answer and order the user wrote.
    if (slide.reveal) return;
    const photoItemIds = slide.items.filter((item) => item.kind === 'photo').map((item) => item.id);
    if (!restore) {
      slide.reveal = newReveal(photoItemIds);
      return;
    }
    // The slide may have changed since: the order keeps the photos still there and adds new ones at the end.
    const kept = restore.order.filter((id) => photoItemIds.includes(id));
    const added = photoItemIds.filter((id) => !kept.includes(id));
    slide.reveal = structuredClone({ ...restore, order: [...kept, ...added] });
  },
);
