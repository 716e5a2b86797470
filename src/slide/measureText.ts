// Measures a text item the way TextBox draws it (same Konva text layout), for checks that run outside a stage.
import Konva from 'konva';
import type { TextItem } from '../model/deck';
import type { TextMeasure } from '../model/preShowCheck';
import { fontFamilyOf } from './fonts';

/**
 * The laid-out size of `item`, with the theme's `fontFamily` behind its shipped font as TextBox draws it.
 * Measure only once the shipped fonts have loaded (loadSlideFonts), or a fallback font is measured.
 */
export function measureText(item: TextItem, fontFamily: string): TextMeasure {
  const node = new Konva.Text({
    text: item.text,
    width: item.width,
    fontSize: item.fontSize,
    fontFamily: fontFamilyOf(item.font, fontFamily),
    fontStyle: item.bold ? 'bold' : 'normal',
    align: item.align,
  });
  try {
    let widestWord = '';
    let widestWordWidth = 0;
    for (const word of unbreakablePieces(item.text)) {
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
