// Command: how the player moves onto a slide: at once, fading, or sliding in.
import type { Slide } from '../../model/deck';
import type { SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';

export type SetSlideTransitionArgs = { slideId: SlideId; transition: Slide['transition'] };

export const SLIDE_TRANSITIONS: readonly Slide['transition'][] = ['none', 'fade', 'slide'];

export const setSlideTransition = defineCommand<SetSlideTransitionArgs>((draft, { slideId, transition }) => {
  const slide = findSlide(draft, slideId);
  if (slide && SLIDE_TRANSITIONS.includes(transition)) slide.transition = transition;
});
