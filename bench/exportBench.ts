// Benchmark: writing a bundle with the app's exporter ("Original photos" and "Email") against reading every
// photo byte once with a CRC-32, the work no zip writer can skip.
import { exportBundle } from '../src/bundle/exportBundle';
import { estimateBundleSize, type ExportPreset } from '../src/bundle/exportPresets';
import type { Deck } from '../src/model/deck';
import {
  figure,
  measured,
  phase,
  PEAK_HEAP_KEY,
  PEAK_PROCESS_KEY,
  START_HEAP_KEY,
  START_PROCESS_KEY,
} from './benchmark';
import type { Benchmark, BenchOptions, Figure, Measurement } from './benchmark';
import { bigPhotoDeck, loadPlayerScript, readOriginal } from './bigPhotos';
import { crc32 } from './crc32';

const CHECKSUM = 'checksum';
/** The presets measured, each a phase of its own: the largest bundle and the one meant for mail. */
const PRESETS: readonly ExportPreset[] = ['original', 'email'];
/** Memory and throughput in MiB, as the other benchmarks count them. */
const MIB = 1024 * 1024;
/** Bundle sizes in MB of 10⁶ bytes, as the export dialog shows them and the "under 40 MB" counts. */
const MB = 1_000_000;
/** An "Email" bundle with less than this per photo cannot hold 1600 px JPEGs: the timing would mean nothing. */
const MIN_EMAIL_PHOTO_BYTES = 50_000;

type Prepared = {
  deck: Deck;
  originals: ReadonlyMap<string, Uint8Array<ArrayBuffer>>;
  photoBytes: number;
  playerScript: string;
  playerNote: string;
};

let prepared: Prepared | undefined;

function photoCount(options: BenchOptions): number {
  return options.quick ? 10 : 100;
}

function ready(): Prepared {
  if (!prepared) throw new Error('export bench: setup did not run');
  return prepared;
}

async function checksumEveryByte({ deck, originals, photoBytes }: Prepared): Promise<Measurement> {
  const read = readOriginal(originals);
  const start = performance.now();
  let crc = 0;
  // Each photo read as the exporter reads it (a Blob from the store, then its bytes), then checksummed.
  for (const photo of Object.values(deck.photos))
    crc ^= crc32(new Uint8Array(await (await read(photo)).arrayBuffer()));
  const ms = performance.now() - start;
  // Using the result keeps the loop from being optimised away.
  return { ms, bytes: photoBytes, crc };
}

async function writeBundle(
  { deck, originals, photoBytes, playerScript }: Prepared,
  preset: ExportPreset,
): Promise<Measurement> {
  const start = performance.now();
  const bundle = await exportBundle(deck, { playerScript, readPhoto: readOriginal(originals), preset });
  const ms = performance.now() - start;
  const photos = originals.size;
  // A bundle that lost photos would make the timing mean nothing.
  if (preset === 'original' && bundle.size < photoBytes) {
    throw new Error(`export bench: the bundle (${bundle.size} bytes) is smaller than its photos`);
  }
  if (preset !== 'original' && bundle.size < photos * MIN_EMAIL_PHOTO_BYTES) {
    throw new Error(
      `export bench: the ${preset} bundle (${bundle.size} bytes) is too small for ${photos} photos`,
    );
  }
  return { ms, bytes: bundle.size };
}

function presetFigures(preset: ExportPreset, medians: Record<string, Measurement>, about: string) {
  const { deck, photoBytes, playerScript } = ready();
  const checksum = phase(medians, CHECKSUM);
  const app = phase(medians, preset);
  const bundleBytes = measured(app, 'bytes');
  const bundleMiB = bundleBytes / MIB;
  const startHeap = measured(app, START_HEAP_KEY);
  const startProcess = measured(app, START_PROCESS_KEY);
  const estimate = estimateBundleSize(deck, preset, { playerScriptBytes: playerScript.length });
  // Resizing decodes each 12 MP photo: its pixels are a fixed cost that no small bundle can make up for.
  const decodeNote =
    preset === 'original' ? '' : '; one 12 MP photo decoded is 46 MB of pixels, whatever the bundle weighs';
  const figures: Record<string, Figure> = {
    [`${preset}.throughput`]: figure({
      value: photoBytes / MIB / (measured(app, 'ms') / 1000),
      baseline: measured(checksum, 'bytes') / MIB / (measured(checksum, 'ms') / 1000),
      unit: 'MB/s',
      // Only the zip writer is held to the read+CRC pace: "Email" also decodes, shrinks and encodes each photo.
      ...(preset === 'original' ? { target: 'ratio >= 0.35' } : {}),
      note: `${about}; photo MB read per second of exportBundle(preset "${preset}"); baseline: arrayBuffer() and a plain-JS CRC-32 over the same photos${preset === 'original' ? '' : ' (no target: decoding and re-encoding every 12 MP photo is work the baseline does not do)'}`,
    }),
    [`${preset}.peakHeap`]: figure({
      value: measured(app, PEAK_HEAP_KEY) - startHeap,
      baseline: bundleMiB,
      unit: 'MB',
      target: 'ratio <= 1.5',
      note: `JS heap incl. ArrayBuffers at its peak while exporting, above the ${startHeap.toFixed(0)} MB there at the start; baseline: the bundle's size (the CRC pass peaked ${(measured(checksum, PEAK_HEAP_KEY) - measured(checksum, START_HEAP_KEY)).toFixed(0)} MB above its start)`,
    }),
    [`${preset}.processGrowth`]: figure({
      value: measured(app, PEAK_PROCESS_KEY) - startProcess,
      baseline: bundleMiB,
      unit: 'MB',
      target: 'ratio <= 2.5',
      note: `growth of renderer (workers included) + GPU process memory while exporting, peak minus the ${startProcess.toFixed(0)} MB at the start; baseline: the bundle's size (the CRC pass grew ${(measured(checksum, PEAK_PROCESS_KEY) - measured(checksum, START_PROCESS_KEY)).toFixed(0)} MB)${decodeNote}`,
    }),
    [`${preset}.size`]: figure({
      value: bundleBytes / MB,
      baseline: estimate / MB,
      unit: 'MB',
      ...(preset === 'email' ? { target: 'value <= 40' } : {}),
      note: `the "${preset}" bundle in MB of 10^6 bytes (the photos themselves: ${(photoBytes / MB).toFixed(1)} MB); baseline: estimateBundleSize, what the export dialog shows before exporting`,
    }),
  };
  return figures;
}

export const exportBench: Benchmark = {
  name: 'export',
  needsFixtures: false,
  phases: [CHECKSUM, ...PRESETS],
  async setup(options) {
    const { deck, originals } = await bigPhotoDeck(photoCount(options));
    prepared = {
      deck,
      originals,
      photoBytes: [...originals.values()].reduce((sum, bytes) => sum + bytes.byteLength, 0),
      ...(await loadPlayerScript()),
    };
  },
  run(name) {
    if (name === CHECKSUM) return checksumEveryByte(ready());
    const preset = PRESETS.find((candidate) => candidate === name);
    if (!preset) throw new Error(`export bench: no phase "${name}"`);
    return writeBundle(ready(), preset);
  },
  figures(medians, options) {
    const { photoBytes, playerNote } = ready();
    const about = `${photoCount(options)} photos of 12 MP drawn by the benchmark (${(photoBytes / MIB).toFixed(0)} MB), slides of six, ${playerNote}`;
    return Object.assign({}, ...PRESETS.map((preset) => presetFigures(preset, medians, about))) as Record<
      string,
      Figure
    >;
  },
};
