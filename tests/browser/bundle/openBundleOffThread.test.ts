// A received bundle is read in a worker: a photo that takes long to check (tens of MB of XMP to scan for places,
// a CRC-32 over all of it) leaves the editor's thread free, where reading it on that thread would hold it.
import { describe, expect, it } from 'vitest';
import { openBundle, type OpenBundleResult } from '../../../src/bundle/openBundle';
import { openBundleOffThread } from '../../../src/bundle/openBundleOffThread';
import { bundleProblemWords } from '../../../src/words/bundleWords';
import { concatBytes, insertAfterSoi } from '../../unit/media/jpegBytes';
import { oneJpegBundle } from './oneJpegBundle';
import { redOverBlue } from '../media/redOverBlue';

/** An APP1 XMP segment holding `packet` (containerBytes has one, but it needs Node's zlib). */
function xmpSegment(packet: string): Uint8Array {
  const payload = new TextEncoder().encode(`http://ns.adobe.com/xap/1.0/\0${packet}`);
  const length = payload.length + 2;
  return concatBytes([0xff, 0xe1, length >> 8, length & 0xff], payload);
}

/** A real 40 × 20 JPEG carrying `segments` XMP segments of ~64 KB, each naming a place to blank. */
async function heavyBundle(segments: number): Promise<Blob> {
  const filler = 'x'.repeat(60_000);
  const xmp = xmpSegment(
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      `<rdf:Description photoshop:City="Lisbon" exif:GPSLatitude="38,43.3N"><dc:description>${filler}</dc:description></rdf:Description>` +
      '</rdf:RDF></x:xmpmeta>',
  );
  const bytes = insertAfterSoi(
    await redOverBlue(40, 20, 'image/jpeg'),
    concatBytes(...Array.from({ length: segments }, () => xmp)),
  ) as Uint8Array<ArrayBuffer>;
  return (await oneJpegBundle(bytes, { width: 40, height: 20 }, 'Heavy')).bundle;
}

/** Runs `open` while a 10 ms ticker runs here; resolves with its result and the longest gap between ticks. */
async function withLongestGap(
  open: () => Promise<OpenBundleResult>,
): Promise<{ result: OpenBundleResult; gapMs: number }> {
  let last = performance.now();
  let gapMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    gapMs = Math.max(gapMs, now - last);
    last = now;
  }, 10);
  try {
    const result = await open();
    return { result, gapMs: Math.max(gapMs, performance.now() - last) };
  } finally {
    clearInterval(ticker);
  }
}

describe('openBundleOffThread', () => {
  it(
    'opens a bundle whose photo takes long to check without holding this thread',
    { timeout: 120_000 },
    async () => {
      const bundle = await heavyBundle(1500);
      const here = await withLongestGap(() => openBundle(bundle));
      const away = await withLongestGap(() => openBundleOffThread(bundle));
      // The same answer either way: the place is gone, the deck opens.
      expect(here.result.ok).toBe(true);
      expect(away.result.ok).toBe(true);
      if (!here.result.ok || !away.result.ok) return;
      expect(Object.keys(away.result.deck.photos)).toEqual(Object.keys(here.result.deck.photos));
      const [blob] = [...away.result.media.values()];
      const text = new TextDecoder('latin1').decode(new Uint8Array(await blob!.arrayBuffer()));
      expect(text).not.toContain('Lisbon');
      expect(text).not.toContain('38,43.3N');
      // On this thread the check holds it for one long stretch; in the worker this thread keeps ticking.
      expect(here.gapMs, `${here.gapMs.toFixed(0)} ms here`).toBeGreaterThan(150);
      expect(away.gapMs, `${away.gapMs.toFixed(0)} ms away vs ${here.gapMs.toFixed(0)} ms here`).toBeLessThan(
        here.gapMs / 3,
      );
    },
  );

  it('says why when the zip is not a bundle', async () => {
    const result = await openBundleOffThread(new Blob(['not a zip at all']));
    expect(result).toEqual({ ok: false, error: { kind: 'not-a-zip' } });
    if (!result.ok)
      expect(bundleProblemWords(result.error)).toBe('this file is not a bundle (not a zip file)');
  });
});
