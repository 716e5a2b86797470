// Benchmark: writing a bundle with the app's exporter against reading every photo byte once with a CRC-32.
import { exportBundle } from '../src/bundle/exportBundle';
import { importPhotos } from '../src/media/importPhoto';
import type { Deck, PhotoMeta } from '../src/model/deck';
import { newDeck } from '../src/model/newDeck';
import { commands } from '../src/store/commands';
import { figure, measured, phase, PEAK_HEAP_KEY } from './benchmark';
import type { Benchmark, BenchOptions, Measurement } from './benchmark';
import { crc32 } from './crc32';
import { distinctPhotoFiles, totalBytes } from './fixturePhotos';

const CHECKSUM = 'checksum';
const EXPORT = 'export';
const PHOTOS_PER_SLIDE = 6;
const MB = 1024 * 1024;

type Prepared = {
  deck: Deck;
  originals: Map<string, Blob>;
  playerScript: string;
  playerNote: string;
};

let prepared: Prepared | undefined;

function photoCount(options: BenchOptions): number {
  return options.quick ? 10 : 100;
}

async function loadPlayerScript(): Promise<{ playerScript: string; playerNote: string }> {
  try {
    const { playerScript } = await import('virtual:bundle-player');
    return { playerScript, playerNote: 'the real player script' };
  } catch {
    // The stand-in has the real player's size, but compresses far better than real code.
    return { playerScript: 'x'.repeat(650_000), playerNote: 'a 650 kB stand-in for the player script' };
  }
}

/** A deck built the way the editor builds one: the imported photos, then slides of six. */
async function prepare(options: BenchOptions): Promise<Prepared> {
  const files = await distinctPhotoFiles(options.fixtureNames, photoCount(options));
  const photos: PhotoMeta[] = [];
  const originals = new Map<string, Blob>();
  await importPhotos(files, (result) => {
    if (!result.ok) throw new Error(`export bench: ${result.fileName}: ${result.reason}`);
    photos.push(result.photo);
    originals.set(result.photo.id, result.original);
  });
  let deck = commands.addPhotos.apply(newDeck(new Date(), 'Bench deck'), { photos });
  for (let i = 0; i < photos.length; i += PHOTOS_PER_SLIDE) {
    const photoIds = photos.slice(i, i + PHOTOS_PER_SLIDE).map((photo) => photo.id);
    deck = commands.addSlide.apply(deck, { photoIds });
  }
  return { deck, originals, ...(await loadPlayerScript()) };
}

function ready(): Prepared {
  if (!prepared) throw new Error('export bench: setup did not run');
  return prepared;
}

async function checksumEveryByte({ originals }: Prepared): Promise<Measurement> {
  const blobs = [...originals.values()];
  const start = performance.now();
  let crc = 0;
  for (const blob of blobs) crc ^= crc32(new Uint8Array(await blob.arrayBuffer()));
  const ms = performance.now() - start;
  // Using the result keeps the loop from being optimised away.
  return { ms, bytes: totalBytes(blobs), crc };
}

async function writeBundle({ deck, originals, playerScript }: Prepared): Promise<Measurement> {
  const start = performance.now();
  const bundle = await exportBundle(deck, {
    playerScript,
    readPhoto: async (photo) => {
      const original = originals.get(photo.id);
      if (!original) throw new Error(`export bench: no original for ${photo.fileName}`);
      return original;
    },
  });
  const ms = performance.now() - start;
  // A bundle smaller than its photos has lost some: the timing would mean nothing.
  if (bundle.size < totalBytes([...originals.values()])) {
    throw new Error(`export bench: the bundle (${bundle.size} bytes) is smaller than its photos`);
  }
  return { ms, bytes: bundle.size };
}

export const exportBench: Benchmark = {
  name: 'export',
  needsFixtures: true,
  phases: [CHECKSUM, EXPORT],
  async setup(options) {
    prepared = await prepare(options);
  },
  run(name) {
    return name === CHECKSUM ? checksumEveryByte(ready()) : writeBundle(ready());
  },
  figures(medians, options) {
    const checksum = phase(medians, CHECKSUM);
    const app = phase(medians, EXPORT);
    const bundleMB = measured(app, 'bytes') / MB;
    const about = `${photoCount(options)} photos, ${bundleMB.toFixed(1)} MB bundle with ${ready().playerNote}`;
    return {
      throughput: figure({
        value: bundleMB / (measured(app, 'ms') / 1000),
        baseline: measured(checksum, 'bytes') / MB / (measured(checksum, 'ms') / 1000),
        unit: 'MB/s',
        target: 'ratio >= 0.35',
        note: `${about}; baseline: arrayBuffer() and a plain-JS CRC-32 over the same photos`,
      }),
      peakHeap: figure({
        value: measured(app, PEAK_HEAP_KEY),
        baseline: bundleMB,
        unit: 'MB',
        note: `peak JS heap incl. ArrayBuffers while exporting; baseline: the bundle's size (the CRC pass peaked at ${measured(checksum, PEAK_HEAP_KEY).toFixed(0)} MB)`,
      }),
    };
  },
};
