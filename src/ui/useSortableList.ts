// One vertical list reordered by drag and by keyboard (@dnd-kit), with moves told to screen readers in the
// list's own words: the slide sorter and the reveal order both use it, so they lift, move and speak alike.
import {
  closestCenter,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DndContextProps,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo } from 'react';

/** Space lifts and drops an item; Enter also drops, and is otherwise left to the item's own button. */
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

export type SortableListOptions<Id extends UniqueIdentifier> = {
  /** The items in their order. */
  readonly ids: readonly Id[];
  /** What an item is called when it is told of: "slide 2" (`atStart`: "Slide 2"), or a photo's name. */
  readonly nameOf: (id: Id, atStart: boolean) => string;
  /** Told when an item is focused: how to move it with the keyboard. */
  readonly instructions: string;
  /** How far the pointer moves before a drag starts, so a click on an item still just clicks it. */
  readonly dragDistance: number;
  /** A drop at another place: the item, where it was and where it goes (indices in `ids`). */
  readonly onMove: (id: Id, from: number, to: number) => void;
};

/** The props of the list's DndContext: sensors, collision detection, the drop and the announcements. */
export function useSortableList<Id extends UniqueIdentifier>({
  ids,
  nameOf,
  instructions,
  dragDistance,
  onMove,
}: SortableListOptions<Id>): DndContextProps {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: dragDistance } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: KEYBOARD_CODES,
    }),
  );
  const announcements = useMemo(() => announcementsFor(ids, nameOf), [ids, nameOf]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const from = ids.indexOf(active.id as Id);
    const to = ids.indexOf(over.id as Id);
    if (from < 0 || to < 0 || from === to) return;
    onMove(active.id as Id, from, to);
  };
  return {
    sensors,
    collisionDetection: closestCenter,
    onDragEnd,
    accessibility: { announcements, screenReaderInstructions: { draggable: instructions } },
  };
}

/** Moves told by name and place ("position 3 of 4"), not by @dnd-kit's item ids. */
export function announcementsFor<Id extends UniqueIdentifier>(
  ids: readonly Id[],
  nameOf: (id: Id, atStart: boolean) => string,
): Announcements {
  const count = ids.length;
  const place = (id: UniqueIdentifier) => ids.indexOf(id as Id) + 1;
  const name = (id: UniqueIdentifier, atStart: boolean) => nameOf(id as Id, atStart);
  // A lifted item is at once "over" its own place; saying so would drown out "Picked up".
  let lastOver: UniqueIdentifier | null = null;
  return {
    onDragStart: ({ active }) => {
      lastOver = active.id;
      return `Picked up ${name(active.id, false)}.`;
    },
    onDragOver: ({ active, over }) => {
      if (!over || over.id === lastOver) return undefined;
      lastOver = over.id;
      return `${name(active.id, true)} is over position ${place(over.id)} of ${count}.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? `${name(active.id, true)} was dropped at position ${place(over.id)} of ${count}.`
        : `${name(active.id, true)} was dropped.`,
    onDragCancel: ({ active }) => `Moving ${name(active.id, false)} was cancelled.`,
  };
}
