// Every command, through the store: act → assert → undo → assert → redo → assert.
import { describe, expect, it } from 'vitest';
import type { ItemId, SlideId } from '../../../src/model/ids';
import { DEFAULT_QUESTION } from '../../../src/model/newDeck';
import { commands } from '../../../src/store/commands';
import {
  item1,
  item2,
  landscape,
  landscapeId,
  portrait,
  portraitId,
  slideA,
  slideB,
  square,
  squareId,
  actUndoRedo,
  expectNoChange,
  photoItemsOf,
  slideOf,
  testDeck,
  collageDeck,
} from './storeTestKit';

describe('setDeckTitle', () => {
  it('renames the deck', () => {
    actUndoRedo(commands.setDeckTitle, { title: 'Ten years of Ana and Rui' }, (after) => {
      expect(after.title).toBe('Ten years of Ana and Rui');
    });
  });

  it('keeps a title within what the schema accepts', () => {
    actUndoRedo(commands.setDeckTitle, { title: 'x'.repeat(5000) }, (after) => {
      expect(after.title).toHaveLength(1000);
    });
  });
});

describe('removePhotos', () => {
  it('takes photos out of the library and off the slides and reveal orders that show them', () => {
    actUndoRedo(
      commands.removePhotos,
      { photoIds: [squareId, landscapeId] },
      (after) => {
        expect(Object.keys(after.photos)).toEqual([portraitId]);
        expect(slideOf(after).items.map((item) => item.id)).toEqual(['caption', item2]);
        expect(slideOf(after).reveal?.order).toEqual([]);
      },
      collageDeck(),
    );
  });
});

describe('addPhotos', () => {
  it('adds new photos and skips ones already in the deck', () => {
    const changed = { ...landscape, fileName: 'renamed.jpg' };
    actUndoRedo(commands.addPhotos, { photos: [changed, square] }, (after, before) => {
      expect(Object.keys(after.photos).sort()).toEqual([landscapeId, portraitId, squareId].sort());
      expect(after.photos[landscapeId]).toEqual(before.photos[landscapeId]);
      expect(after.photos[squareId]).toEqual(square);
    });
  });

  it('changes nothing when every photo is already there', () => {
    expectNoChange(commands.addPhotos, { photos: [landscape, portrait] });
  });
});

describe('addSlide', () => {
  it('adds a collage slide at the end, with crops centred on each photo’s focus', () => {
    const slideId = 'new-slide' as SlideId;
    const itemIds = ['new1', 'new2'] as ItemId[];
    actUndoRedo(commands.addSlide, { photoIds: [landscapeId, portraitId], slideId, itemIds }, (after) => {
      expect(after.slides.map((s) => s.id)).toEqual([slideA, slideB, slideId]);
      const slide = slideOf(after, slideId);
      expect(slide.reveal).toBeNull();
      expect(slide.layout).toEqual({
        kind: 'grid',
        gutter: 24,
        cornerRadius: 0,
        borderWidth: 0,
        borderColor: '#ffffff',
      });
      const items = photoItemsOf(after, slideId);
      expect(items.map((i) => i.photoId)).toEqual([landscapeId, portraitId]);
      expect(items.map((i) => i.id)).toEqual(itemIds);
      expect(items[0]!.crop).toEqual({ x: 0.5, y: 0.5, scale: 1 });
      expect(items[1]!.crop).toEqual({ x: 0.3, y: 0.2, scale: 1 });
      // Side by side in one row of the collage, with the landscape photo wider.
      expect(items[0]!.y).toBe(items[1]!.y);
      expect(items[0]!.width).toBeGreaterThan(items[1]!.width);
      expect(items[1]!.x - (items[0]!.x + items[0]!.width)).toBeCloseTo(24, 9);
    });
  });

  it('inserts after the given index and leaves out photos the deck does not have', () => {
    actUndoRedo(
      commands.addSlide,
      { photoIds: [squareId, landscapeId], index: 0 },
      (after) => {
        expect(after.slides).toHaveLength(3);
        expect(after.slides[0]!.id).toBe(slideA);
        expect(after.slides[2]!.id).toBe(slideB);
        expect(after.slides[1]!.items.map((i) => i.kind === 'photo' && i.photoId)).toEqual([landscapeId]);
        expect(after.slides[1]!.items[0]).toMatchObject({ x: 24, y: 24, width: 1872, height: 1032 });
      },
      testDeck(),
      { makesIds: true },
    );
  });

  it('adds an empty slide for no photos, and nothing for an id already taken', () => {
    actUndoRedo(
      commands.addSlide,
      { photoIds: [] },
      (after) => {
        expect(after.slides).toHaveLength(3);
        expect(after.slides[2]!.items).toEqual([]);
      },
      testDeck(),
      { makesIds: true },
    );
    expectNoChange(commands.addSlide, { photoIds: [], slideId: slideA });
    expectNoChange(commands.addSlide, { photoIds: [landscapeId, portraitId], itemIds: [item1, item1] });
  });
});

