// Command: the end of one drag or transform of several selected items at once — one undo step for all.
import type { SlideId } from '../../model/ids';
import { defineCommand } from '../command';
import { transformItem, type TransformItemArgs } from './transformItem';

export type TransformItemsArgs = {
  slideId: SlideId;
  changes: readonly Omit<TransformItemArgs, 'slideId'>[];
};

export const transformItems = defineCommand<TransformItemsArgs>((draft, { slideId, changes }) => {
  for (const change of changes) transformItem.perform(draft, { ...change, slideId });
});
