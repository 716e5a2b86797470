// Writing a caption in place: Add text starts it on a new box, a double-click on an existing one, and ending it
// commits the text once, or takes an untouched new box away again.
import type { ItemId } from '../../model/ids';
import { newId } from '../../model/ids';
import { commands } from '../../store/commands';
import { NEW_TEXT } from '../../store/commands/addText';
import type { DeckStore } from '../../store/deckStore';
import type { SessionStore } from '../../store/sessionStore';

/**
 * Adds a text box to the selected slide and starts writing in it, its placeholder selected so that typing
 * replaces it. Returns the new item's id, or null when there is no slide to add it to.
 */
export function addTextAndEdit(deckStore: DeckStore, session: SessionStore): ItemId | null {
  const slideId = session.getState().selectedSlideId;
  if (!slideId) return null;
  const itemId = newId<ItemId>();
  if (!deckStore.getState().dispatch(commands.addText, { slideId, itemId })) return null;
  session.getState().startTextEditing(itemId, true);
  return itemId;
}

/** Starts writing in a text item already on the slide; its new text will be an undo step of its own. */
export function editTextInPlace(deckStore: DeckStore, session: SessionStore, itemId: ItemId): void {
  deckStore.getState().breakMerge();
  session.getState().startTextEditing(itemId);
}

/** What a new box holds when the person wrote nothing in it. */
export function isUntouchedText(text: string): boolean {
  return text.trim() === '' || text === NEW_TEXT;
}

/**
 * Ends writing with `text`: the item gets it, in one undo step with the Add text that made it, if any. A new
 * box left empty or untouched is taken away again, leaving no undo step (as if Add text had not been pressed).
 */
export function finishTextEditing(deckStore: DeckStore, session: SessionStore, text: string): void {
  const { textEditing, selectedSlideId, selectedItemIds } = session.getState();
  if (!textEditing || !selectedSlideId) return;
  const { itemId, isNew } = textEditing;
  const { dispatch, breakMerge } = deckStore.getState();
  if (isNew && isUntouchedText(text)) {
    dispatch(commands.dropNewText, { slideId: selectedSlideId, itemId });
    session.getState().selectItems(selectedItemIds.filter((id) => id !== itemId));
  } else {
    dispatch(commands.editText, { slideId: selectedSlideId, itemId, text });
  }
  breakMerge();
  session.getState().endTextEditing();
}
