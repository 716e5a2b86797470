// What a sortable list tells screen readers as an item is lifted, moved, dropped or put back.
import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { announcementsFor } from '../../../src/ui/useSortableList';

const at = (id: string) => ({ id }) as unknown as Active & Over;

describe('announcementsFor', () => {
  const ids = ['a', 'b', 'c'];
  const slides = announcementsFor(
    ids,
    (id, atStart) => `${atStart ? 'Slide' : 'slide'} ${ids.indexOf(id) + 1}`,
  );

  it('tells a move in the list’s own words, with the name capitalised where a sentence starts', () => {
    expect(slides.onDragStart({ active: at('a') })).toBe('Picked up slide 1.');
    expect(slides.onDragOver({ active: at('a'), over: at('b') })).toBe('Slide 1 is over position 2 of 3.');
    expect(slides.onDragEnd({ active: at('a'), over: at('c') })).toBe(
      'Slide 1 was dropped at position 3 of 3.',
    );
    expect(slides.onDragEnd({ active: at('a'), over: null })).toBe('Slide 1 was dropped.');
    expect(slides.onDragCancel({ active: at('b'), over: null })).toBe('Moving slide 2 was cancelled.');
  });

  it('says nothing while the lifted item is over its own place, or over the same place again', () => {
    const photos = announcementsFor(ids, (id) => `photo ${id}`);
    photos.onDragStart({ active: at('b') });
    expect(photos.onDragOver({ active: at('b'), over: at('b') })).toBeUndefined();
    expect(photos.onDragOver({ active: at('b'), over: at('c') })).toBe('photo b is over position 3 of 3.');
    expect(photos.onDragOver({ active: at('b'), over: at('c') })).toBeUndefined();
  });
});
