// Session state of the editor (what is selected); never part of the deck and never undone.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Item } from '../model/deck';
import type { ItemId, PhotoId, SlideId } from '../model/ids';

/** How the photo library is ordered; a way of looking at the deck, not part of it. */
export type PhotoSortOrder = 'dateTaken' | 'name' | 'dateAdded';

/** The text item being written in place; `isNew`: Add text has just made it, so left untouched it goes again. */
export type TextEditing = { readonly itemId: ItemId; readonly isNew: boolean };

export type SessionState = {
  readonly selectedSlideId: SlideId | null;
  readonly selectedItemIds: readonly ItemId[];
  readonly selectedPhotoIds: readonly PhotoId[];
  readonly photoSortOrder: PhotoSortOrder;
  /** Items copied with Ctrl/Cmd+C, as they were then; pasting works on any slide of the deck. */
  readonly clipboard: readonly Item[];
  readonly textEditing: TextEditing | null;
  /** Inspector sections the user folded (true) or opened (false), by section name; the rest are as they start. */
  readonly foldedSections: Readonly<Record<string, boolean>>;
  /** Selecting another slide clears the item selection, since items belong to one slide. */
  selectSlide(id: SlideId | null): void;
  selectItems(ids: readonly ItemId[]): void;
  selectPhotos(ids: readonly PhotoId[]): void;
  sortPhotos(order: PhotoSortOrder): void;
  copyItems(items: readonly Item[]): void;
  /** Starts writing in a text item, which becomes the selection. */
  startTextEditing(itemId: ItemId, isNew?: boolean): void;
  endTextEditing(): void;
  /** Keeps a section folded or open for the rest of the session, whatever is selected next. */
  foldSection(section: string, folded: boolean): void;
};

export type SessionStore = StoreApi<SessionState>;

export function createSessionStore(): SessionStore {
  return createStore<SessionState>()((set, get) => ({
    selectedSlideId: null,
    selectedItemIds: [],
    selectedPhotoIds: [],
    photoSortOrder: 'dateAdded',
    clipboard: [],
    textEditing: null,
    foldedSections: {},
    selectSlide(id) {
      if (id === get().selectedSlideId) return;
      set({ selectedSlideId: id, selectedItemIds: [], textEditing: null });
    },
    selectItems(ids) {
      set({ selectedItemIds: [...new Set(ids)] });
    },
    selectPhotos(ids) {
      set({ selectedPhotoIds: [...new Set(ids)] });
    },
    sortPhotos(order) {
      set({ photoSortOrder: order });
    },
    copyItems(items) {
      set({ clipboard: structuredClone([...items]) });
    },
    startTextEditing(itemId, isNew = false) {
      set({ textEditing: { itemId, isNew }, selectedItemIds: [itemId] });
    },
    endTextEditing() {
      set({ textEditing: null });
    },
    foldSection(section, folded) {
      if (get().foldedSections[section] === folded) return;
      set({ foldedSections: { ...get().foldedSections, [section]: folded } });
    },
  }));
}

/** Reads from the session store in a React component. */
export function useSession<T>(store: SessionStore, selector: (state: SessionState) => T): T {
  return useStore(store, selector);
}
