// Putting the selected library photo on the slide without a mouse: what dragging it onto the canvas does (onto
// empty space: a new frame; onto a photo: that frame shows it), as two buttons.
import { useStore } from 'zustand';
import type { PhotoId } from '../../model/ids';
import { newId, type ItemId } from '../../model/ids';
import { commands } from '../../store/commands';
import { useDeck } from '../../store/deckStore';
import { useEditorServices } from '../editorServices';

export function PhotoPlacing({ photoId }: { readonly photoId: PhotoId }) {
  const { deckStore, session } = useEditorServices();
  const slideId = useStore(session, (state) => state.selectedSlideId);
  const selectedItemIds = useStore(session, (state) => state.selectedItemIds);
  const slideExists = useDeck(deckStore, (state) => state.deck.slides.some((slide) => slide.id === slideId));
  // The one photo frame selected on the canvas, which "Put in selected frame" fills.
  const frameId = useDeck(deckStore, (state) => {
    if (selectedItemIds.length !== 1) return null;
    const slide = state.deck.slides.find((s) => s.id === slideId);
    const item = slide?.items.find((i) => i.id === selectedItemIds[0]);
    return item?.kind === 'photo' ? item.id : null;
  });

  const addToSlide = () => {
    if (!slideId) return;
    const itemId = newId<ItemId>();
    if (deckStore.getState().dispatch(commands.addPhotoItem, { slideId, photoId, itemId })) {
      // Selected, so the canvas keys (arrows, +/−, R) place it next.
      session.getState().selectItems([itemId]);
    }
  };
  const putInFrame = () => {
    if (slideId && frameId) {
      deckStore.getState().dispatch(commands.replacePhoto, { slideId, itemId: frameId, photoId });
    }
  };

  return (
    <div className="photo-placing">
      <button type="button" className="small" disabled={!slideExists} onClick={addToSlide}>
        Add to slide
      </button>
      {frameId && (
        <button type="button" className="small" onClick={putInFrame}>
          Put in selected frame
        </button>
      )}
    </div>
  );
}
