// Measures text the way the slide draws it (same Konva text layout), for checks and layouts that run outside a stage.
import { Text } from 'konva/lib/shapes/Text';
import type { TextItem } from '../model/deck';
import type { TextMeasure } from '../model/preShowCheck';
import { fontFamilyOf } from './fonts';

/** A block of text as a Konva Text node lays it out: wrapped by words at `width`. */
export type TextBlock = {
  readonly text: string;
  readonly width: number;
  readonly fontSize: number;
  /** The CSS font-family list, shipped font first. */
  readonly fontFamily: string;
  readonly bold: boolean;
  readonly lineHeight?: number;
  readonly align?: TextItem['align'];
};

export type BlockMeasure = TextMeasure & {
  /** How many lines the text wraps to. */
  readonly lines: number;
};

/**
 * The laid-out size of `item`, with the theme's `fontFamily` behind its shipped font as TextBox draws it.
 * Measure only once the shipped fonts have loaded (loadSlideFonts), or a fallback font is measured.
 */
export function measureText(item: TextItem, fontFamily: string): TextMeasure {
  const { height, lineWidth, widestWord, widestWordWidth } = measureBlock({
    text: item.text,
    width: item.width,
    fontSize: item.fontSize,
    fontFamily: fontFamilyOf(item.font, fontFamily),
    bold: item.bold,
    align: item.align,
  });
  return { height, lineWidth, widestWord, widestWordWidth };
}

/** The laid-out size of a block of text; as with measureText, only once the shipped fonts have loaded. */
export function measureBlock(block: TextBlock): BlockMeasure {
  const node = new Text({
    text: block.text,
    width: block.width,
    fontSize: block.fontSize,
    fontFamily: block.fontFamily,
    fontStyle: block.bold ? 'bold' : 'normal',
    lineHeight: block.lineHeight ?? 1,
    align: block.align ?? 'left',
  });
  try {
    let widestWord = '';
    let widestWordWidth = 0;
    for (const word of unbreakablePieces(block.text)) {
      const width = node.measureSize(word).width;
      if (width > widestWordWidth) {
        widestWord = word;
        widestWordWidth = width;
      }
    }
    return {
      height: node.height(),
      lineWidth: Math.max(0, ...node.textArr.map((line) => line.width)),
      widestWord,
      widestWordWidth,
      lines: node.textArr.length,
    };
  } finally {
    node.destroy();
  }
}

/** The pieces Konva's word wrap cannot break inside: it breaks lines at spaces and after hyphens. */
export function unbreakablePieces(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=-)/))
    .filter((piece) => piece !== '');
}
