import { describe, expect, it } from 'vitest';
import { followSlideSelection } from '../../../src/session/followSlideSelection';
import type { SlideId } from '../../../src/model/ids';
import { newDeck } from '../../../src/model/newDeck';
import { commands } from '../../../src/store/commands';
import { createDeckStore } from '../../../src/store/deckStore';
import { createSessionStore } from '../../../src/store/sessionStore';

function setup() {
  const deckStore = createDeckStore(newDeck(new Date('2026-01-01T00:00:00Z')));
  const session = createSessionStore();
  const ids = ['a', 'b', 'c'].map((s) => `slide-${s}` as SlideId);
  for (const slideId of ids) deckStore.getState().dispatch(commands.addSlide, { photoIds: [], slideId });
  const stop = followSlideSelection(deckStore, session);
  return { deckStore, session, ids, stop };
}

describe('followSlideSelection', () => {
  it('selects the next slide when the selected one is deleted, and the one before at the end', () => {
    const { deckStore, session, ids } = setup();
    session.getState().selectSlide(ids[1]!);
    deckStore.getState().dispatch(commands.deleteSlide, { slideId: ids[1]! });
    expect(session.getState().selectedSlideId).toBe(ids[2]);
    deckStore.getState().dispatch(commands.deleteSlide, { slideId: ids[2]! });
    expect(session.getState().selectedSlideId).toBe(ids[0]);
    deckStore.getState().dispatch(commands.deleteSlide, { slideId: ids[0]! });
    expect(session.getState().selectedSlideId).toBeNull();
  });

  it('follows an undone "New slide" back to a slide that exists', () => {
    const { deckStore, session, ids } = setup();
    const added = 'slide-d' as SlideId;
    deckStore.getState().dispatch(commands.addSlide, { photoIds: [], slideId: added });
    session.getState().selectSlide(added);
    deckStore.getState().undo();
    expect(session.getState().selectedSlideId).toBe(ids[2]);
  });

  it('leaves a selection that still exists alone, and stops when asked', () => {
    const { deckStore, session, ids, stop } = setup();
    session.getState().selectSlide(ids[0]!);
    deckStore.getState().dispatch(commands.deleteSlide, { slideId: ids[2]! });
    expect(session.getState().selectedSlideId).toBe(ids[0]);
    stop();
    deckStore.getState().dispatch(commands.deleteSlide, { slideId: ids[0]! });
    expect(session.getState().selectedSlideId).toBe(ids[0]);
  });
});
