// The deck store: the current deck, every edit through a named command, and undo/redo from immer patches.
import { applyPatches, enablePatches, produce, produceWithPatches } from 'immer';
import type { Patch } from 'immer';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Deck } from '../model/deck';
import { deckOverLimit, type DeckOverLimit } from '../model/deckLimits';
import type { PhotoId } from '../model/ids';
import type { AnyCommand, Command } from './command';

enablePatches();

/** How many undo steps are kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/** An edit refused because the deck would pass its limits, and the limit it would pass (a new object each time). */
export type Refusal = { readonly over: DeckOverLimit };

export type DeckState = {
  readonly deck: Deck;
  /** The last edit refused for the deck's size, or null. */
  readonly refusal: Refusal | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /**
   * Performs a command and records it as one undo step; returns whether the deck changed. An edit that would
   * take the deck past its limits (src/model/deckLimits.ts) is refused, and `refusal` says why.
   */
  dispatch<Args>(command: Command<Args>, args: Args): boolean;
  undo(): void;
  redo(): void;
  /** Ends a run of merging edits (e.g. when a text field loses focus), so the next edit is its own step. */
  breakMerge(): void;
  /** Swaps in another document (opening a deck or a bundle); its history starts empty. */
  replaceDeck(deck: Deck): void;
  /** The photos an Undo or Redo could put back in the library: their stored copies must stay at hand. */
  restorablePhotoIds(): ReadonlySet<PhotoId>;
  /**
   * Forgets the undo and redo steps that would put any of these photos back (and every step before them):
   * their copies could not be kept, so an Undo would bring back a slide with a photo that is gone.
   */
  forgetStepsRestoring(photoIds: ReadonlySet<PhotoId>): void;
};

export type DeckStore = StoreApi<DeckState>;

export type DeckStoreOptions = { now?: () => Date };

type HistoryEntry = {
  readonly command: AnyCommand;
  readonly mergeKey: string | undefined;
  patches: Patch[];
  inversePatches: Patch[];
};

export function createDeckStore(initial: Deck, options: DeckStoreOptions = {}): DeckStore {
  const now = options.now ?? (() => new Date());
  let past: HistoryEntry[] = [];
  let future: HistoryEntry[] = [];
  // Only the entry made by the latest dispatch may absorb the next one; undo, redo and breakMerge end that.
  let mergeable: HistoryEntry | null = null;

  // updatedAt is stamped outside the recorded patches, so undo and redo also count as changes "now".
  const touched = (deck: Deck): Deck =>
    produce(deck, (draft) => {
      draft.updatedAt = now().toISOString();
    });

  return createStore<DeckState>()((set, get) => {
    const flags = () => ({ canUndo: past.length > 0, canRedo: future.length > 0 });

    return {
      deck: initial,
      refusal: null,
      canUndo: false,
      canRedo: false,

      dispatch(command, args) {
        const [next, patches, inversePatches] = produceWithPatches(get().deck, (draft) => {
          command.perform(draft, args);
        });
        if (patches.length === 0) return false;
        const over = deckOverLimit(next);
        // A deck already past a limit (one made before the limits) can still be edited down.
        if (over !== null && deckOverLimit(get().deck) === null) {
          set({ refusal: { over } });
          return false;
        }
        const mergeKey = command.mergeKey?.(args);
        const last = past.at(-1);
        if (
          mergeKey !== undefined &&
          last !== undefined &&
          last === mergeable &&
          (last.command === command || last.command === command.joins) &&
          last.mergeKey === mergeKey
        ) {
          last.patches = [...last.patches, ...patches];
          last.inversePatches = [...inversePatches, ...last.inversePatches];
          // A command that took back all its step had done (an import withdrawing every photo it added) leaves
          // no step behind: an Undo that changes nothing would look broken.
          if (last.command === command.joins && changesNothing(next, last.inversePatches)) {
            past = past.slice(0, -1);
            mergeable = null;
          }
        } else {
          const entry: HistoryEntry = { command, mergeKey, patches, inversePatches };
          past = [...past, entry].slice(-HISTORY_LIMIT);
          mergeable = entry;
        }
        future = [];
        set({ deck: touched(next), ...flags() });
        return true;
      },

      undo() {
        const entry = past.at(-1);
        if (!entry) return;
        past = past.slice(0, -1);
        future = [...future, entry];
        mergeable = null;
        set({ deck: touched(applyPatches(get().deck, entry.inversePatches)), ...flags() });
      },

      redo() {
        const entry = future.at(-1);
        if (!entry) return;
        future = future.slice(0, -1);
        past = [...past, entry];
        mergeable = null;
        set({ deck: touched(applyPatches(get().deck, entry.patches)), ...flags() });
      },

      breakMerge() {
        mergeable = null;
      },

      restorablePhotoIds() {
        const ids = new Set<PhotoId>();
        for (const entry of past) addedPhotoIds(entry.inversePatches, ids);
        for (const entry of future) addedPhotoIds(entry.patches, ids);
        return ids;
      },

      forgetStepsRestoring(photoIds) {
        const restores = (patches: readonly Patch[]) => {
          const added = new Set<PhotoId>();
          addedPhotoIds(patches, added);
          return [...added].some((id) => photoIds.has(id));
        };
        // `past` is oldest first: keep only the steps after the last one that restores such a photo.
        const last = past.findLastIndex((entry) => restores(entry.inversePatches));
        const forgetRedo = future.some((entry) => restores(entry.patches));
        if (last === -1 && !forgetRedo) return;
        if (last !== -1) {
          past = past.slice(last + 1);
          mergeable = null;
        }
        if (forgetRedo) future = [];
        set(flags());
      },

      replaceDeck(deck) {
        past = [];
        future = [];
        mergeable = null;
        set({ deck, ...flags() });
      },
    };
  });
}

/** The photos these patches would put in the library (a patch on one photo, or on the whole library). */
function addedPhotoIds(patches: readonly Patch[], into: Set<PhotoId>): void {
  for (const { op, path, value } of patches) {
    if (path[0] !== 'photos' || op === 'remove') continue;
    if (path.length >= 2) into.add(path[1] as PhotoId);
    else if (typeof value === 'object' && value !== null)
      for (const id of Object.keys(value)) into.add(id as PhotoId);
  }
}

function changesNothing(deck: Deck, patches: Patch[]): boolean {
  return JSON.stringify(applyPatches(deck, patches)) === JSON.stringify(deck);
}

/** Reads from the deck store in a React component, re-rendering when the selected value changes. */
export function useDeck<T>(store: DeckStore, selector: (state: DeckState) => T): T {
  return useStore(store, selector);
}
