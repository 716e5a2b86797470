// One photo item: the photo cropped to its frame, with optional rounded corners and border.
import { Group, Image, Rect } from 'react-konva';
import { cropSource } from '../model/crop';
import type { PhotoItem } from '../model/deck';
import { imageSize, type PhotoImage } from './photoImages';

type PhotoFrameProps = {
  readonly item: PhotoItem;
  readonly image: PhotoImage | undefined;
  readonly opacity?: number;
  readonly draggable?: boolean;
};

export function PhotoFrame({ item, image, opacity = 1, draggable = false }: PhotoFrameProps) {
  const frame = { width: item.width, height: item.height };
  const crop = image ? cropSource(imageSize(image), frame, item.crop) : undefined;
  return (
    <Group
      id={item.id}
      name="item photo"
      x={item.x}
      y={item.y}
      width={item.width}
      height={item.height}
      rotation={item.rotation}
      opacity={opacity}
      draggable={draggable}
    >
      {image && crop ? (
        <Image
          image={image}
          crop={crop}
          width={item.width}
          height={item.height}
          cornerRadius={item.cornerRadius}
          perfectDrawEnabled={false}
        />
      ) : (
        <Rect width={item.width} height={item.height} cornerRadius={item.cornerRadius} fill="#2a3038" />
      )}
      {item.borderWidth > 0 && (
        <Rect
          width={item.width}
          height={item.height}
          cornerRadius={item.cornerRadius}
          stroke={item.borderColor}
          strokeWidth={item.borderWidth}
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
}
