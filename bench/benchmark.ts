// The shape every benchmark module has, and the one way a measured figure is written down.

export type BenchOptions = {
  /** `npm run bench -- --quick`: a small version of every benchmark. */
  readonly quick: boolean;
  /** The files of ../shared/fixtures/photos/, served at /bench-fixtures/<name>; empty when missing. */
  readonly fixtureNames: readonly string[];
};

/** What one run of one phase measured: plain numbers, so the runner can take medians across runs. */
export type Measurement = Record<string, number>;

/**
 * The runner adds `peakHeapMB` to every measurement: the highest JS heap (objects and ArrayBuffer bytes)
 * sampled from outside the page while the phase ran.
 */
export const PEAK_HEAP_KEY = 'peakHeapMB';

/**
 * The runner also adds `peakProcessMB`: the highest resident memory (anonymous + shared, from /proc/<pid>/status) of the page's renderer process, workers
 * included, plus the GPU process, sampled from /proc; NaN where /proc cannot be read.
 */
export const PEAK_PROCESS_KEY = 'peakProcessMB';

/**
 * And the same two read once just before the phase starts (after the garbage collection), so a figure can
 * count what the phase added: `startHeapMB` and `startProcessMB`.
 */
export const START_HEAP_KEY = 'startHeapMB';
export const START_PROCESS_KEY = 'startProcessMB';

export type Figure = {
  readonly value: number;
  readonly baseline: number;
  /** value ÷ baseline; null when the baseline is 0 (e.g. no long task at all during the baseline). */
  readonly ratio: number | null;
  readonly unit: string;
  /** "value <= 50", "ratio >= 0.35"… or null when the issues set no target for this figure yet. */
  readonly target: string | null;
  readonly met: boolean | null;
  readonly note: string;
};

export type Benchmark = {
  /** Prefix of its figures: `import` gives `import.total`, `import.longestTask`… */
  readonly name: string;
  readonly needsFixtures: boolean;
  /**
   * Measured one after the other, a few times each, in the same page: the app's code and the baseline it
   * is compared with. The runner alternates their order between runs so drift hits both.
   */
  readonly phases: readonly string[];
  /** Untimed preparation (loading fixtures, building a deck…), run once before the phases. */
  readonly setup?: (options: BenchOptions) => Promise<void>;
  readonly run: (phase: string, options: BenchOptions) => Promise<Measurement>;
  /** Turns the median measurement of each phase into the reported figures, keyed without the prefix. */
  readonly figures: (medians: Record<string, Measurement>, options: BenchOptions) => Record<string, Figure>;
};

type FigureInput = {
  value: number;
  baseline: number;
  unit: string;
  target?: string;
  note: string;
};

export function figure({ value, baseline, unit, target, note }: FigureInput): Figure {
  const ratio = baseline === 0 ? null : value / baseline;
  return {
    value: round(value),
    baseline: round(baseline),
    ratio: ratio === null ? null : round(ratio, 3),
    unit,
    target: target ?? null,
    met: target === undefined ? null : isMet(target, value, ratio),
    note,
  };
}

/** Reads "value <= 50" or "ratio >= 0.35"; a target it cannot read is a bug in the benchmark, so it throws. */
function isMet(target: string, value: number, ratio: number | null): boolean {
  const match = /^(value|ratio) (<=|>=) (\d+(?:\.\d+)?)$/.exec(target);
  if (!match) throw new Error(`unreadable benchmark target "${target}"`);
  const measured = match[1] === 'value' ? value : ratio;
  const limit = Number(match[3]);
  if (measured === null || !Number.isFinite(measured)) return false;
  return match[2] === '<=' ? measured <= limit : measured >= limit;
}

function round(n: number, digits = 1): number {
  if (!Number.isFinite(n)) return n;
  const scale = 10 ** digits;
  return Math.round(n * scale) / scale;
}

/** The measurement of a phase; a missing one means the runner and the module disagree, which must be loud. */
export function phase(medians: Record<string, Measurement>, name: string): Measurement {
  const measurement = medians[name];
  if (!measurement) throw new Error(`no measurement for phase "${name}"`);
  return measurement;
}

export function measured(measurement: Measurement, key: string): number {
  const value = measurement[key];
  if (value === undefined) throw new Error(`no "${key}" in the measurement`);
  return value;
}