describe('deleteSlide', () => {
  it('removes the slide', () => {
    actUndoRedo(commands.deleteSlide, { slideId: slideA }, (after) => {
      expect(after.slides.map((s) => s.id)).toEqual([slideB]);
    });
    expectNoChange(commands.deleteSlide, { slideId: 'nope' as SlideId });
  });
});

describe('addPhotoItem', () => {
  it('drops a photo at 40% of the slide height, centred on the slide', () => {
    const itemId = 'dropped' as ItemId;
    actUndoRedo(commands.addPhotoItem, { slideId: slideB, photoId: portraitId, itemId }, (after) => {
      const [item] = photoItemsOf(after, slideB);
      expect(item).toMatchObject({
        id: itemId,
        photoId: portraitId,
        height: 432,
        width: 324,
        x: 798,
        y: 324,
      });
      expect(item!.crop).toEqual({ x: 0.3, y: 0.2, scale: 1 });
    });
  });

  it('drops at the given point, on top, and adds it to the reveal as the last photo', () => {
    const withReveal = commands.setQuizReveal.apply(testDeck(), { slideId: slideA, on: true });
    const itemId = 'dropped' as ItemId;
    const center = { x: 400, y: 300 };
    actUndoRedo(
      commands.addPhotoItem,
      { slideId: slideA, photoId: landscapeId, itemId, center },
      (after) => {
        const slide = slideOf(after, slideA);
        expect(slide.items.at(-1)).toMatchObject({ id: itemId, x: 400 - 288, y: 300 - 216, width: 576 });
        expect(slide.reveal!.order).toEqual([item1, item2, itemId]);
      },
      withReveal,
    );
  });

  it('ignores unknown slides and photos and a taken item id', () => {
    expectNoChange(commands.addPhotoItem, { slideId: slideB, photoId: squareId });
    expectNoChange(commands.addPhotoItem, { slideId: 'nope' as SlideId, photoId: landscapeId });
    expectNoChange(commands.addPhotoItem, { slideId: slideA, photoId: landscapeId, itemId: item1 });
  });
});

describe('transformItem', () => {
  const gesture = { slideId: slideA, itemId: item2, x: 100, y: 50, width: 400, height: 300, rotation: 15 };

  it('writes the end of a gesture back to the item', () => {
    actUndoRedo(commands.transformItem, gesture, (after, before) => {
      expect(photoItemsOf(after, slideA)[1]).toMatchObject({
        x: 100,
        y: 50,
        width: 400,
        height: 300,
        rotation: 15,
      });
      expect(photoItemsOf(after, slideA)[0]).toEqual(photoItemsOf(before, slideA)[0]);
    });
  });

  it('moves and widens a text item, which has no height or rotation', () => {
    const start = testDeck();
    const text = {
      kind: 'text' as const,
      id: 'text1' as ItemId,
      text: 'Hello',
      x: 0,
      y: 0,
      width: 100,
      fontSize: 40,
      color: '#fff',
      align: 'left' as const,
      font: 'sans' as const,
      bold: false,
      appears: 'start' as const,
    };
    start.slides[1]!.items.push(text);
    actUndoRedo(
      commands.transformItem,
      { ...gesture, slideId: slideB, itemId: text.id },
      (after) => {
        expect(slideOf(after, slideB).items[0]).toEqual({ ...text, x: 100, y: 50, width: 400 });
      },
      start,
    );
  });

  it('ignores degenerate gestures and unknown items', () => {
    expectNoChange(commands.transformItem, { ...gesture, width: 0 });
    expectNoChange(commands.transformItem, { ...gesture, x: Number.NaN });
    expectNoChange(commands.transformItem, { ...gesture, height: Infinity });
    expectNoChange(commands.transformItem, { ...gesture, itemId: 'nope' as ItemId });
  });
});

