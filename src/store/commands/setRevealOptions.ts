// Command: how a slide's quiz reveal plays: the style photos come in with, the "3 / 8" counter,
// confetti, and whether the quiz continues on the next slide.
import type { Reveal } from '../../model/deck';
import type { SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type SetRevealOptionsArgs = {
  slideId: SlideId;
  style?: Reveal['style'];
  showCounter?: boolean;
  confetti?: boolean;
  continues?: boolean;
};

export const REVEAL_STYLES: readonly Reveal['style'][] = ['appear', 'fade', 'zoom', 'unblur', 'spotlight'];

export const setRevealOptions = defineCommand<SetRevealOptionsArgs>(
  (draft, { slideId, style, showCounter, confetti, continues }) => {
    const reveal = findSlide(draft, slideId)?.reveal;
    if (!reveal) return;
    if (style !== undefined && REVEAL_STYLES.includes(style)) reveal.style = style;
    if (showCounter !== undefined) reveal.showCounter = showCounter;
    if (confetti !== undefined) reveal.confetti = confetti;
    if (continues !== undefined) reveal.continues = continues;
  },
);
