// The time budget of one fuzz case, and the runner every byte-walker fuzz shares.
import fc from 'fast-check';

/**
 * One case may take this long: a guard against walks that hang or go quadratic (the hostile shapes took seconds
 * before), not a speed figure (npm run bench has those). A clean-clone CI saw a 480 KB TIFF-in-PNG, stripped in
 * 8–30 ms on a quiet machine, take over 100 ms three times in a row while the other unit suites ran beside it.
 */
export const CASE_BUDGET_MS = 250;
/** Cases per walker. */
export const RUNS = 10_000;

/**
 * Runs `work` and fails when it takes longer than the budget three times in a row: a walk that is slow for its
 * input is slow every time, while a garbage-collection pause or a machine busy with another test is not (two
 * in a row were seen at 118 ms while a browser suite ran beside the fuzz; the budget itself stays).
 */
export function withinBudget<T>(label: string, work: () => T): T {
  for (let attempt = 0; ; attempt++) {
    const start = performance.now();
    const result = work();
    const ms = performance.now() - start;
    if (ms <= CASE_BUDGET_MS) return result;
    if (attempt === 2) throw new Error(`${label} took ${ms.toFixed(1)} ms (budget ${CASE_BUDGET_MS} ms)`);
  }
}

/** fast-check with the shared run count; a failure is reported as found (shrinking a slow case is slow). */
export function fuzz<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void): void {
  // FUZZ_SEED replays a reported failure.
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  fc.assert(fc.property(arbitrary, check), {
    numRuns: RUNS,
    endOnFailure: true,
    ...(seed === undefined ? {} : { seed }),
  });
}
