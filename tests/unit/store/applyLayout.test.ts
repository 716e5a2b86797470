// applyLayout re-lays a slide's photos with a gallery layout, keeping everything else; undoable.
import { describe, expect, it } from 'vitest';
import type { SlideId } from '../../../src/model/ids';
import { findLayout, layoutCells, layouts } from '../../../src/model/layouts/layoutGallery';
import { collageArea } from '../../../src/model/questionBar';
import { commands } from '../../../src/store/commands';
import {
  captionId,
  collageChecks,
  collageDeck,
  photoItemsOf,
  portrait,
  slideA,
  slideOf,
} from './storeTestKit';

const { actUndoRedo, expectNoChange } = collageChecks;

describe('applyLayout', () => {
  it('moves the photos into the layout’s cells, keeping text, ids, reveal and stacking order', () => {
    actUndoRedo(commands.applyLayout, { slideId: slideA, kind: 'hero-left' }, (after, before) => {
      const slide = slideOf(after);
      expect(slide.layout?.kind).toBe('hero-left');
      expect(slide.items.map((i) => i.id)).toEqual(slideOf(before).items.map((i) => i.id));
      expect(slide.items.find((i) => i.id === captionId)).toEqual(
        slideOf(before).items.find((i) => i.id === captionId),
      );
      expect(slide.reveal).toEqual(slideOf(before).reveal);
      const items = photoItemsOf(after);
      const cells = layoutCells(
        'hero-left',
        items.map((item) => {
          const photo = after.photos[item.photoId]!;
          return { aspect: photo.width / photo.height, key: item.id };
        }),
        // A quiz slide: the collage stands in the room the question bar leaves.
        collageArea(after.size, true),
        { gutter: 24, seed: slideA },
      );
      items.forEach((item, i) => {
        expect(item).toMatchObject({ ...cells[i], rotation: 0 });
      });
      // The hero is the first photo item: the landscape photo.
      expect(items[0]!.width).toBeGreaterThan(items[1]!.width * 1.5);
    });
  });

  it('resets every crop to centre on its photo’s focus', () => {
    const start = collageDeck();
    const zoomed = photoItemsOf(start).map((item) => ({ ...item, crop: { x: 0.9, y: 0.1, scale: 3 } }));
    const slide = slideOf(start);
    const deck = {
      ...start,
      slides: [
        { ...slide, items: slide.items.map((i) => zoomed.find((z) => z.id === i.id) ?? i) },
        ...start.slides.slice(1),
      ],
    };
    actUndoRedo(
      commands.applyLayout,
      { slideId: slideA, kind: 'mosaic' },
      (after) => {
        expect(photoItemsOf(after).map((i) => i.crop)).toEqual([
          { x: 0.5, y: 0.5, scale: 1 },
          { ...portrait.focus, scale: 1 },
          { x: 0.5, y: 0.5, scale: 1 },
        ]);
      },
      deck,
    );
  });

  it('turns polaroids and gives them a white border, and takes the border off again for a tiling', () => {
    const after = actUndoRedo(commands.applyLayout, { slideId: slideA, kind: 'polaroids' }, (deck) => {
      const items = photoItemsOf(deck);
      expect(items.some((i) => i.rotation !== 0)).toBe(true);
      for (const item of items) {
        expect(item.borderColor).toBe('#ffffff');
        expect(item.borderWidth).toBeGreaterThan(0);
      }
      expect(slideOf(deck).layout?.borderWidth).toBe(items[0]!.borderWidth);
    });
    actUndoRedo(
      commands.applyLayout,
      { slideId: slideA, kind: 'even-grid' },
      (deck) => {
        for (const item of photoItemsOf(deck)) expect(item).toMatchObject({ rotation: 0, borderWidth: 0 });
      },
      after,
    );
  });

  it('lays out a slide that had no layout, with the default style', () => {
    const start = collageDeck();
    const deck = { ...start, slides: [{ ...slideOf(start), layout: null }, ...start.slides.slice(1)] };
    actUndoRedo(
      commands.applyLayout,
      { slideId: slideA, kind: 'columns' },
      (after) => {
        expect(slideOf(after).layout).toMatchObject({ kind: 'columns', gutter: 24 });
      },
      deck,
    );
  });

  it('works for every layout of the gallery', () => {
    for (const layout of layouts) {
      actUndoRedo(commands.applyLayout, { slideId: slideA, kind: layout.kind }, (after) => {
        expect(findLayout(slideOf(after).layout?.kind)).toBe(layout);
      });
    }
  });

  it('changes nothing for a kind the gallery does not have, or a missing slide', () => {
    expectNoChange(commands.applyLayout, { slideId: slideA, kind: 'hexagon-swirl' });
    expectNoChange(commands.applyLayout, { slideId: 'nope' as SlideId, kind: 'mosaic' });
  });
});
