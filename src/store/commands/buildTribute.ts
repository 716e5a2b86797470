// Command: a whole tribute from the deck's photos — one quiz over slides in date-taken order, a closing collage.
import { current } from 'immer';
import { tributeSlides } from '../../model/tributeSlides';
import type { TributeTexts } from '../../model/tributeSlides';
import { defineCommand } from '../command';

export type BuildTributeArgs = TributeTexts;

export const buildTribute = defineCommand<BuildTributeArgs>((draft, texts) => {
  // Nothing to honour without names: the closing collage and the default answer are made of them.
  if (texts.names.trim() === '') return;
  // The builder reads plain data; the new slides go in after the deck's own, as ordinary slides.
  draft.slides.push(...tributeSlides(current(draft), texts));
});
