// Shared by the store tests: a small deck, a store with a fixed clock, and act → undo → redo checks.
import { expect } from 'vitest';
import { deckSchema } from '../../../src/model/deck';
import type { Deck, PhotoItem, PhotoMeta, TextItem } from '../../../src/model/deck';
import type { ItemId, PhotoId, SlideId } from '../../../src/model/ids';
import { newDeck, newPhotoItem, newReveal, newSlide } from '../../../src/model/newDeck';
import type { Command } from '../../../src/store/command';
import { createDeckStore } from '../../../src/store/deckStore';
import type { DeckStore } from '../../../src/store/deckStore';

export const landscapeId = '1'.repeat(64) as PhotoId;
export const portraitId = '2'.repeat(64) as PhotoId;
export const squareId = '3'.repeat(64) as PhotoId;

export const landscape: PhotoMeta = {
  id: landscapeId,
  fileName: 'landscape.jpg',
  mimeType: 'image/jpeg',
  width: 4000,
  height: 3000,
  bytes: 1000,
};
export const portrait: PhotoMeta = {
  id: portraitId,
  fileName: 'portrait.heic',
  mimeType: 'image/heic',
  width: 3000,
  height: 4000,
  bytes: 2000,
  focus: { x: 0.3, y: 0.2 },
};
export const square: PhotoMeta = {
  id: squareId,
  fileName: 'square.png',
  mimeType: 'image/png',
  width: 1000,
  height: 1000,
  bytes: 3000,
};

export const slideA = 'slideA' as SlideId;
export const slideB = 'slideB' as SlideId;
export const item1 = 'item1' as ItemId;
export const item2 = 'item2' as ItemId;

export const START = '2025-01-01T00:00:00.000Z';

/** Two photos in the library; slide A holds both as items, slide B is empty. */
export function testDeck(): Deck {
  const deck = newDeck(new Date(START), 'Test deck');
  return {
    ...deck,
    photos: { [landscapeId]: landscape, [portraitId]: portrait },
    slides: [
      {
        ...newSlide(slideA),
        items: [
          newPhotoItem(landscapeId, { x: 24, y: 24, width: 924, height: 1032 }, item1),
          newPhotoItem(portraitId, { x: 972, y: 24, width: 924, height: 1032 }, item2),
        ],
      },
      newSlide(slideB),
    ],
  };
}

/** A store over `deck` whose clock ticks one second per reading, so each change has its own time. */
export function testStore(deck: Deck = testDeck()): { store: DeckStore; times: string[] } {
  let tick = 0;
  const times: string[] = [];
  // The clock goes on from the deck's own last change, so an edit always stamps a later time, also on a deck
  // an earlier test store already edited.
  const from = Math.max(Date.parse(START), Date.parse(deck.updatedAt) || 0);
  const store = createDeckStore(deck, {
    now: () => {
      const time = new Date(from + ++tick * 1000);
      times.push(time.toISOString());
      return time;
    },
  });
  return { store, times };
}

export const captionId = 'caption' as ItemId;
export const item3 = 'item3' as ItemId;

/** Slide A: a caption between three photos (landscape, portrait, square) and a reveal of two of them. */
export function collageDeck(): Deck {
  const deck = testDeck();
  const [slide, ...rest] = deck.slides;
  const caption: TextItem = {
    kind: 'text',
    id: captionId,
    text: 'Ten years',
    x: 100,
    y: 900,
    width: 600,
    fontSize: 48,
    color: '#ffffff',
    align: 'left',
    font: 'sans',
    bold: false,
    appears: 'start',
  };
  const [first, second] = slide!.items;
  return {
    ...deck,
    photos: { ...deck.photos, [squareId]: square },
    slides: [
      {
        ...slide!,
        items: [
          first!,
          caption,
          second!,
          newPhotoItem(squareId, { x: 10, y: 10, width: 100, height: 100 }, item3),
        ],
        reveal: newReveal([item3, first!.id]),
      },
      ...rest,
    ],
  };
}

