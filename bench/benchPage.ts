// The bench page: exposes the benchmarks to scripts/bench.mjs, which drives it through Playwright.
import type { BenchOptions, Figure, Measurement } from './benchmark';
import { benchmarks } from './benchmarks';

type BenchmarkInfo = { name: string; needsFixtures: boolean; phases: readonly string[] };

declare global {
  interface Window {
    listBenchmarks(): BenchmarkInfo[];
    setupBench(name: string, options: BenchOptions): Promise<void>;
    runBench(name: string, phase: string, options: BenchOptions): Promise<Measurement>;
    benchFigures(
      name: string,
      medians: Record<string, Measurement>,
      options: BenchOptions,
    ): Record<string, Figure>;
    benchReady: boolean;
  }
}

function find(name: string) {
  const benchmark = benchmarks.find((b) => b.name === name);
  if (!benchmark) throw new Error(`no benchmark named "${name}"`);
  return benchmark;
}

window.listBenchmarks = () =>
  benchmarks.map(({ name, needsFixtures, phases }) => ({ name, needsFixtures, phases }));
window.setupBench = async (name, options) => {
  await find(name).setup?.(options);
};
window.runBench = (name, phase, options) => find(name).run(phase, options);
window.benchFigures = (name, medians, options) => find(name).figures(medians, options);
window.benchReady = true;
