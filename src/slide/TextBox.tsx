// One text item (caption or title) on a slide, drawn in its shipped font once the fonts have loaded.
import { Text } from './reactKonva';
import type { TextItem } from '../model/deck';
import { fontFamilyOf, useFontsReady } from './fonts';

type TextBoxProps = {
  readonly item: TextItem;
  /** The theme's family, behind the item's shipped font for characters the font lacks. */
  readonly fontFamily: string;
  readonly draggable?: boolean;
};

export function TextBox({ item, fontFamily, draggable = false }: TextBoxProps) {
  const fontsReady = useFontsReady();
  if (!fontsReady) return null;
  return (
    <Text
      id={item.id}
      name="item text"
      x={item.x}
      y={item.y}
      width={item.width}
      text={item.text}
      fontSize={item.fontSize}
      fontFamily={fontFamilyOf(item.font, fontFamily)}
      fontStyle={item.bold ? 'bold' : 'normal'}
      fill={item.color}
      align={item.align}
      draggable={draggable}
      perfectDrawEnabled={false}
    />
  );
}
