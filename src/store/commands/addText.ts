// Command: a caption added to a slide, centred, in the theme's text colour and the shipped sans font.
import type { TextItem } from '../../model/deck';
import { newId } from '../../model/ids';
import { NEW_TEXT } from '../../model/newDeck';
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findSlide } from './findSlide';
import { LIMITS } from '../../model/limits';

export type AddTextArgs = {
  slideId: SlideId;
  /** Pass one made with newId() to know the new item's id (e.g. to select it). */
  itemId?: ItemId;
  text?: string;
};

// Still exported from here, where commands and their tests have always found it.
export { NEW_TEXT };
export const NEW_TEXT_SIZE = 64;
/** A share of the slide's width, so a longer caption wraps rather than running off the slide. */
const NEW_TEXT_WIDTH = 0.6;

/**
 * The box's first words, written in place right after it is added (editText and dropNewText), join its undo
 * step: Undo takes the box and its text away at once, and a box left untouched leaves no step at all.
 */
export const addText = defineCommand<AddTextArgs>(
  (draft, { slideId, itemId, text }) => {
    const slide = findSlide(draft, slideId);
    if (!slide) return;
    const id = itemId ?? newId<ItemId>();
    if (slide.items.some((item) => item.id === id)) return;
    const width = Math.round(draft.size.width * NEW_TEXT_WIDTH);
    const item: TextItem = {
      kind: 'text',
      id,
      text: (text ?? NEW_TEXT).slice(0, MAX_TEXT),
      x: Math.round((draft.size.width - width) / 2),
      // One line tall, centred: the text's height is its font size (line height 1).
      y: Math.round((draft.size.height - NEW_TEXT_SIZE) / 2),
      width,
      fontSize: NEW_TEXT_SIZE,
      color: draft.theme.textColor,
      align: 'center',
      font: 'sans',
      bold: false,
      // On a quiz slide a new caption keeps the secret until the answer; the user can bring it in earlier.
      appears: slide.reveal ? 'answer' : 'start',
    };
    // On top of the photos, outside any reveal order.
    slide.items.push(item);
  },
  // Without an id given, nothing can join it.
  { mergeKey: ({ itemId }) => itemId },
);

/** The schema's limit for a text item's text; longer text would not load again. */
export const MAX_TEXT = LIMITS.text;
