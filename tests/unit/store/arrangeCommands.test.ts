// The crop, photo-in-frame and free-arrangement commands, through the store: act → assert → undo → assert → redo.
import { describe, expect, it } from 'vitest';
import type { Deck, Item, PhotoItem } from '../../../src/model/deck';
import type { ItemId, SlideId } from '../../../src/model/ids';
import { newReveal } from '../../../src/model/newDeck';
import { commands } from '../../../src/store/commands';
import { reorderedIds } from '../../../src/store/commands/reorderItems';
import {
  item1,
  item2,
  item3,
  landscapeId,
  portrait,
  portraitId,
  slideA,
  slideB,
  testDeck,
  testStore,
  undoRedoChecks,
} from './storeTestKit';

// Every check holds for these commands (they were skipped only because the files were written apart).
const { actUndoRedo, expectNoChange } = undoRedoChecks();

const itemsOf = (deck: Deck, id: SlideId = slideA): Item[] => deck.slides.find((s) => s.id === id)!.items;
const itemOf = (deck: Deck, id: ItemId, slideId: SlideId = slideA) =>
  itemsOf(deck, slideId).find((i) => i.id === id)!;
const photoOf = (deck: Deck, id: ItemId) => itemOf(deck, id) as PhotoItem;

/** Slide A with a third item (a text) on top, for stacking tests. */
function threeItems(): Deck {
  const deck = testDeck();
  const text: Item = {
    kind: 'text',
    id: item3,
    text: 'Ana & Rui',
    x: 100,
    y: 900,
    width: 600,
    fontSize: 60,
    color: '#ffffff',
    align: 'left',
    font: 'sans',
    bold: false,
    appears: 'start',
  };
  return {
    ...deck,
    slides: deck.slides.map((s) => (s.id === slideA ? { ...s, items: [...s.items, text] } : s)),
  };
}

describe('setCrop', () => {
  it('records a pan and zoom of one photo', () => {
    actUndoRedo(
      commands.setCrop,
      { slideId: slideA, itemId: item1, crop: { x: 0.2, y: 0.7, scale: 2.5 } },
      (after, before) => {
        expect(photoOf(after, item1).crop).toEqual({ x: 0.2, y: 0.7, scale: 2.5 });
        expect(photoOf(after, item2)).toEqual(photoOf(before, item2));
      },
    );
  });

  it('keeps a crop within what the schema accepts', () => {
    actUndoRedo(
      commands.setCrop,
      { slideId: slideA, itemId: item1, crop: { x: -3, y: Number.NaN, scale: 400 } },
      (after) => {
        expect(photoOf(after, item1).crop).toEqual({ x: 0, y: 0.5, scale: 20 });
      },
    );
  });

  it('is no change for the same crop or a text item', () => {
    expectNoChange(commands.setCrop, {
      slideId: slideA,
      itemId: item1,
      crop: photoOf(testDeck(), item1).crop,
    });
    expectNoChange(
      commands.setCrop,
      { slideId: slideA, itemId: item3, crop: { x: 0.1, y: 0.1, scale: 2 } },
      threeItems(),
    );
  });
});

describe('replacePhoto', () => {
  it('shows another photo in the same frame, centred on its focus', () => {
    actUndoRedo(
      commands.replacePhoto,
      { slideId: slideA, itemId: item1, photoId: portraitId },
      (after, before) => {
        const { photoId, crop, ...frame } = photoOf(after, item1);
        const { photoId: oldPhoto, crop: oldCrop, ...oldFrame } = photoOf(before, item1);
        expect(photoId).toBe(portraitId);
        expect(oldPhoto).toBe(landscapeId);
        expect(crop).toEqual({ ...portrait.focus, scale: 1 });
        expect(oldCrop.scale).toBe(1);
        expect(frame).toEqual(oldFrame);
      },
    );
  });

  it('is no change for an unknown photo or the same photo', () => {
    expectNoChange(commands.replacePhoto, {
      slideId: slideA,
      itemId: item1,
      photoId: 'f'.repeat(64) as never,
    });
    expectNoChange(commands.replacePhoto, { slideId: slideA, itemId: item1, photoId: landscapeId });
  });
});

