// Command: the answer card of a slide's last step (title, subtitle, photos to highlight); typing is one undo step.
import type { PhotoId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide, MAX_SHORT_TEXT } from './findSlide';

/** Fields left out stay as they are; an empty subtitle or no photos removes them. */
export type SetRevealAnswerArgs = {
  slideId: SlideId;
  title?: string;
  subtitle?: string;
  photoIds?: readonly PhotoId[];
};

export const setRevealAnswer = defineCommand<SetRevealAnswerArgs>(
  (draft, { slideId, title, subtitle, photoIds }) => {
    const slide = findSlide(draft, slideId);
    const answer = slide?.reveal?.answer;
    if (!slide || !answer) return;
    if (title !== undefined) answer.title = title.slice(0, MAX_SHORT_TEXT);
    if (subtitle !== undefined) {
      if (subtitle === '') delete answer.subtitle;
      else answer.subtitle = subtitle.slice(0, MAX_SHORT_TEXT);
    }
    if (photoIds !== undefined) {
      // Only photos of this slide can be highlighted on its answer card, each once.
      const onSlide = new Set<string>(
        slide.items.flatMap((item) => (item.kind === 'photo' ? [item.photoId] : [])),
      );
      const kept = [...new Set(photoIds)].filter((id) => onSlide.has(id));
      if (kept.length === 0) delete answer.photoIds;
      else answer.photoIds = kept;
    }
  },
  {
    mergeKey: ({ slideId, title, subtitle }) =>
      `${slideId}:${title !== undefined ? 'title' : ''}${subtitle !== undefined ? 'subtitle' : ''}`,
  },
);
