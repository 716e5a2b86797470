// Everything a sortable list takes from @dnd-kit, in one module loaded apart from the editor's first load
// (useSortableKit): until it is here the lists show as they are, and their buttons work, without drag.
export { DndContext } from '@dnd-kit/core';
export { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
export { CSS } from '@dnd-kit/utilities';
export { useSortableList } from './useSortableList';
