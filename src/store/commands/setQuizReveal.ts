// Command: turn a slide's quiz reveal on (question first, photos one by one, then the answer) or off.
import type { Draft } from 'immer';
import type { Reveal, Slide } from '../../model/deck';
import type { SlideId } from '../../model/ids';
import { arrangePhotos, photosSitInLayout } from '../../model/layouts/arrangePhotos';
import { newReveal } from '../../model/newDeck';
import { defineCommand } from '../command';
import { placePhotos } from './applyLayout';
import { findSlide } from './findSlide';

/** `restore` brings back the question and answer a slide had before its reveal was switched off. */
export type SetQuizRevealArgs = { slideId: SlideId; on: boolean; restore?: Reveal };

export const setQuizReveal = defineCommand<SetQuizRevealArgs>((draft, { slideId, on, restore }) => {
  const slide = findSlide(draft, slideId);
  if (!slide) return;
  // Photos where the layout put them follow the switch into (or out of) the room the question bar leaves;
  // photos someone placed by hand stay where they are.
  const laidOut = photosSitInLayout(slide, draft.photos, draft.size);
  switchReveal(slide, on, restore);
  if (laidOut && slide.layout) {
    const { kind, gutter } = slide.layout;
    placePhotos(slide, arrangePhotos(slide, draft.photos, draft.size, kind, gutter, false));
  }
});

/** The reveal switched on or off, as the Quiz reveal switch asks. */
function switchReveal(slide: Draft<Slide>, on: boolean, restore: Reveal | undefined): void {
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
}
