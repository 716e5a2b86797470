// XMP wherever it is found: charged to the budget, then scanned for locations.
import { blankXmpLocation } from '../bytes/xmp';
import { note, type StripContext } from './context';

export function stripXmp(bytes: Uint8Array, start: number, end: number, context: StripContext): void {
  const stop = Math.min(end, bytes.length);
  if (stop <= start) return;
  if (!context.budget.spend(stop - start)) {
    context.clean = false;
    return;
  }
  note(context, blankXmpLocation(bytes, start, stop));
}
