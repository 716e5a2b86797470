// setSlideStyle sets a slide's collage style; each slider drag is one undo step.
import { describe, expect, it } from 'vitest';
import type { SlideId } from '../../../src/model/ids';
import { layoutCells } from '../../../src/model/layouts/layoutGallery';
import { collageArea } from '../../../src/model/questionBar';
import { commands } from '../../../src/store/commands';
import {
  captionId,
  collageChecks,
  collageDeck,
  photoItemsOf,
  slideA,
  slideOf,
  testStore,
} from './storeTestKit';

const { actUndoRedo, expectNoChange } = collageChecks;

describe('setSlideStyle', () => {
  it('rounds the corners of every photo', () => {
    actUndoRedo(commands.setSlideStyle, { slideId: slideA, cornerRadius: 30 }, (after) => {
      expect(slideOf(after).layout?.cornerRadius).toBe(30);
      for (const item of photoItemsOf(after)) expect(item.cornerRadius).toBe(30);
    });
  });

  it('borders every photo, and leaves the caption and the photos’ places alone', () => {
    actUndoRedo(
      commands.setSlideStyle,
      { slideId: slideA, borderWidth: 8, borderColor: '#ff0000' },
      (after, before) => {
        expect(slideOf(after).layout).toMatchObject({ borderWidth: 8, borderColor: '#ff0000' });
        const places = (deck: typeof after) =>
          photoItemsOf(deck).map(({ x, y, width, height }) => ({ x, y, width, height }));
        expect(places(after)).toEqual(places(before));
        for (const item of photoItemsOf(after))
          expect(item).toMatchObject({ borderWidth: 8, borderColor: '#ff0000' });
        expect(slideOf(after).items.find((i) => i.id === captionId)).toEqual(
          slideOf(before).items.find((i) => i.id === captionId),
        );
      },
    );
  });

  it('colours the slide’s background', () => {
    actUndoRedo(commands.setSlideStyle, { slideId: slideA, background: '#223344' }, (after) => {
      expect(slideOf(after).background).toBe('#223344');
    });
  });

  it('re-lays the photos with the current layout when the gutter changes, keeping their crops', () => {
    const start = collageDeck();
    const applied = commands.applyLayout.apply(start, { slideId: slideA, kind: 'even-grid' });
    actUndoRedo(
      commands.setSlideStyle,
      { slideId: slideA, gutter: 60 },
      (after, before) => {
        expect(slideOf(after).layout).toMatchObject({ kind: 'even-grid', gutter: 60 });
        const items = photoItemsOf(after);
        const cells = layoutCells(
          'even-grid',
          items.map((item) => ({
            aspect: after.photos[item.photoId]!.width / after.photos[item.photoId]!.height,
          })),
          // A quiz slide: the collage stands in the room the question bar leaves.
          collageArea(after.size, true),
          { gutter: 60 },
        );
        items.forEach((item, i) => expect(item).toMatchObject(cells[i]!));
        expect(items.map((i) => i.crop)).toEqual(photoItemsOf(before).map((i) => i.crop));
      },
      applied,
    );
  });

  it('lays out a kind from a newer app as the default, and keeps its name', () => {
    const start = collageDeck();
    const slide = slideOf(start);
    const deck = {
      ...start,
      slides: [{ ...slide, layout: { ...slide.layout!, kind: 'hexagon-swirl' } }, ...start.slides.slice(1)],
    };
    actUndoRedo(
      commands.setSlideStyle,
      { slideId: slideA, gutter: 10 },
      (after) => {
        expect(slideOf(after).layout?.kind).toBe('hexagon-swirl');
        const items = photoItemsOf(after);
        const cells = layoutCells(
          'grid',
          items.map((item) => ({
            aspect: after.photos[item.photoId]!.width / after.photos[item.photoId]!.height,
          })),
          // A quiz slide: the collage stands in the room the question bar leaves.
          collageArea(after.size, true),
          { gutter: 10 },
        );
        items.forEach((item, i) => expect(item).toMatchObject(cells[i]!));
      },
      deck,
    );
  });

  it('keeps values within what the deck accepts', () => {
    actUndoRedo(
      commands.setSlideStyle,
      { slideId: slideA, cornerRadius: -5, borderWidth: 5000, background: 'x'.repeat(100) },
      (after, before) => {
        expect(slideOf(after).layout).toMatchObject({ cornerRadius: 0, borderWidth: 200 });
        expect(slideOf(after).background).toBe(slideOf(before).background);
      },
      commands.setSlideStyle.apply(collageDeck(), { slideId: slideA, cornerRadius: 12 }),
    );
  });

  it('makes one drag of a slider one undo step, but two sliders two', () => {
    const { store } = testStore(collageDeck());
    const start = store.getState().deck;
    for (const cornerRadius of [5, 10, 20, 40])
      store.getState().dispatch(commands.setSlideStyle, { slideId: slideA, cornerRadius });
    for (const borderWidth of [2, 4])
      store.getState().dispatch(commands.setSlideStyle, { slideId: slideA, borderWidth });
    expect(photoItemsOf(store.getState().deck)[0]).toMatchObject({ cornerRadius: 40, borderWidth: 4 });
    store.getState().undo();
    expect(photoItemsOf(store.getState().deck)[0]).toMatchObject({ cornerRadius: 40, borderWidth: 0 });
    store.getState().undo();
    expect({ ...store.getState().deck, updatedAt: '' }).toEqual({ ...start, updatedAt: '' });
  });

  it('makes two drags of one slider two undo steps when the gesture ends between them', () => {
    const { store } = testStore(collageDeck());
    store.getState().dispatch(commands.setSlideStyle, { slideId: slideA, gutter: 30 });
    store.getState().breakMerge();
    store.getState().dispatch(commands.setSlideStyle, { slideId: slideA, gutter: 50 });
    store.getState().undo();
    expect(slideOf(store.getState().deck).layout?.gutter).toBe(30);
  });

  it('changes nothing for a missing slide or no change', () => {
    expectNoChange(commands.setSlideStyle, { slideId: 'nope' as SlideId, gutter: 4 });
    expectNoChange(commands.setSlideStyle, { slideId: slideA, cornerRadius: 0, gutter: 24 });
  });
});
