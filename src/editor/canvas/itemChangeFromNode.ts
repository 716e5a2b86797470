// Reads where a dragged or transformed Konva node ended up, as an item change for the transformItems command.
import type Konva from 'konva';
import type { Item } from '../../model/deck';
import type { ItemId } from '../../model/ids';

export type ItemChange = {
  readonly itemId: ItemId;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rotation: number;
};

/**
 * The Transformer resizes by scaling the node; the deck stores sizes, so the scale is folded into
 * width/height and reset to 1 (the re-render then draws the item at its new size, unscaled).
 */
export function itemChangeFromNode(node: Konva.Node, item: Item): ItemChange {
  const scaleX = node.scaleX();
  const scaleY = node.scaleY();
  node.scale({ x: 1, y: 1 });
  const height = item.kind === 'photo' ? item.height : node.height();
  return {
    itemId: item.id,
    x: node.x(),
    y: node.y(),
    width: Math.max(1, item.width * scaleX),
    height: Math.max(1, height * scaleY),
    rotation: node.rotation(),
  };
}
