// Command: rename the deck.
import { defineCommand } from '../command';
import { MAX_SHORT_TEXT } from './findSlide';

export type SetDeckTitleArgs = { title: string };

export const setDeckTitle = defineCommand<SetDeckTitleArgs>(
  (draft, { title }) => {
    draft.title = title.slice(0, MAX_SHORT_TEXT);
  },
  { mergeKey: () => 'title' },
);
