// Command: one style setting of a text item (size, colour, alignment, bold, font) from the text panel.
import type { TextItem } from '../../model/deck';
import type { ItemId, SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { findItem } from './findSlide';
import { LIMITS } from '../../model/limits';

export type TextStyle = Pick<TextItem, 'fontSize' | 'color' | 'align' | 'bold' | 'font'>;

export type SetTextStyleArgs = { slideId: SlideId; itemId: ItemId; style: Partial<TextStyle> };

/** What the schema allows (and what stays readable on a 1920-wide slide). */
export const MIN_FONT_SIZE = 8;
export const MAX_FONT_SIZE = LIMITS.fontSize;
const ALIGNS: readonly string[] = ['left', 'center', 'right'];
const FONTS: readonly string[] = ['sans', 'serif'];

export const setTextStyle = defineCommand<SetTextStyleArgs>(
  (draft, { slideId, itemId, style }) => {
    const item = findItem(draft, slideId, itemId);
    if (item?.kind !== 'text') return;
    // Values come from form controls; anything the schema would refuse is left out, not stored.
    const { fontSize, color, align, bold, font } = style;
    if (typeof fontSize === 'number' && Number.isFinite(fontSize)) {
      item.fontSize = Math.min(Math.max(Math.round(fontSize), MIN_FONT_SIZE), MAX_FONT_SIZE);
    }
    if (typeof color === 'string' && color.length > 0 && color.length <= 64) item.color = color;
    if (align !== undefined && ALIGNS.includes(align)) item.align = align;
    if (typeof bold === 'boolean') item.bold = bold;
    if (font !== undefined && FONTS.includes(font)) item.font = font;
  },
  // Dragging the size slider or the colour picker is one undo step per item and setting.
  { mergeKey: ({ slideId, itemId, style }) => `${slideId}/${itemId}/${Object.keys(style).sort().join(',')}` },
);
