// Moving one entry of a list: the entry lands where it is asked to, the rest keep their order.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { moveInList } from '../../../src/model/moveInList';

it('moves an entry up and down', () => {
  expect(moveInList(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
  expect(moveInList(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  expect(moveInList(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
});

it('puts the entry at its new place and keeps the others in order, without changing the list given', () => {
  fc.assert(
    fc.property(
      fc
        .uniqueArray(fc.integer(), { minLength: 1, maxLength: 20 })
        .chain((list) => fc.tuple(fc.constant(list), fc.nat(list.length - 1), fc.nat(list.length - 1))),
      ([list, from, to]) => {
        const before = [...list];
        const moved = moveInList(list, from, to);
        expect(list).toEqual(before);
        expect(moved).toHaveLength(list.length);
        expect(moved[to]).toBe(list[from]);
        expect(moved.filter((_, index) => index !== to)).toEqual(list.filter((_, index) => index !== from));
      },
    ),
  );
});
