// The session state: what is selected, kept apart from the deck and its undo history.
import { describe, expect, it } from 'vitest';
import type { ItemId, PhotoId, SlideId } from '../../../src/model/ids';
import { createSessionStore } from '../../../src/store/sessionStore';

describe('session store', () => {
  it('starts with nothing selected', () => {
    expect(createSessionStore().getState()).toMatchObject({
      selectedSlideId: null,
      selectedItemIds: [],
      selectedPhotoIds: [],
    });
  });

  it('selects items, photos and slides; another slide clears the item selection', () => {
    const session = createSessionStore();
    const s = () => session.getState();
    s().selectSlide('a' as SlideId);
    s().selectItems(['i1', 'i2', 'i1'] as ItemId[]);
    s().selectPhotos(['p1'] as PhotoId[]);
    expect(s()).toMatchObject({
      selectedSlideId: 'a',
      selectedItemIds: ['i1', 'i2'],
      selectedPhotoIds: ['p1'],
    });
    s().selectSlide('a' as SlideId);
    expect(s().selectedItemIds).toEqual(['i1', 'i2']);
    s().selectSlide('b' as SlideId);
    expect(s()).toMatchObject({ selectedSlideId: 'b', selectedItemIds: [], selectedPhotoIds: ['p1'] });
    s().selectSlide(null);
    expect(s().selectedSlideId).toBeNull();
  });

  it('shows the photo library in the order added until another order is chosen', () => {
    const session = createSessionStore();
    expect(session.getState().photoSortOrder).toBe('dateAdded');
    session.getState().sortPhotos('dateTaken');
    expect(session.getState().photoSortOrder).toBe('dateTaken');
  });

  it('knows the text being written in place, selects it, and forgets it on another slide', () => {
    const session = createSessionStore();
    const s = () => session.getState();
    s().selectSlide('a' as SlideId);
    expect(s().textEditing).toBeNull();
    s().startTextEditing('t' as ItemId, true);
    expect(s()).toMatchObject({ textEditing: { itemId: 't', isNew: true }, selectedItemIds: ['t'] });
    s().endTextEditing();
    expect(s().textEditing).toBeNull();
    s().startTextEditing('t' as ItemId);
    expect(s().textEditing).toEqual({ itemId: 't', isNew: false });
    s().selectSlide('b' as SlideId);
    expect(s().textEditing).toBeNull();
  });
});
