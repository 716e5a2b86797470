// Cancelling an export at any moment: it always settles (an AbortError, or the zip when it was already done),
// soon, and reports no progress once it has settled (a late report would show the progress bar again).
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportBundle, exportSingleFileHtml } from '../../../src/bundle/exportBundle';
import { imageBytes, photoReader, testDeck, testPhoto } from './bundleTestDeck';

// Big enough that JSZip writes it in many chunks over many ticks (it works in 16 KiB pieces).
const PLAYER = 'console.log("player");\n'.repeat(20_000);
const photos = [
  testPhoto('IMG_0001.jpg', 'image/jpeg', imageBytes('image/jpeg', 1, 200_000)),
  testPhoto('IMG_0002.jpg', 'image/jpeg', imageBytes('image/jpeg', 2, 150_000)),
  testPhoto('Screenshot.png', 'image/png', imageBytes('image/png', 3, 100_000)),
];
const deck = testDeck(photos);
/** Far longer than a whole export takes here; an export that has not settled by then never will. */
const SETTLE_LIMIT_MS = 5_000;

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Outcome = { kind: 'blob'; blob: Blob } | { kind: 'aborted' } | { kind: 'hung' };

/**
 * Runs one export, calling `arm(abort)` so the test decides when to cancel. Asserts it settles in time, with
 * an AbortError or a complete zip, and that no progress is reported after it settled.
 */
async function exportAndCancel(
  arm: (abort: () => void) => void,
  write: typeof exportBundle = exportBundle,
  onReport: (nth: number, abort: () => void) => void = () => undefined,
): Promise<Outcome> {
  const controller = new AbortController();
  let calls = 0;
  let settled = false;
  let lateReports = 0;
  const promise = write(deck, {
    playerScript: PLAYER,
    readPhoto: photoReader(photos),
    signal: controller.signal,
    onProgress: () => {
      calls++;
      if (settled) lateReports++;
      onReport(calls, () => controller.abort());
    },
  });
  arm(() => controller.abort());
  const outcome = await Promise.race<Outcome>([
    promise.then(
      (blob): Outcome => ({ kind: 'blob', blob }),
      (error: unknown): Outcome => {
        expect(error).toBeInstanceOf(DOMException);
        expect((error as DOMException).name).toBe('AbortError');
        return { kind: 'aborted' };
      },
    ),
    sleep(SETTLE_LIMIT_MS).then((): Outcome => ({ kind: 'hung' })),
  ]);
  settled = true;
  expect(outcome.kind).not.toBe('hung');
  // Whatever JSZip had scheduled has run by now: none of it may report progress, nor keep working.
  for (let i = 0; i < 50; i++) await nextTick();
  await sleep(20);
  expect(lateReports).toBe(0);
  if (outcome.kind === 'blob' && write === exportBundle) {
    const zip = await JSZip.loadAsync(await outcome.blob.arrayBuffer());
    expect(await zip.file('player.js')?.async('string')).toBe(PLAYER);
  }
  return outcome;
}

describe('cancelling an export', () => {
  it('settles when cancelled on each progress report in turn', async () => {
    let reports = 0;
    await exportBundle(deck, {
      playerScript: PLAYER,
      readPhoto: photoReader(photos),
      onProgress: () => reports++,
    });
    expect(reports).toBeGreaterThan(photos.length + 10);
    for (let nth = 1; nth <= reports; nth++) {
      // Cancelled from inside the nth report, as a click handled during that render would be.
      const outcome = await exportAndCancel(
        () => undefined,
        exportBundle,
        (call, abort) => call === nth && abort(),
      );
      // Only a cancel in the very last report (the one written as the zip ends) can come too late.
      if (nth < reports) expect(outcome.kind).toBe('aborted');
    }
  });

  it('settles when cancelled a tick after each progress report in turn', async () => {
    for (let nth = 1; nth <= photos.length + 3; nth++) {
      for (const later of [queueMicrotask, setImmediate, (task: () => void) => setTimeout(task, 0)]) {
        await exportAndCancel(
          () => undefined,
          exportBundle,
          (call, abort) => call === nth && later(abort),
        );
      }
    }
  });

  it('settles when cancelled after each scheduler tick of the export', async () => {
    const outcomes = new Set<Outcome['kind']>();
    for (let ticks = 0; ticks < 400; ticks++) {
      const outcome = await exportAndCancel((abort) => {
        void (async () => {
          for (let i = 0; i < ticks; i++) await nextTick();
          abort();
        })();
      });
      outcomes.add(outcome.kind);
      if (outcome.kind === 'blob') break;
    }
    // Both ends were reached: cancels that stopped it, and one that came after it had finished.
    expect(outcomes).toEqual(new Set(['aborted', 'blob']));
  });

  it('settles when cancelled from a timer at varying delays', async () => {
    for (const ms of [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]) {
      await exportAndCancel((abort) => void setTimeout(abort, ms));
    }
  });

  it('settles when cancelled in the same task that started it, and after the last report', async () => {
    expect((await exportAndCancel((abort) => abort())).kind).toBe('aborted');
    expect((await exportAndCancel((abort) => queueMicrotask(abort))).kind).toBe('aborted');
    const after = await exportAndCancel(() => undefined);
    expect(after.kind).toBe('blob');
  });

  it('settles the single HTML file too, cancelled after each tick', async () => {
    for (let ticks = 0; ticks < 30; ticks++) {
      const outcome = await exportAndCancel((abort) => {
        void (async () => {
          for (let i = 0; i < ticks; i++) await nextTick();
          abort();
        })();
      }, exportSingleFileHtml);
      if (outcome.kind === 'blob') break;
    }
  });
});
