// Everything a sortable list takes from @dnd-kit, in one module loaded apart from the editor's first load
// (useSortableKit): until it is here the lists show as they are, and their buttons work, without drag.
import type { UniqueIdentifier } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { SortableRowParts } from './useSortableKit';

export { DndContext } from '@dnd-kit/core';
export { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
export { useSortableList } from './useSortableList';

/** One row of a sortable list: what its element and its drag handle take from @dnd-kit. */
export function useSortableRow(id: UniqueIdentifier): SortableRowParts {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id });
  return {
    rowRef: setNodeRef,
    dragging: isDragging,
    style: { transform: CSS.Translate.toString(transform), transition },
    handleRef: setActivatorNodeRef,
    handle: { ...attributes, ...listeners },
  };
}
