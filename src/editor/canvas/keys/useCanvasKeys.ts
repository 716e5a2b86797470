// The canvas's keys: Esc cancels a gesture, Enter/Esc end crop mode, Tab steps through the items, and the
// arranging keys (move, resize, rotate, swap, stacking order, copy …) act on the selection.
import { useEffect, type RefObject } from 'react';
import type { Item, Slide } from '../../../model/deck';
import type { ItemId } from '../../../model/ids';
import { newId } from '../../../model/ids';
import { commands } from '../../../store/commands';
import type { ReorderDirection } from '../../../store/commands/reorderItems';
import { canvasKeyAction, resizedAboutCentre, steppedItemId } from './canvasKeys';
import { cropKeyAction } from './cropKeys';
import type { CropMode } from '../useCropMode';
import { useEditorServices } from '../../editorServices';
import { rotatedTogether } from './rotateByKey';
import { photoInDirection } from './swapByKey';
import type { CanvasGestures } from '../useCanvasGestures';

/** How far a paste lands from where the items were copied, so it never hides them. */
const PASTE_OFFSET = 20;

export type CanvasKeysOptions = {
  /** The canvas's focusable box: keys count only when the focus is on it (or on nothing). */
  readonly box: RefObject<HTMLDivElement | null>;
  readonly slide: Slide | null;
  readonly selectedItems: readonly Item[];
  readonly selectedItemIds: readonly ItemId[];
  /** Crop mode, while it is on (the crop keys then act on it), else null. */
  readonly crop: (Pick<CropMode, 'finishCrop' | 'panBy' | 'zoomTo'> & { readonly scale: number }) | null;
  readonly gestures: Pick<CanvasGestures, 'busy' | 'cancel'>;
  readonly reorder: (direction: ReorderDirection) => void;
  readonly duplicate: () => void;
};

export function useCanvasKeys(options: CanvasKeysOptions): void {
  const { deckStore, session } = useEditorServices();
  const { box, slide, selectedItems, selectedItemIds, crop, gestures, reorder, duplicate } = options;
  const dispatch = deckStore.getState().dispatch;

  // Keys act only when the canvas (or nothing) has the focus, so they mean what a focused control says elsewhere.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && gestures.cancel()) return;
      const target = event.target as HTMLElement | null;
      const canvasHasFocus = !target || target === document.body || box.current?.contains(target);
      if (!canvasHasFocus || !slide) return;
      if (crop) {
        const action = cropKeyAction(event);
        if (!action) return;
        // The crop toolbar's own controls (the zoom slider's arrows) keep their keys; Enter and Esc end the crop.
        const onControl = target && target !== box.current && target !== document.body;
        if (onControl && action.kind !== 'finish') return;
        event.preventDefault();
        if (action.kind === 'finish') crop.finishCrop(action.keep);
        else if (action.kind === 'pan') crop.panBy(action.dx, action.dy);
        else crop.zoomTo(crop.scale * action.factor);
        return;
      }
      // Keys inside the floating toolbar's controls are theirs.
      if (target && target !== box.current && box.current?.contains(target)) return;
      const action = canvasKeyAction(event);
      if (!action) return;
      if (action.kind === 'select') {
        // Only from the canvas itself: elsewhere (and past the last item) Tab moves the focus as usual.
        if (target !== box.current || gestures.busy()) return;
        const itemIds = slide.items.map((item) => item.id);
        const next = steppedItemId(itemIds, selectedItemIds, action.direction);
        if (!next) return;
        event.preventDefault();
        session.getState().selectItems([next]);
        return;
      }
      const { clipboard } = session.getState();
      // Alt+arrow on the canvas is always its own: otherwise Alt+← would leave the app (the browser's Back).
      if (action.kind === 'swap') event.preventDefault();
      if (action.kind !== 'paste' && selectedItemIds.length === 0) return;
      event.preventDefault();
      if (gestures.busy()) return;
      switch (action.kind) {
        case 'nudge':
          dispatch(commands.nudgeItems, {
            slideId: slide.id,
            itemIds: selectedItemIds,
            dx: action.dx,
            dy: action.dy,
          });
          break;
        case 'resize': {
          const changes = selectedItems.flatMap((item) => {
            const resized = resizedAboutCentre(item, action.factor);
            return resized ? [{ itemId: item.id, ...resized }] : [];
          });
          if (changes.length > 0) dispatch(commands.transformItems, { slideId: slide.id, changes });
          break;
        }
        case 'rotate': {
          const changes = rotatedTogether(selectedItems, action.degrees);
          if (changes) dispatch(commands.transformItems, { slideId: slide.id, changes });
          break;
        }
        case 'swap': {
          const [only] = selectedItemIds;
          if (selectedItemIds.length !== 1 || !only) return;
          const other = photoInDirection(slide.items, only, action.direction);
          if (!other) return;
          // The photo moves into the other frame, and the selection goes with it, so the next press moves it on.
          if (dispatch(commands.swapPhotos, { slideId: slide.id, itemIds: [only, other.id] }))
            session.getState().selectItems([other.id]);
          break;
        }
        case 'reorder':
          reorder(action.direction);
          break;
        case 'duplicate':
          duplicate();
          break;
        case 'copy':
          session.getState().copyItems(selectedItems);
          break;
        case 'paste': {
          if (clipboard.length === 0) return;
          const newIds = clipboard.map(() => newId<ItemId>());
          const offset = clipboard.every((item) => slide.items.some((i) => i.id === item.id))
            ? { x: PASTE_OFFSET, y: PASTE_OFFSET }
            : { x: 0, y: 0 };
          if (dispatch(commands.pasteItems, { slideId: slide.id, items: clipboard, newIds, offset }))
            session.getState().selectItems(newIds);
          break;
        }
        case 'delete':
          dispatch(commands.deleteItems, { slideId: slide.id, itemIds: selectedItemIds });
          session.getState().selectItems([]);
          break;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
}
