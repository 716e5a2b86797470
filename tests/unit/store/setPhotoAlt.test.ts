// setPhotoAlt through the store: act → assert → undo → assert → redo → assert; a typing run is one step.
import { describe, expect, it } from 'vitest';
import { deckSchema } from '../../../src/model/deck';
import type { PhotoId } from '../../../src/model/ids';
import { commands } from '../../../src/store/commands';
import { landscapeId, portraitId, testStore, undoRedoChecks } from './storeTestKit';

const { actUndoRedo } = undoRedoChecks();

const altOf = (store: ReturnType<typeof testStore>['store'], id: PhotoId) =>
  store.getState().deck.photos[id]?.alt;

describe('setPhotoAlt', () => {
  it('sets one photo’s alt text, and undo and redo take it back and forth', () => {
    actUndoRedo(commands.setPhotoAlt, { photoId: landscapeId, alt: 'Ana at the lake' }, (after, before) => {
      expect(after.photos[landscapeId]?.alt).toBe('Ana at the lake');
      expect(after.photos[portraitId]).toEqual(before.photos[portraitId]);
    });
  });

  it('makes one undo step of a typing run, and a new step after breakMerge or for another photo', () => {
    const { store } = testStore();
    const type = (photoId: PhotoId, text: string) => {
      for (let end = 1; end <= text.length; end += 1)
        store.getState().dispatch(commands.setPhotoAlt, { photoId, alt: text.slice(0, end) });
    };
    type(landscapeId, 'Lake');
    store.getState().breakMerge();
    type(landscapeId, 'Lake at dawn'.slice(0, 12));
    type(portraitId, 'Rui');
    expect(altOf(store, landscapeId)).toBe('Lake at dawn');
    expect(altOf(store, portraitId)).toBe('Rui');

    store.getState().undo();
    expect(altOf(store, portraitId)).toBeUndefined();
    expect(altOf(store, landscapeId)).toBe('Lake at dawn');
    store.getState().undo();
    expect(altOf(store, landscapeId)).toBe('Lake');
    store.getState().undo();
    expect(altOf(store, landscapeId)).toBeUndefined();
    expect(store.getState().canUndo).toBe(false);

    store.getState().redo();
    expect(altOf(store, landscapeId)).toBe('Lake');
    store.getState().redo();
    store.getState().redo();
    expect(altOf(store, landscapeId)).toBe('Lake at dawn');
    expect(altOf(store, portraitId)).toBe('Rui');
  });

  it('keeps alt text within what the schema accepts', () => {
    const { store } = testStore();
    store.getState().dispatch(commands.setPhotoAlt, { photoId: landscapeId, alt: 'x'.repeat(5000) });
    expect(altOf(store, landscapeId)).toHaveLength(2000);
    expect(deckSchema.safeParse(store.getState().deck).success).toBe(true);
  });

  it('changes nothing for a photo not in the library, or for the same text', () => {
    const { store } = testStore();
    const start = store.getState().deck;
    expect(
      store.getState().dispatch(commands.setPhotoAlt, { photoId: '9'.repeat(64) as PhotoId, alt: 'x' }),
    ).toBe(false);
    store.getState().dispatch(commands.setPhotoAlt, { photoId: landscapeId, alt: 'Lake' });
    const once = store.getState().deck;
    expect(store.getState().dispatch(commands.setPhotoAlt, { photoId: landscapeId, alt: 'Lake' })).toBe(
      false,
    );
    expect(store.getState().deck).toBe(once);
    expect(start.photos[landscapeId]?.alt).toBeUndefined();
  });
});
