// While cropping: the whole photo drawn faintly around its frame, so the person sees what lies outside it.
import { Group, Image, Rect } from '../../slide/reactKonva';
import { cropSource } from '../../model/crop';
import type { Crop, PhotoItem } from '../../model/deck';
import { imageSize, type PhotoImage } from '../../slide/photoImages';

type CropOverlayProps = {
  readonly item: PhotoItem;
  readonly crop: Crop;
  readonly image: PhotoImage | undefined;
};

/** In slide units; the caller puts it in a group scaled like the slide. */
export function CropOverlay({ item, crop, image }: CropOverlayProps) {
  if (!image) return null;
  const photo = imageSize(image);
  const shown = cropSource(photo, { width: item.width, height: item.height }, crop);
  if (!(shown.width > 0)) return null;
  const toFrame = item.width / shown.width;
  return (
    <Group x={item.x} y={item.y} rotation={item.rotation} listening={false}>
      <Image
        image={image}
        x={-shown.x * toFrame}
        y={-shown.y * toFrame}
        width={photo.width * toFrame}
        height={photo.height * toFrame}
        opacity={0.35}
        perfectDrawEnabled={false}
      />
      <Rect
        width={item.width}
        height={item.height}
        stroke="#f5b700"
        strokeWidth={2}
        strokeScaleEnabled={false}
      />
    </Group>
  );
}
