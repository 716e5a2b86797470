// Command: a whole tribute from the deck's photos — title, quiz slides in date-taken order, closing collage.
import { current } from 'immer';
import { tributeSlides } from '../../model/tributeSlides';
import type { TributeTexts } from '../../model/tributeSlides';
import { defineCommand } from '../command';

export type BuildTributeArgs = TributeTexts;

export const buildTribute = defineCommand<BuildTributeArgs>('buildTribute', (draft, texts) => {
  // Nothing to honour without names; a nameless title slide is not what anyone asked for.
  if (texts.names.trim() === '') return;
  // The builder reads plain data; the new slides go in after the deck's own, as ordinary slides.
  draft.slides.push(...tributeSlides(current(draft), texts));
});