describe('swapPhotos', () => {
  it('each photo takes the other frame, with its crop', () => {
    const start = commands.setCrop.apply(testDeck(), {
      slideId: slideA,
      itemId: item1,
      crop: { x: 0.1, y: 0.9, scale: 3 },
    });
    actUndoRedo(
      commands.swapPhotos,
      { slideId: slideA, itemIds: [item1, item2] },
      (after, before) => {
        expect(photoOf(after, item1).photoId).toBe(portraitId);
        expect(photoOf(after, item2).photoId).toBe(landscapeId);
        expect(photoOf(after, item2).crop).toEqual({ x: 0.1, y: 0.9, scale: 3 });
        expect(photoOf(after, item1).crop).toEqual(photoOf(before, item2).crop);
        // The frames stay where they are.
        expect(photoOf(after, item1).x).toBe(photoOf(before, item1).x);
        expect(photoOf(after, item2).x).toBe(photoOf(before, item2).x);
      },
      start,
    );
  });

  it('is no change for the same item twice or a text item', () => {
    expectNoChange(commands.swapPhotos, { slideId: slideA, itemIds: [item1, item1] });
    expectNoChange(commands.swapPhotos, { slideId: slideA, itemIds: [item1, item3] }, threeItems());
  });
});

describe('nudgeItems', () => {
  it('moves the chosen items only', () => {
    actUndoRedo(
      commands.nudgeItems,
      { slideId: slideA, itemIds: [item2], dx: -10, dy: 1 },
      (after, before) => {
        expect(photoOf(after, item2).x).toBe(photoOf(before, item2).x - 10);
        expect(photoOf(after, item2).y).toBe(photoOf(before, item2).y + 1);
        expect(photoOf(after, item1)).toEqual(photoOf(before, item1));
      },
    );
  });

  it('merges a run of presses on the same items into one undo step', () => {
    const { store } = testStore();
    const before = store.getState().deck;
    for (let i = 0; i < 5; i++)
      store.getState().dispatch(commands.nudgeItems, { slideId: slideA, itemIds: [item1], dx: 1, dy: 0 });
    expect(photoOf(store.getState().deck, item1).x).toBe(photoOf(before, item1).x + 5);
    store.getState().undo();
    expect(photoOf(store.getState().deck, item1).x).toBe(photoOf(before, item1).x);
    expect(store.getState().canUndo).toBe(false);
  });

  it('is no change for a zero or non-finite step', () => {
    expectNoChange(commands.nudgeItems, { slideId: slideA, itemIds: [item1], dx: 0, dy: 0 });
    expectNoChange(commands.nudgeItems, { slideId: slideA, itemIds: [item1], dx: Number.NaN, dy: 1 });
  });
});

