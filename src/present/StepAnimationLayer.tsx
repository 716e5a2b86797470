// The item one step brings in, animated by the reveal's style on a layer of its own above the still slide.
import type Konva from 'konva';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Group, Rect } from '../slide/reactKonva';
import type { Deck, Item, Slide } from '../model/deck';
import { clueCaption } from '../slide/SlideContent';
import type { PhotoImages } from '../slide/photoImages';
import { PhotoFrame } from '../slide/PhotoFrame';
import { questionBarRect } from '../model/questionBar';
import { TextBox } from '../slide/TextBox';
import { useLayerPixelRatio } from '../slide/useLayerPixelRatio';
import { stepDuration, stepFrame, type RevealStyle, type StepFrame } from './stepAnimation';
import { useAnimationFrames, type Clock } from './useAnimationFrames';
import { DrawnLayer, type DrawnLayerNode } from './DrawnLayer';

type StepAnimationLayerProps = {
  readonly deck: Deck;
  readonly slide: Slide;
  readonly item: Item;
  readonly style: RevealStyle;
  /** The reveal's pace: seconds a photo takes to come in (the spotlight and unblur take longer, in proportion). */
  readonly stepSeconds: number;
  readonly images: PhotoImages;
  /** CSS pixels per slide unit. */
  readonly scale: number;
  readonly pixelRatio: number;
  readonly clock: Clock;
  readonly onDone: () => void;
};

/** How dark the spotlight's dimming gets over the rest of the slide. */
const SPOTLIGHT_DIM = 0.6;

type Point = { x: number; y: number };

export function StepAnimationLayer({
  deck,
  slide,
  item,
  style,
  stepSeconds,
  images,
  scale,
  pixelRatio,
  clock,
  onDone,
}: StepAnimationLayerProps) {
  const layer = useRef<DrawnLayerNode>(null);
  const mover = useRef<Konva.Group>(null);
  const dimming = useRef<Konva.Rect>(null);
  const width = Math.round(deck.size.width * scale);
  const height = Math.round(deck.size.height * scale);
  useLayerPixelRatio(layer, pixelRatio, `${width}x${height}`);

  // A parent's new callback must not restart the animation.
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  const geometry = useMemo(() => spotlightGeometry(deck, item), [deck, item]);
  // Text cannot go through the image blur filter; it fades instead.
  const shownStyle = style === 'unblur' && item.kind !== 'photo' ? 'fade' : style;
  const start = placement(stepFrame(shownStyle, 0, stepSeconds), geometry);

  const run = useMemo(
    () => ({
      duration: stepDuration(shownStyle, stepSeconds),
      frame: (elapsed: number) => {
        const node = mover.current;
        const drawn = layer.current;
        if (!node || !drawn) return;
        const frame = stepFrame(shownStyle, elapsed, stepSeconds);
        // The whole layer fades as one picture (Konva's opacity would fade each shape on its own).
        drawn.getNativeCanvasElement().style.opacity = String(frame.opacity);
        if (shownStyle === 'fade') return;
        node.setAttrs(placement(frame, geometry));
        node.findOne<Konva.Shape>('.blurred-photo')?.setAttr('blur', frame.blur);
        dimming.current?.opacity(SPOTLIGHT_DIM * frame.dim);
        // Only this layer redraws; the still slide underneath is left alone.
        drawn.drawNow();
      },
      done: () => done.current(),
    }),
    [shownStyle, geometry, stepSeconds],
  );
  useAnimationFrames(run, clock);
  useLayoutEffect(() => {
    const canvas = layer.current?.getNativeCanvasElement();
    if (canvas) canvas.style.opacity = String(stepFrame(shownStyle, 0, stepSeconds).opacity);
    // Drawn now, with the still layer, so the first frame already shows the start.
    layer.current?.drawNow();
  }, [shownStyle, stepSeconds]);

  const first = stepFrame(shownStyle, 0, stepSeconds);
  // The question strip stays above the photos: the arriving item is kept out of the strip until it settles.
  const stripTop = questionBarRect(deck.size).y;
  const clipped = slide.reveal !== null && shownStyle !== 'spotlight';
  return (
    <DrawnLayer ref={layer} listening={false}>
      <Group
        scaleX={scale}
        scaleY={scale}
        clipX={clipped ? 0 : undefined}
        clipY={clipped ? 0 : undefined}
        clipWidth={clipped ? deck.size.width : undefined}
        clipHeight={clipped ? stripTop : undefined}
      >
        {shownStyle === 'spotlight' && (
          <Rect
            ref={dimming}
            width={deck.size.width}
            height={deck.size.height}
            fill="#000000"
            opacity={SPOTLIGHT_DIM * first.dim}
            perfectDrawEnabled={false}
          />
        )}
        <Group ref={mover} {...start}>
          {item.kind === 'photo' ? (
            <PhotoFrame
              item={item}
              image={images.get(item.photoId)}
              blur={shownStyle === 'unblur' ? first.blur : undefined}
              clue={clueCaption(deck, item)}
            />
          ) : (
            <TextBox item={item} fontFamily={deck.theme.fontFamily} />
          )}
        </Group>
      </Group>
    </DrawnLayer>
  );
}

type Geometry = {
  /** The item's centre on the slide, rotation included. */
  readonly centre: Point;
  /** Where the spotlight shows it: the slide's centre, enlarged by `enlarge`. */
  readonly spotCentre: Point;
  readonly enlarge: number;
};

function spotlightGeometry(deck: Deck, item: Item): Geometry {
  const width = item.width;
  const height = item.kind === 'photo' ? item.height : item.fontSize * 1.5;
  const turn = ((item.kind === 'photo' ? item.rotation : 0) * Math.PI) / 180;
  const centre = {
    x: item.x + (width / 2) * Math.cos(turn) - (height / 2) * Math.sin(turn),
    y: item.y + (width / 2) * Math.sin(turn) + (height / 2) * Math.cos(turn),
  };
  const fit = Math.min((deck.size.width * 0.7) / width, (deck.size.height * 0.75) / height);
  return {
    centre,
    spotCentre: { x: deck.size.width / 2, y: deck.size.height / 2 },
    enlarge: Math.max(1, fit),
  };
}

/** The mover group's attributes for a frame: scaled about the item's centre, which travels to the spotlight. */
function placement(frame: StepFrame, { centre, spotCentre, enlarge }: Geometry) {
  const size = frame.scale * (1 + (enlarge - 1) * frame.spotlight);
  const target = {
    x: centre.x + (spotCentre.x - centre.x) * frame.spotlight,
    y: centre.y + (spotCentre.y - centre.y) * frame.spotlight,
  };
  return {
    x: target.x - size * centre.x,
    y: target.y - size * centre.y,
    scaleX: size,
    scaleY: size,
  };
}
