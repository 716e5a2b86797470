// Reordering and duplicating the selected items, shared by the canvas toolbar and the canvas keys.
import type { Item, Slide } from '../../model/deck';
import type { ItemId } from '../../model/ids';
import { newId } from '../../model/ids';
import { commands } from '../../store/commands';
import type { ReorderDirection } from '../../store/commands/reorderItems';
import { useEditorServices } from '../editorServices';

export type ItemArranging = {
  readonly reorder: (direction: ReorderDirection) => void;
  /** Duplicates the selected items and selects the copies. */
  readonly duplicate: () => void;
};

export function useItemArranging(
  slide: Slide | null,
  selectedItemIds: readonly ItemId[],
  selectedItems: readonly Item[],
): ItemArranging {
  const { deckStore, session } = useEditorServices();
  const dispatch = deckStore.getState().dispatch;

  const reorder = (direction: ReorderDirection) => {
    if (slide && selectedItemIds.length > 0)
      dispatch(commands.reorderItems, { slideId: slide.id, itemIds: selectedItemIds, direction });
  };
  const duplicate = () => {
    if (!slide || selectedItemIds.length === 0) return;
    const newIds = selectedItems.map(() => newId<ItemId>());
    if (dispatch(commands.duplicateItems, { slideId: slide.id, itemIds: selectedItemIds, newIds }))
      session.getState().selectItems(newIds);
  };

  return { reorder, duplicate };
}