describe('reorderItems', () => {
  const ids = (deck: Deck) => itemsOf(deck).map((i) => i.id);

  it('brings an item forward one step and to the front', () => {
    actUndoRedo(
      commands.reorderItems,
      { slideId: slideA, itemIds: [item1], direction: 'forward' },
      (after) => {
        expect(ids(after)).toEqual([item2, item1, item3]);
      },
      threeItems(),
    );
    actUndoRedo(
      commands.reorderItems,
      { slideId: slideA, itemIds: [item1], direction: 'front' },
      (after) => {
        expect(ids(after)).toEqual([item2, item3, item1]);
      },
      threeItems(),
    );
  });

  it('sends an item backward one step and to the back', () => {
    actUndoRedo(
      commands.reorderItems,
      { slideId: slideA, itemIds: [item3], direction: 'backward' },
      (after) => {
        expect(ids(after)).toEqual([item1, item3, item2]);
      },
      threeItems(),
    );
    actUndoRedo(
      commands.reorderItems,
      { slideId: slideA, itemIds: [item3], direction: 'back' },
      (after) => {
        expect(ids(after)).toEqual([item3, item1, item2]);
      },
      threeItems(),
    );
  });

  it('is no change when the items are already there', () => {
    expectNoChange(
      commands.reorderItems,
      { slideId: slideA, itemIds: [item3], direction: 'front' },
      threeItems(),
    );
    expectNoChange(
      commands.reorderItems,
      { slideId: slideA, itemIds: [item1], direction: 'backward' },
      threeItems(),
    );
  });

  it('keeps a chosen block together and in its own order', () => {
    expect(reorderedIds(['a', 'b', 'c', 'd'], new Set(['a', 'b']), 'forward')).toEqual(['c', 'a', 'b', 'd']);
    expect(reorderedIds(['a', 'b', 'c', 'd'], new Set(['c', 'd']), 'backward')).toEqual(['a', 'c', 'd', 'b']);
    expect(reorderedIds(['a', 'b', 'c', 'd'], new Set(['a', 'c']), 'front')).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('duplicateItems', () => {
  it('adds copies on top, 20 units down and right, under the new ids', () => {
    const copies = ['copy1', 'copy2'] as ItemId[];
    actUndoRedo(
      commands.duplicateItems,
      { slideId: slideA, itemIds: [item2, item1], newIds: copies },
      (after, before) => {
        expect(itemsOf(after).map((i) => i.id)).toEqual([item1, item2, ...copies]);
        // In stacking order: the first copy is of the lower item.
        const original = photoOf(before, item1);
        expect(photoOf(after, copies[0]!)).toEqual({
          ...original,
          id: copies[0],
          x: original.x + 20,
          y: original.y + 20,
        });
      },
    );
  });

  it('is no change when an id is taken or the ids do not match the items', () => {
    expectNoChange(commands.duplicateItems, { slideId: slideA, itemIds: [item1], newIds: [item2] });
    expectNoChange(commands.duplicateItems, { slideId: slideA, itemIds: [item1], newIds: [] });
  });
});

describe('pasteItems', () => {
  it('pastes copies onto another slide, photos keeping their photo', () => {
    const copied = itemsOf(testDeck());
    const newIds = ['p1', 'p2'] as ItemId[];
    actUndoRedo(
      commands.pasteItems,
      { slideId: slideB, items: copied, newIds, offset: { x: 0, y: 0 } },
      (after, before) => {
        const pasted = itemsOf(after, slideB);
        expect(pasted.map((i) => i.id)).toEqual(newIds);
        expect(pasted.map((i) => ({ ...i, id: '' }))).toEqual(copied.map((i) => ({ ...i, id: '' })));
        expect(itemsOf(after)).toEqual(itemsOf(before));
      },
    );
  });

  it('adds pasted photos to the reveal of a quiz slide', () => {
    const deck = testDeck();
    const start = {
      ...deck,
      slides: deck.slides.map((s) => (s.id === slideB ? { ...s, reveal: newReveal([]) } : s)),
    };
    actUndoRedo(
      commands.pasteItems,
      {
        slideId: slideB,
        items: itemsOf(deck).slice(0, 1),
        newIds: ['p1' as ItemId],
        offset: { x: 20, y: 20 },
      },
      (after) => {
        expect(after.slides.find((s) => s.id === slideB)!.reveal!.order).toEqual(['p1']);
      },
      start,
    );
  });

  it('skips a photo the deck no longer has', () => {
    const gone = { ...photoOf(testDeck(), item1), photoId: 'e'.repeat(64) as never };
    expectNoChange(commands.pasteItems, {
      slideId: slideB,
      items: [gone],
      newIds: ['p1' as ItemId],
      offset: { x: 0, y: 0 },
    });
  });
});
