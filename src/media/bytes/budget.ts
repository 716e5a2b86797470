// A work budget linear in the input: a walker that would do more than it allows stops and says so.

/**
 * Counts the work a walk does, in bytes read, copied or filled. Every walker is linear on its own;
 * the budget is the guard for structures that point at each other (overlapping IFDs, items sharing
 * extents), so the whole strip of one file stays linear in its size whatever the file declares.
 */
export class Budget {
  private left: number;
  exhausted = false;

  constructor(limit: number) {
    this.left = limit;
  }

  /** Takes `amount` units; false (and exhausted from then on) when they are not there. */
  spend(amount = 1): boolean {
    if (this.exhausted) return false;
    this.left -= amount;
    if (this.left < 0) this.exhausted = true;
    return !this.exhausted;
  }
}

/** The budget for one file: a few passes over its bytes, plus room for small files' fixed costs. */
export function budgetFor(size: number): Budget {
  return new Budget(8 * size + 65_536);
}
