// The text and slide-sorter commands, through the store: act → assert → undo → assert → redo → assert.
import { describe, expect, it } from 'vitest';
import { deckSchema } from '../../../src/model/deck';
import type { Deck, TextItem } from '../../../src/model/deck';
import type { ItemId, SlideId } from '../../../src/model/ids';
import { commands } from '../../../src/store/commands';
import { NEW_TEXT } from '../../../src/store/commands/addText';
import { item1, item2, slideA, slideB, slideOf, testDeck, testStore, undoRedoChecks } from './storeTestKit';

// Every check holds for these commands (they were skipped only because the files were written apart).
const { actUndoRedo, expectNoChange } = undoRedoChecks();

const textId = 'caption' as ItemId;
const textOf = (deck: Deck) => slideOf(deck, slideA).items.find((i) => i.id === textId) as TextItem;
const withText = () => commands.addText.apply(testDeck(), { slideId: slideA, itemId: textId });

describe('addText', () => {
  it('adds a centred caption on top, in the theme’s text colour and the sans font', () => {
    actUndoRedo(commands.addText, { slideId: slideA, itemId: textId }, (after, before) => {
      const items = slideOf(after, slideA).items;
      expect(items.map((i) => i.id)).toEqual([item1, item2, textId]);
      const text = textOf(after);
      expect(text).toMatchObject({
        kind: 'text',
        text: NEW_TEXT,
        fontSize: 64,
        color: before.theme.textColor,
        align: 'center',
        font: 'sans',
        bold: false,
      });
      expect(text.x + text.width / 2).toBeCloseTo(after.size.width / 2, 0);
      expect(text.y + text.fontSize / 2).toBeCloseTo(after.size.height / 2, 0);
    });
  });

  it('ignores an unknown slide and a taken id', () => {
    expectNoChange(commands.addText, { slideId: 'nope' as SlideId });
    expectNoChange(commands.addText, { slideId: slideA, itemId: item1 });
  });
});

describe('editText', () => {
  it('replaces the text, new lines included', () => {
    actUndoRedo(
      commands.editText,
      { slideId: slideA, itemId: textId, text: 'Ana\nand Rui' },
      (after) => expect(textOf(after).text).toBe('Ana\nand Rui'),
      withText(),
    );
  });

  it('keeps the text within the schema and leaves photos alone', () => {
    actUndoRedo(
      commands.editText,
      { slideId: slideA, itemId: textId, text: 'x'.repeat(20000) },
      (after) => expect(textOf(after).text).toHaveLength(10000),
      withText(),
    );
    expectNoChange(commands.editText, { slideId: slideA, itemId: item1, text: 'no' });
    expectNoChange(commands.editText, { slideId: slideA, itemId: textId, text: NEW_TEXT }, withText());
  });
});

describe('setTextStyle', () => {
  it('sets each style field', () => {
    const style = { fontSize: 120, color: '#ff0000', align: 'right', bold: true, font: 'serif' } as const;
    actUndoRedo(
      commands.setTextStyle,
      { slideId: slideA, itemId: textId, style },
      (after) => expect(textOf(after)).toMatchObject(style),
      withText(),
    );
  });

  it('clamps the size and refuses values the schema would not load', () => {
    actUndoRedo(
      commands.setTextStyle,
      { slideId: slideA, itemId: textId, style: { fontSize: 5000 } },
      (after) => expect(textOf(after).fontSize).toBe(1000),
      withText(),
    );
    const bad = { fontSize: Number.NaN, color: '', align: 'middle', font: 'comic' } as unknown as Partial<
      Pick<TextItem, 'fontSize'>
    >;
    expectNoChange(commands.setTextStyle, { slideId: slideA, itemId: textId, style: bad }, withText());
  });

  it('merges a run of changes to one setting of one item into one undo step', () => {
    const { store } = testStore(withText());
    const { dispatch } = store.getState();
    for (const fontSize of [70, 80, 90]) {
      dispatch(commands.setTextStyle, { slideId: slideA, itemId: textId, style: { fontSize } });
    }
    dispatch(commands.setTextStyle, { slideId: slideA, itemId: textId, style: { bold: true } });
    store.getState().undo();
    expect(textOf(store.getState().deck)).toMatchObject({ fontSize: 90, bold: false });
    store.getState().undo();
    expect(textOf(store.getState().deck)).toMatchObject({ fontSize: 64, bold: false });
    expect(store.getState().canUndo).toBe(false);
  });
});

