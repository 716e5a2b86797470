// Writing a caption in place through the stores: Add text → type → end is one undo step; untouched, it is none.
import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../../src/model/ids';
import { addTextAndEdit, editTextInPlace, finishTextEditing } from '../../../src/editor/canvas/textEditing';
import { commands } from '../../../src/store/commands';
import { NEW_TEXT } from '../../../src/store/commands/addText';
import { createSessionStore } from '../../../src/store/sessionStore';
import { slideA, slideOf, testStore } from '../store/storeTestKit';

function editor() {
  const { store } = testStore();
  const session = createSessionStore();
  session.getState().selectSlide(slideA);
  const texts = () =>
    slideOf(store.getState().deck, slideA).items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
  return { store, session, texts };
}

describe('Add text, written in place', () => {
  it('adds a placeholder box on the selected slide and starts writing in it, selected', () => {
    const { store, session, texts } = editor();
    const id = addTextAndEdit(store, session);
    expect(id).not.toBeNull();
    expect(texts()).toEqual([NEW_TEXT]);
    expect(session.getState().textEditing).toEqual({ itemId: id, isNew: true });
    expect(session.getState().selectedItemIds).toEqual([id]);
  });

  it('keeps the typed text in the same undo step as the box: one Undo takes both away, Redo brings both', () => {
    const { store, session, texts } = editor();
    const id = addTextAndEdit(store, session)!;
    finishTextEditing(store, session, 'Ten years of Ana and Rui');
    expect(texts()).toEqual(['Ten years of Ana and Rui']);
    expect(session.getState().textEditing).toBeNull();
    expect(session.getState().selectedItemIds).toEqual([id]);
    store.getState().undo();
    expect(texts()).toEqual([]);
    expect(store.getState().canUndo).toBe(false);
    store.getState().redo();
    expect(texts()).toEqual(['Ten years of Ana and Rui']);
  });

  it.each([
    ['untouched', NEW_TEXT],
    ['emptied', ''],
    ['left blank', '  \n '],
  ])('takes a new box %s away again, leaving no undo step', (_, text) => {
    const { store, session, texts } = editor();
    const before = store.getState().deck;
    const id = addTextAndEdit(store, session)!;
    finishTextEditing(store, session, text);
    expect(texts()).toEqual([]);
    expect(store.getState().deck.slides).toEqual(before.slides);
    expect(store.getState().canUndo).toBe(false);
    expect(session.getState().selectedItemIds).not.toContain(id);
    expect(session.getState().textEditing).toBeNull();
  });

  it('leaves the steps before it alone: an untouched box then Undo undoes the edit before', () => {
    const { store, session, texts } = editor();
    store.getState().dispatch(commands.setDeckTitle, { title: 'Before' });
    addTextAndEdit(store, session);
    finishTextEditing(store, session, NEW_TEXT);
    expect(texts()).toEqual([]);
    store.getState().undo();
    expect(store.getState().deck.title).toBe('Test deck');
    expect(texts()).toEqual([]);
  });

  it('makes a later edit of the same box its own step, and an emptied old box stays', () => {
    const { store, session, texts } = editor();
    const id = addTextAndEdit(store, session)!;
    finishTextEditing(store, session, 'First');
    editTextInPlace(store, session, id as ItemId);
    expect(session.getState().textEditing).toEqual({ itemId: id, isNew: false });
    finishTextEditing(store, session, 'Second');
    expect(texts()).toEqual(['Second']);
    store.getState().undo();
    expect(texts()).toEqual(['First']);
    store.getState().undo();
    expect(texts()).toEqual([]);
    store.getState().redo();
    editTextInPlace(store, session, id as ItemId);
    finishTextEditing(store, session, '');
    expect(texts()).toEqual(['']);
  });

  it('does nothing without a slide, or when no text is being written', () => {
    const { store, session, texts } = editor();
    finishTextEditing(store, session, 'stray');
    expect(store.getState().canUndo).toBe(false);
    session.getState().selectSlide(null);
    expect(addTextAndEdit(store, session)).toBeNull();
    expect(texts()).toEqual([]);
  });
});
