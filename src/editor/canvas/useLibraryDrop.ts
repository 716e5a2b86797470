// Dropping a library photo on the canvas: into the frame it lands on, as a new photo item, or as a first slide.
import { useState, type DragEvent } from 'react';
import type { Deck, Slide } from '../../model/deck';
import type { ItemId, PhotoId, SlideId } from '../../model/ids';
import { newId } from '../../model/ids';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';
import { PHOTO_DRAG_TYPE } from '../library/PhotoLibrary';
import type { CanvasNodes } from './useCanvasNodes';

export type LibraryDrop = {
  /** Whether a library photo is being dragged over the canvas, so it can show where it would land. */
  readonly dropActive: boolean;
  readonly onDragOver: (event: DragEvent<HTMLDivElement>) => void;
  readonly onDragLeave: () => void;
  readonly onDrop: (event: DragEvent<HTMLDivElement>) => void;
};

export function useLibraryDrop(deck: Deck, slide: Slide | null, nodes: CanvasNodes): LibraryDrop {
  const { deckStore, session } = useEditorServices();
  const [dropActive, setDropActive] = useState(false);
  const { layer, itemOf, slidePointer } = nodes;
  const dispatch = deckStore.getState().dispatch;

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes(PHOTO_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDropActive(true);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const photoId = event.dataTransfer.getData(PHOTO_DRAG_TYPE) as PhotoId;
    setDropActive(false);
    if (!photoId || !(photoId in deck.photos)) return;
    event.preventDefault();
    event.stopPropagation();
    const center = slidePointer(event.nativeEvent) ?? undefined;
    if (slide) {
      // Dropped onto a photo: that frame now shows the new photo.
      const stage = layer.current?.getStage();
      const pointer = stage?.getPointerPosition();
      const under = pointer ? itemOf(stage?.getIntersection(pointer) ?? null) : null;
      if (under?.item.kind === 'photo') {
        dispatch(commands.replacePhoto, { slideId: slide.id, itemId: under.item.id, photoId });
        return;
      }
      dispatch(commands.addPhotoItem, { slideId: slide.id, photoId, itemId: newId<ItemId>(), center });
    } else {
      const slideId = newId<SlideId>();
      dispatch(commands.addSlide, { photoIds: [photoId], slideId });
      session.getState().selectSlide(slideId);
    }
  };

  return { dropActive, onDragOver, onDragLeave: () => setDropActive(false), onDrop };
}
