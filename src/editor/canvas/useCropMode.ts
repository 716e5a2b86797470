// Crop mode: cropping one photo on the canvas (pan, zoom), shown without touching the deck until it is finished.
import { useMemo, useState } from 'react';
import { centredCrop, panCrop, zoomCrop } from '../../model/crop';
import type { Crop, Deck, PhotoItem, Slide } from '../../model/deck';
import type { ItemId, SlideId } from '../../model/ids';
import { commands } from '../../store/commands';
import type { Point } from './useCanvasNodes';
import { useEditorServices } from '../editorServices';
import type { FollowPointer } from './useFollowPointer';

/** The photo being cropped: the crop when crop mode began (for Esc) and the crop shown now. */
type Cropping = {
  readonly slideId: SlideId;
  readonly itemId: ItemId;
  readonly start: Crop;
  readonly crop: Crop;
};

export type CropMode = {
  /** The crop under way, or null outside crop mode. */
  readonly cropping: Cropping | null;
  /** The photo being cropped, as the deck has it. */
  readonly croppedItem: PhotoItem | null;
  /** The slide as the canvas shows it: with the crop under way. */
  readonly shownSlide: Slide | null;
  readonly startCrop: (item: PhotoItem) => void;
  /** Ends crop mode, recording the crop if `keep`, else leaving the photo as it was. */
  readonly finishCrop: (keep: boolean) => void;
  readonly zoomTo: (zoom: number) => void;
  /** Moves the photo inside its frame by these shares of the frame's width and height (the crop keys). */
  readonly panBy: (dx: number, dy: number) => void;
  readonly resetCrop: (item: PhotoItem) => void;
  /** A press in crop mode: on the cropped photo it starts panning it, anywhere else it finishes the crop. */
  readonly pressAt: (itemId: ItemId | null, at: Point | null) => void;
};

export function useCropMode(
  deck: Deck,
  slide: Slide | null,
  slidePointer: (event?: Event) => Point | null,
  followPointer: FollowPointer,
): CropMode {
  const { deckStore, session } = useEditorServices();
  const [cropState, setCropping] = useState<Cropping | null>(null);

  // A crop belongs to its photo on its slide; if either goes away (undo, another slide), crop mode ends.
  const croppedItem =
    cropState && cropState.slideId === slide?.id ? photoItemOf(slide, cropState.itemId) : null;
  const cropping = croppedItem ? cropState : null;
  const shownSlide = useMemo(
    () => (slide && cropping ? withCrop(slide, cropping) : slide),
    [slide, cropping],
  );

  const dispatch = deckStore.getState().dispatch;
  const photoSize = (item: PhotoItem) => deck.photos[item.photoId] ?? { width: 1, height: 1 };
  const frameOf = (item: PhotoItem) => ({ width: item.width, height: item.height });

  const startCrop = (item: PhotoItem) => {
    if (!slide) return;
    session.getState().selectItems([item.id]);
    setCropping({ slideId: slide.id, itemId: item.id, start: item.crop, crop: item.crop });
  };
  const finishCrop = (keep: boolean) => {
    if (!cropping || !slide) return;
    if (keep) dispatch(commands.setCrop, { slideId: slide.id, itemId: cropping.itemId, crop: cropping.crop });
    setCropping(null);
  };
  const zoomTo = (zoom: number) => {
    if (!cropping || !croppedItem) return;
    const crop = zoomCrop(photoSize(croppedItem), frameOf(croppedItem), cropping.crop, zoom);
    setCropping({ ...cropping, crop });
  };
  const panBy = (dx: number, dy: number) => {
    if (!cropping || !croppedItem) return;
    const frame = frameOf(croppedItem);
    const crop = panCrop(photoSize(croppedItem), frame, cropping.crop, dx * frame.width, dy * frame.height);
    setCropping({ ...cropping, crop });
  };
  const resetCrop = (item: PhotoItem) => {
    if (!slide) return;
    dispatch(commands.setCrop, {
      slideId: slide.id,
      itemId: item.id,
      crop: centredCrop(deck.photos[item.photoId]?.focus),
    });
  };

  const startPan = (item: PhotoItem, from: Point, crop: Crop) => {
    const turn = (-item.rotation * Math.PI) / 180;
    const cropAt = (event: PointerEvent): Crop => {
      const at = slidePointer(event) ?? from;
      // The drag in the frame's own (rotated) axes.
      const dx = (at.x - from.x) * Math.cos(turn) - (at.y - from.y) * Math.sin(turn);
      const dy = (at.x - from.x) * Math.sin(turn) + (at.y - from.y) * Math.cos(turn);
      return panCrop(photoSize(item), frameOf(item), crop, dx, dy);
    };
    followPointer(
      (event) => setCropping((now) => (now ? { ...now, crop: cropAt(event) } : now)),
      (event) => setCropping((now) => (now ? { ...now, crop: cropAt(event) } : now)),
    );
  };
  const pressAt = (itemId: ItemId | null, at: Point | null) => {
    if (!cropping) return;
    if (itemId === cropping.itemId && croppedItem && at) {
      startPan(croppedItem, at, cropping.crop);
    } else {
      finishCrop(true);
    }
  };

  return { cropping, croppedItem, shownSlide, startCrop, finishCrop, zoomTo, panBy, resetCrop, pressAt };
}

function photoItemOf(slide: Slide | null, itemId: ItemId): PhotoItem | null {
  const item = slide?.items.find((i) => i.id === itemId);
  return item?.kind === 'photo' ? item : null;
}

function withCrop(slide: Slide, cropping: Cropping): Slide {
  return {
    ...slide,
    items: slide.items.map((item) =>
      item.id === cropping.itemId && item.kind === 'photo' ? { ...item, crop: cropping.crop } : item,
    ),
  };
}