/** The slide with that id; throws rather than handing back undefined so a wrong id fails loudly. */
export function slideOf(deck: Deck, id: SlideId = slideA) {
  const slide = deck.slides.find((s) => s.id === id);
  if (!slide) throw new Error(`no slide ${id}`);
  return slide;
}

export function photoItemsOf(deck: Deck, id: SlideId = slideA): PhotoItem[] {
  return slideOf(deck, id).items.filter((i): i is PhotoItem => i.kind === 'photo');
}

/**
 * A check that a test file's actUndoRedo or expectNoChange leaves out. The files were written
 * with their own copies making different checks; the shared form keeps each file's checks as they were.
 */
export type SkippedCheck =
  /** actUndoRedo: updatedAt moves on with the change. */
  | 'stampsTime'
  /** actUndoRedo: the pure command on the starting deck gives the same document. */
  | 'pureForm'
  /** actUndoRedo: dispatching leaves the starting deck as it was. */
  | 'startUntouched'
  /** actUndoRedo: canUndo and canRedo follow undo and redo. */
  | 'historyFlags'
  /** expectNoChange: the store still holds the very same deck object. */
  | 'sameDeck'
  /** expectNoChange: no undo step was recorded. */
  | 'noUndoStep';

export interface UndoRedoChecks {
  /**
   * Dispatches the command, checks the result, then checks that undo restores the deck exactly
   * (apart from updatedAt) and redo brings the result back. Returns the deck after the command.
   * `makesIds`: the command makes up new ids, so applying it again gives a different document.
   */
  actUndoRedo: <Args>(
    command: Command<Args>,
    args: Args,
    check: (after: Deck, before: Deck) => void,
    start?: Deck,
    options?: { makesIds?: boolean },
  ) => Deck;
  /** Dispatches a command that must change nothing. */
  expectNoChange: <Args>(command: Command<Args>, args: Args, start?: Deck) => void;
}

/** actUndoRedo and expectNoChange starting from `start()` unless given a deck, making every check not in `skip`. */
export function undoRedoChecks({
  start = testDeck,
  skip = [],
}: { start?: () => Deck; skip?: SkippedCheck[] } = {}): UndoRedoChecks {
  const makes = (check: SkippedCheck) => !skip.includes(check);
  return {
    actUndoRedo<Args>(
      command: Command<Args>,
      args: Args,
      check: (after: Deck, before: Deck) => void,
      startDeck: Deck = start(),
      { makesIds = false }: { makesIds?: boolean } = {},
    ): Deck {
      const { store } = testStore(startDeck);
      const before = store.getState().deck;
      expect(store.getState().dispatch(command, args)).toBe(true);
      const after = store.getState().deck;
      check(after, before);
      expect(deckSchema.safeParse(after).success).toBe(true);
      if (makes('stampsTime')) expect(after.updatedAt).not.toBe(before.updatedAt);
      if (makes('pureForm') && !makesIds)
        expect({ ...command.apply(before, args), updatedAt: '' }).toEqual({ ...after, updatedAt: '' });
      if (makes('startUntouched')) expect(before).toEqual(startDeck);

      store.getState().undo();
      expect({ ...store.getState().deck, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
      if (makes('historyFlags')) expect(store.getState()).toMatchObject({ canUndo: false, canRedo: true });

      store.getState().redo();
      expect({ ...store.getState().deck, updatedAt: '' }).toEqual({ ...after, updatedAt: '' });
      if (makes('historyFlags')) expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false });
      return after;
    },

    expectNoChange<Args>(command: Command<Args>, args: Args, startDeck: Deck = start()): void {
      const { store } = testStore(startDeck);
      expect(store.getState().dispatch(command, args)).toBe(false);
      if (makes('sameDeck')) expect(store.getState().deck).toBe(startDeck);
      if (makes('noUndoStep')) expect(store.getState().canUndo).toBe(false);
    },
  };
}

/** Every check, on the test deck. */
export const { actUndoRedo, expectNoChange } = undoRedoChecks();

/** The collage command tests' checks, on the collage deck. */
export const collageChecks = undoRedoChecks({ start: collageDeck });
