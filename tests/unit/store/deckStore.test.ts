// The deck store's history: one step per command, merging of typing, the cap, and loading a deck.
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/store/commands';
import { HISTORY_LIMIT } from '../../../src/store/deckStore';
import type { PhotoId } from '../../../src/model/ids';
import { slideA, square, START, testDeck, testStore } from './storeTestKit';

describe('deck store', () => {
  it('starts with the given deck and nothing to undo', () => {
    const deck = testDeck();
    const { store } = testStore(deck);
    expect(store.getState()).toMatchObject({ deck, canUndo: false, canRedo: false });
  });

  it('stamps updatedAt from the clock on every change, undo and redo, and not on a no-op', () => {
    const { store, times } = testStore();
    const { dispatch, undo, redo } = store.getState();
    dispatch(commands.setDeckTitle, { title: 'A' });
    expect(store.getState().deck.updatedAt).toBe(times[0]);
    dispatch(commands.deleteSlide, { slideId: 'nope' as never });
    expect(times).toHaveLength(1);
    undo();
    expect(store.getState().deck).toMatchObject({ title: 'Test deck', updatedAt: times[1] });
    redo();
    expect(store.getState().deck).toMatchObject({ title: 'A', updatedAt: times[2] });
    expect(store.getState().deck.createdAt).toBe(START);
  });

  it('undoes and redoes several steps in order, and a new command clears redo', () => {
    const { store } = testStore();
    const s = () => store.getState();
    s().dispatch(commands.setDeckTitle, { title: 'One' });
    s().dispatch(commands.setQuizReveal, { slideId: slideA, on: true });
    s().dispatch(commands.setDeckTitle, { title: 'Three' });
    s().undo();
    s().undo();
    expect(s().deck.title).toBe('One');
    expect(s().deck.slides[0]!.reveal).toBeNull();
    s().redo();
    expect(s().deck.slides[0]!.reveal).not.toBeNull();
    s().dispatch(commands.deleteSlide, { slideId: slideA });
    expect(s().canRedo).toBe(false);
    s().redo();
    expect(s().deck.slides).toHaveLength(1);
    s().undo();
    s().undo();
    s().undo();
    expect(s().deck.title).toBe('Test deck');
    expect(s().canUndo).toBe(false);
    s().undo();
    expect(s().deck.title).toBe('Test deck');
  });

  it('merges consecutive edits of one field into one undo step', () => {
    const { store } = testStore();
    const s = () => store.getState();
    s().dispatch(commands.setQuizReveal, { slideId: slideA, on: true });
    for (const question of ['W', 'Wh', 'Who', 'Who?']) {
      s().dispatch(commands.setRevealQuestion, { slideId: slideA, question });
    }
    expect(s().deck.slides[0]!.reveal!.question).toBe('Who?');
    s().undo();
    expect(s().deck.slides[0]!.reveal!.question).toBe('What do these photos have in common?');
    s().redo();
    expect(s().deck.slides[0]!.reveal!.question).toBe('Who?');
    s().undo();
    s().undo();
    expect(s().deck.slides[0]!.reveal).toBeNull();
  });

  it('does not merge across another field, another command, an undo, or breakMerge', () => {
    const { store } = testStore();
    const s = () => store.getState();
    const question = (q: string) =>
      s().dispatch(commands.setRevealQuestion, { slideId: slideA, question: q });
    const answer = (a: string) => s().dispatch(commands.setRevealAnswer, { slideId: slideA, title: a });
    s().dispatch(commands.setQuizReveal, { slideId: slideA, on: true });
    question('A');
    question('AB');
    answer('X');
    question('ABC');
    s().breakMerge();
    question('ABCD');
    s().undo();
    expect(s().deck.slides[0]!.reveal!.question).toBe('ABC');
    s().undo();
    expect(s().deck.slides[0]!.reveal!.question).toBe('AB');
    question('ABZ');
    s().undo();
    expect(s().deck.slides[0]!.reveal!.question).toBe('AB');
    s().undo();
    expect(s().deck.slides[0]!.reveal!.answer.title).toBe('');
    s().undo();
    expect(s().deck.slides[0]!.reveal!.question).toBe('What do these photos have in common?');
  });

  it(`keeps at most ${HISTORY_LIMIT} undo steps`, () => {
    const fresh = testStore().store;
    const f = () => fresh.getState();
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) {
      f().dispatch(commands.setDeckTitle, { title: `T${i}` });
      f().breakMerge();
    }
    let undos = 0;
    while (f().canUndo) {
      f().undo();
      undos++;
    }
    expect(undos).toBe(HISTORY_LIMIT);
    expect(f().deck.title).toBe('T50');
    while (f().canRedo) f().redo();
    expect(f().deck.title).toBe(`T${HISTORY_LIMIT + 50}`);
  });

  it('merges typing in the deck title too', () => {
    const { store } = testStore();
    const s = () => store.getState();
    for (const title of ['T', 'Te', 'Ten']) s().dispatch(commands.setDeckTitle, { title });
    s().undo();
    expect(s()).toMatchObject({ canUndo: false, deck: { title: 'Test deck' } });
  });

  it('takes an import’s withdrawn photos back within its own undo step, and leaves no step when all are', () => {
    const { store } = testStore();
    const s = () => store.getState();
    const six = { ...square, id: '6'.repeat(64) as PhotoId };
    const seven = { ...square, id: '7'.repeat(64) as PhotoId };
    s().dispatch(commands.setDeckTitle, { title: 'Before' });
    s().breakMerge();
    s().dispatch(commands.addPhotos, { photos: [six, seven], batch: 'full' });
    s().dispatch(commands.removePhotos, { photoIds: [seven.id], batch: 'full' });
    expect(Object.keys(s().deck.photos)).toContain(six.id);
    expect(Object.keys(s().deck.photos)).not.toContain(seven.id);
    s().undo();
    expect(Object.keys(s().deck.photos)).not.toContain(six.id);
    expect(s().deck.title).toBe('Before');
    s().redo();
    expect(Object.keys(s().deck.photos)).toContain(six.id);
    expect(Object.keys(s().deck.photos)).not.toContain(seven.id);

    s().dispatch(commands.addPhotos, { photos: [seven], batch: 'all gone' });
    s().dispatch(commands.removePhotos, { photoIds: [seven.id], batch: 'all gone' });
    // The next Undo takes back the first import, not an import that came to nothing.
    s().undo();
    expect(Object.keys(s().deck.photos)).not.toContain(six.id);
    expect(s().deck.title).toBe('Before');
  });

  it('undoes the photos of one import batch together', () => {
    const { store } = testStore();
    const s = () => store.getState();
    s().dispatch(commands.addPhotos, { photos: [square], batch: 'one' });
    s().dispatch(commands.addPhotos, {
      photos: [{ ...square, id: '4'.repeat(64) as PhotoId }],
      batch: 'one',
    });
    s().dispatch(commands.addPhotos, {
      photos: [{ ...square, id: '5'.repeat(64) as PhotoId }],
      batch: 'two',
    });
    expect(Object.keys(s().deck.photos)).toHaveLength(5);
    s().undo();
    expect(Object.keys(s().deck.photos)).toHaveLength(4);
    s().undo();
    expect(Object.keys(s().deck.photos)).toHaveLength(2);
    expect(s().canUndo).toBe(false);
  });

  it('replaceDeck loads a deck and clears the history', () => {
    const { store } = testStore();
    const s = () => store.getState();
    s().dispatch(commands.setDeckTitle, { title: 'Edited' });
    s().breakMerge();
    s().dispatch(commands.setDeckTitle, { title: 'Edited twice' });
    s().undo();
    const other = { ...testDeck(), title: 'Opened from a bundle' };
    s().replaceDeck(other);
    expect(s()).toMatchObject({ deck: other, canUndo: false, canRedo: false });
    s().undo();
    s().redo();
    expect(s().deck).toBe(other);
  });

  it('notifies subscribers with the new deck (what autosave hangs on)', () => {
    const { store } = testStore();
    const seen: string[] = [];
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.deck !== previous.deck) seen.push(state.deck.title);
    });
    store.getState().dispatch(commands.setDeckTitle, { title: 'Saved' });
    store.getState().undo();
    unsubscribe();
    store.getState().redo();
    expect(seen).toEqual(['Saved', 'Test deck']);
  });
});
