// What one strip of one file shares across its formats' walkers: the work budget and whether it is clean.
import { Budget, budgetFor } from '../bytes/budget';

export type StripContext = {
  readonly budget: Budget;
  /** False once some metadata could not be found or cleaned for sure (the caller re-encodes the pixels). */
  clean: boolean;
  /** How many edits were made (a PNG chunk's CRC is rewritten only when its data changed). */
  changes: number;
  /** How deep in embedded files (an EXIF thumbnail's own EXIF) the strip is. */
  depth: number;
};

export function stripContext(size: number): StripContext {
  return { budget: budgetFor(size), clean: true, changes: 0, depth: 0 };
}

/** Records a walker's report of a change. */
export function note(context: StripContext, changed: boolean | undefined): void {
  if (changed) context.changes++;
}
