// The list of benchmarks `npm run bench` runs, in this order: add a new one here.
import type { Benchmark } from './benchmark';
import { coldStartBench } from './coldStartBench';
import { dragBench } from './dragBench';
import { editorImportBench } from './editorImportBench';
import { exportBench } from './exportBench';
import { importBench } from './importBench';
import { playerSizeBench } from './playerSizeBench';
import { revealBench } from './revealBench';

export const benchmarks: readonly Benchmark[] = [
  importBench,
  editorImportBench,
  exportBench,
  coldStartBench,
  dragBench,
  revealBench,
  playerSizeBench,
];
