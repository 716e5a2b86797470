// Fuzzing the importer: randomly damaged bytes of a real exported bundle never throw, never hang, and either
// open or come back with a clear problem, which has plain words.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleDeck } from '../../../src/bundle/bundleContents';
import { exportBundle } from '../../../src/bundle/exportBundle';
import { openBundle, type OpenBundleResult } from '../../../src/bundle/openBundle';
import { bundleProblemWords } from '../../../src/words/bundleWords';
import { photoReader, testDeck, twoPhotos } from './bundleTestDeck';

const CASE_TIMEOUT_MS = 2000;

type Mutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; keep: number }
  | { kind: 'splice'; at: number; remove: number; insert: Uint8Array }
  | { kind: 'copy'; from: number; to: number; length: number };

/** Positions are fractions of the length, so the same arbitrary works for any bundle. */
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fraction, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fraction }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fraction,
    remove: fc.integer({ min: 0, max: 64 }),
    insert: fc.uint8Array({ maxLength: 64 }),
  }),
  fc.record({
    kind: fc.constant('copy' as const),
    from: fraction,
    to: fraction,
    length: fc.integer({ min: 1, max: 256 }),
  }),
);
// Damage near the end hits the central directory, where most of the checks are: weight it in.
const tailMutation: fc.Arbitrary<Mutation> = fc
  .record({
    at: fc.double({ min: 0.9, max: 1, noNaN: true, maxExcluded: true }),
    xor: fc.integer({ min: 1, max: 255 }),
  })
  .map(({ at, xor }) => ({ kind: 'flip' as const, at, xor }));

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array<ArrayBuffer> {
  let out: Uint8Array<ArrayBuffer> = bytes.slice();
  for (const m of mutations) {
    const at = (f: number) => Math.floor(f * out.length);
    if (m.kind === 'flip' && out.length > 0) {
      const i = at(m.at);
      out[i] = (out[i] ?? 0) ^ m.xor;
    } else if (m.kind === 'truncate') {
      out = out.slice(0, at(m.keep));
    } else if (m.kind === 'splice') {
      const i = at(m.at);
      const next = new Uint8Array(out.length - Math.min(m.remove, out.length - i) + m.insert.length);
      next.set(out.subarray(0, i));
      next.set(m.insert, i);
      next.set(out.subarray(i + m.remove), i + m.insert.length);
      out = next;
    } else if (m.kind === 'copy') {
      const from = at(m.from);
      out.copyWithin(at(m.to), from, from + m.length);
    }
  }
  return out;
}

function withinTime(result: Promise<OpenBundleResult>): Promise<OpenBundleResult | 'hung'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), CASE_TIMEOUT_MS);
  });
  return Promise.race([result, hung]).finally(() => clearTimeout(timer));
}

describe('openBundle on damaged bundles (fuzz)', () => {
  const photos = twoPhotos();
  const deck = testDeck(photos);
  let bundle: Uint8Array;

  beforeAll(async () => {
    const blob = await exportBundle(deck, {
      readPhoto: photoReader(photos),
      playerScript: '(function(){})();',
    });
    bundle = new Uint8Array(await blob.arrayBuffer());
  });

  it('never throws or hangs, and either opens the deck or gives a clear problem', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(mutation, tailMutation), { minLength: 1, maxLength: 4 }),
        async (mutations) => {
          const damaged = mutate(bundle, mutations);
          const result = await withinTime(openBundle(new Blob([damaged])));
          expect(result).not.toBe('hung');
          if (result === 'hung') return;
          if (result.ok) {
            // Damage that opens must have missed everything that matters: the deck and photos are intact.
            expect(result.deck).toEqual(bundleDeck(deck));
            expect(result.media.size).toBe(photos.length);
            return;
          }
          // A clear problem is one the checks foresaw: `unreadable` is the catch-all for an exception they did
          // not. Its words are a short sentence, not a stack trace or a library's internal message.
          expect(result.error.kind).toEqual(expect.any(String));
          expect(result.error.kind).not.toBe('unreadable');
          const words = bundleProblemWords(result.error);
          expect(words).toMatch(/^[a-z"]/);
          expect(words.length).toBeLessThan(400);
          expect(words).not.toMatch(/could not be read|undefined|NaN|\[object|Error|Bug/);
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);
});