const slideC = 'slideC' as SlideId;
const threeSlides = () => commands.addSlide.apply(testDeck(), { photoIds: [], slideId: slideC });

describe('moveSlide', () => {
  it('moves a slide down and up', () => {
    actUndoRedo(
      commands.moveSlide,
      { slideId: slideA, toIndex: 2 },
      (after) => expect(after.slides.map((s) => s.id)).toEqual([slideB, slideC, slideA]),
      threeSlides(),
    );
    actUndoRedo(
      commands.moveSlide,
      { slideId: slideC, toIndex: 0 },
      (after) => expect(after.slides.map((s) => s.id)).toEqual([slideC, slideA, slideB]),
      threeSlides(),
    );
  });

  it('clamps the index and ignores a move to the same place or of an unknown slide', () => {
    actUndoRedo(
      commands.moveSlide,
      { slideId: slideA, toIndex: 99 },
      (after) => expect(after.slides.map((s) => s.id)).toEqual([slideB, slideC, slideA]),
      threeSlides(),
    );
    expectNoChange(commands.moveSlide, { slideId: slideB, toIndex: 1 }, threeSlides());
    expectNoChange(commands.moveSlide, { slideId: 'nope' as SlideId, toIndex: 0 });
    expectNoChange(commands.moveSlide, { slideId: slideA, toIndex: Number.NaN });
  });
});

describe('duplicateSlide', () => {
  it('places a copy with new ids after the original, its reveal remapped', () => {
    const start = commands.setRevealOrder.apply(
      commands.setQuizReveal.apply(withText(), { slideId: slideA, on: true }),
      { slideId: slideA, order: [item2, item1] },
    );
    const copyId = 'copy' as SlideId;
    const itemIds = ['c1', 'c2', 'c3'] as ItemId[];
    actUndoRedo(
      commands.duplicateSlide,
      { slideId: slideA, copyId, itemIds },
      (after) => {
        expect(after.slides.map((s) => s.id)).toEqual([slideA, copyId, slideB]);
        const original = slideOf(after, slideA);
        const copy = slideOf(after, copyId);
        expect(copy.items.map((i) => i.id)).toEqual(itemIds);
        expect(copy.items.map(({ id: _id, ...rest }) => rest)).toEqual(
          original.items.map(({ id: _id, ...rest }) => rest),
        );
        expect(original.reveal!.order).toEqual([item2, item1]);
        expect(copy.reveal!.order).toEqual(['c2', 'c1']);
        expect(copy.reveal!.question).toBe(original.reveal!.question);
      },
      start,
    );
  });

  it('makes fresh ids when none are given', () => {
    const after = actUndoRedo(
      commands.duplicateSlide,
      { slideId: slideA },
      (deck) => {
        expect(deck.slides).toHaveLength(3);
        expect(deck.slides[1]!.id).not.toBe(slideA);
        expect(deck.slides[1]!.items.map((i) => i.id)).not.toContain(item1);
      },
      testDeck(),
      // Fresh ids are random, so applying it again cannot give the same deck.
      { makesIds: true },
    );
    expect(deckSchema.safeParse(after).success).toBe(true);
  });

  it('ignores an unknown slide, a taken id and repeated item ids', () => {
    expectNoChange(commands.duplicateSlide, { slideId: 'nope' as SlideId });
    expectNoChange(commands.duplicateSlide, { slideId: slideA, copyId: slideB });
    expectNoChange(commands.duplicateSlide, { slideId: slideA, itemIds: ['x', 'x'] as ItemId[] });
  });
});