describe('transformItems', () => {
  it('writes the end of a gesture on several items as one step', () => {
    const changes = [
      { itemId: item1, x: 10, y: 20, width: 300, height: 200, rotation: 0 },
      { itemId: item2, x: 400, y: 20, width: 150, height: 200, rotation: -5 },
    ];
    actUndoRedo(commands.transformItems, { slideId: slideA, changes }, (after) => {
      expect(photoItemsOf(after, slideA)[0]).toMatchObject({ x: 10, y: 20, width: 300, height: 200 });
      expect(photoItemsOf(after, slideA)[1]).toMatchObject({ x: 400, width: 150, rotation: -5 });
    });
  });
});

describe('deleteItems', () => {
  it('removes the items and takes them out of the reveal order', () => {
    const withReveal = commands.setQuizReveal.apply(testDeck(), { slideId: slideA, on: true });
    actUndoRedo(
      commands.deleteItems,
      { slideId: slideA, itemIds: [item1] },
      (after) => {
        expect(slideOf(after, slideA).items.map((i) => i.id)).toEqual([item2]);
        expect(slideOf(after, slideA).reveal!.order).toEqual([item2]);
      },
      withReveal,
    );
    expectNoChange(commands.deleteItems, { slideId: slideA, itemIds: ['nope' as ItemId] });
  });
});

describe('setQuizReveal', () => {
  it('turns the reveal on with the default question and the photos in slide order', () => {
    actUndoRedo(commands.setQuizReveal, { slideId: slideA, on: true }, (after) => {
      expect(slideOf(after, slideA).reveal).toEqual({
        question: DEFAULT_QUESTION,
        order: [item1, item2],
        style: 'appear',
        answer: { title: '' },
        showCounter: true,
        confetti: true,
        continues: false,
        stepSeconds: 0.6,
      });
    });
  });

  it('turns it off, and leaves a reveal that is already on as it is', () => {
    const on = commands.setRevealQuestion.apply(
      commands.setQuizReveal.apply(testDeck(), { slideId: slideA, on: true }),
      {
        slideId: slideA,
        question: 'Who?',
      },
    );
    actUndoRedo(
      commands.setQuizReveal,
      { slideId: slideA, on: false },
      (after) => {
        expect(slideOf(after, slideA).reveal).toBeNull();
      },
      on,
    );
    expectNoChange(commands.setQuizReveal, { slideId: slideA, on: true }, on);
    expectNoChange(commands.setQuizReveal, { slideId: slideA, on: false });
  });

  it('turning it on again can restore the question and answer it had, keeping the order to photos still there', () => {
    const on = commands.setRevealAnswer.apply(
      commands.setRevealOrder.apply(commands.setQuizReveal.apply(testDeck(), { slideId: slideA, on: true }), {
        slideId: slideA,
        order: [item2, item1],
      }),
      { slideId: slideA, title: 'Ana and Rui' },
    );
    const previous = slideOf(on, slideA).reveal!;
    const off = commands.deleteItems.apply(commands.setQuizReveal.apply(on, { slideId: slideA, on: false }), {
      slideId: slideA,
      itemIds: [item2],
    });
    actUndoRedo(
      commands.setQuizReveal,
      { slideId: slideA, on: true, restore: previous },
      (after) => {
        expect(slideOf(after, slideA).reveal).toEqual({ ...previous, order: [item1] });
      },
      off,
    );
  });
});

describe('reveal texts and order', () => {
  const on = () => commands.setQuizReveal.apply(testDeck(), { slideId: slideA, on: true });

  it('setRevealQuestion sets the question', () => {
    actUndoRedo(
      commands.setRevealQuestion,
      { slideId: slideA, question: 'Who are these two?' },
      (after) => expect(slideOf(after, slideA).reveal!.question).toBe('Who are these two?'),
      on(),
    );
    expectNoChange(commands.setRevealQuestion, { slideId: slideA, question: 'No reveal here' });
  });

  it('setRevealAnswer sets the answer title', () => {
    actUndoRedo(
      commands.setRevealAnswer,
      { slideId: slideA, title: '10 years of Ana and Rui!' },
      (after) => expect(slideOf(after, slideA).reveal!.answer).toEqual({ title: '10 years of Ana and Rui!' }),
      on(),
    );
  });

  it('setRevealOrder reorders, dropping unknown and repeated ids', () => {
    actUndoRedo(
      commands.setRevealOrder,
      { slideId: slideA, order: [item2, 'ghost' as ItemId, item1, item2] },
      (after) => expect(slideOf(after, slideA).reveal!.order).toEqual([item2, item1]),
      on(),
    );
    expectNoChange(commands.setRevealOrder, { slideId: slideA, order: [item1, item2] }, on());
  });
});
