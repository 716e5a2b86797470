// One text item (caption or title) on a slide.
import { Text } from 'react-konva';
import type { TextItem } from '../model/deck';

type TextBoxProps = { readonly item: TextItem; readonly fontFamily: string; readonly draggable?: boolean };

export function TextBox({ item, fontFamily, draggable = false }: TextBoxProps) {
  return (
    <Text
      id={item.id}
      name="item text"
      x={item.x}
      y={item.y}
      width={item.width}
      text={item.text}
      fontSize={item.fontSize}
      fontFamily={fontFamily}
      fill={item.color}
      align={item.align}
      draggable={draggable}
      perfectDrawEnabled={false}
    />
  );
}
