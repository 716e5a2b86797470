// One photo item: the photo cropped to its frame, with optional rounded corners, border, clue caption and outline.
import type Konva from 'konva';
import { Group, Image, Rect, Shape, Text } from './reactKonva';
import { cropSource } from '../model/crop';
import type { PhotoItem } from '../model/deck';
import { fontFamilyOf, useFontsReady } from './fonts';
import { imageSize, type PhotoImage } from './photoImages';

/** A clue shown on a band along the bottom of the photo. */
export type ClueCaption = { readonly text: string; readonly fontSize: number; readonly fontFamily: string };
/** A line drawn just outside the frame (the answer's photos). */
export type FrameOutline = { readonly color: string; readonly width: number };

type PhotoFrameProps = {
  readonly item: PhotoItem;
  readonly image: PhotoImage | undefined;
  readonly opacity?: number;
  readonly draggable?: boolean;
  /**
   * Draws the photo through the 2D context's blur filter, radius in slide units (the player's unblur reveal
   * changes the node's `blur` attribute per frame). Konva filters would need cache(), which a file:// photo taints.
   */
  readonly blur?: number;
  readonly clue?: ClueCaption;
  readonly outline?: FrameOutline;
};

type Crop = { x: number; y: number; width: number; height: number };

export function PhotoFrame({
  item,
  image,
  opacity = 1,
  draggable = false,
  blur,
  clue,
  outline,
}: PhotoFrameProps) {
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
      {image && crop && blur !== undefined && (
        <Shape
          name="blurred-photo"
          blur={blur}
          width={item.width}
          height={item.height}
          listening={false}
          perfectDrawEnabled={false}
          sceneFunc={(context, shape) => drawBlurred(context, shape, image, crop, item)}
        />
      )}
      {image && crop && blur === undefined && (
        <Image
          image={image}
          crop={crop}
          width={item.width}
          height={item.height}
          cornerRadius={item.cornerRadius}
          perfectDrawEnabled={false}
        />
      )}
      {!image && (
        <Rect width={item.width} height={item.height} cornerRadius={item.cornerRadius} fill="#2a3038" />
      )}
      {clue && <ClueBand item={item} clue={clue} />}
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
      {outline && (
        <Rect
          name="outline"
          x={-outline.width / 2}
          y={-outline.width / 2}
          width={item.width + outline.width}
          height={item.height + outline.width}
          cornerRadius={item.cornerRadius > 0 ? item.cornerRadius + outline.width / 2 : 0}
          stroke={outline.color}
          strokeWidth={outline.width}
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
}

/** The photo drawn with the native context's `filter`; the radius is turned into canvas pixels. */
function drawBlurred(
  context: Konva.Context,
  shape: Konva.Shape,
  image: PhotoImage,
  crop: Crop,
  item: PhotoItem,
): void {
  const native = context._context;
  // The filter's radius is in canvas pixels, untouched by the transform: scale slide units by hand.
  const [a = 1, b = 0] = shape.getAbsoluteTransform().getMatrix();
  const unitsToPixels = Math.hypot(a, b) * context.canvas.getPixelRatio();
  const radius = Math.max(0, Number(shape.getAttr('blur')) || 0) * unitsToPixels;
  native.save();
  native.beginPath();
  native.roundRect(0, 0, item.width, item.height, item.cornerRadius);
  native.clip();
  native.filter = radius > 0.1 ? `blur(${radius.toFixed(2)}px)` : 'none';
  native.drawImage(image, crop.x, crop.y, crop.width, crop.height, 0, 0, item.width, item.height);
  native.restore();
}

function ClueBand({ item, clue }: { readonly item: PhotoItem; readonly clue: ClueCaption }) {
  const fontsReady = useFontsReady();
  // Large enough to read across a room, but never taller than a fifth of a small photo.
  const fontSize = Math.min(clue.fontSize, item.height * 0.12);
  const bandHeight = fontSize * 1.8;
  const padding = fontSize * 0.6;
  const radius = Math.min(item.cornerRadius, bandHeight / 2);
  return (
    <Group name="clue" y={item.height - bandHeight} listening={false}>
      <Rect
        width={item.width}
        height={bandHeight}
        fill="#000000"
        opacity={0.66}
        cornerRadius={[0, 0, radius, radius]}
        perfectDrawEnabled={false}
      />
      {fontsReady && (
        <Text
          x={padding}
          width={Math.max(0, item.width - padding * 2)}
          height={bandHeight}
          text={clue.text}
          fontSize={fontSize}
          fontStyle="bold"
          fontFamily={fontFamilyOf('sans', clue.fontFamily)}
          fill="#ffffff"
          align="center"
          verticalAlign="middle"
          wrap="none"
          ellipsis
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
}
