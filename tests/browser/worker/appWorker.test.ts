// The app's one worker script in real Chromium: a job it cannot run is told to the page as the worker's error
// (never silence, which would leave an import or a bundle opening waiting for ever), and the export's HEIC decode
// answers through it.
import { describe, expect, it } from 'vitest';
import { decodeHeicOffThread } from '../../../src/media/decodeHeicOffThread';
import { createImportWorker } from '../../../src/media/photoImportPool';

describe('the app worker', () => {
  it('tells the page of a job it cannot run by its error event', async () => {
    const worker = createImportWorker();
    try {
      const heard = await new Promise<string>((resolve) => {
        worker.addEventListener('message', () => resolve('message'));
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          resolve('error');
        });
        // Not a Blob: reading it throws inside the job.
        worker.postMessage({ kind: 'decode-heic', file: 42 });
      });
      expect(heard).toBe('error');
    } finally {
      worker.terminate();
    }
  });

  it('answers a HEIC decode of bytes that are no HEIC with a problem, not a bitmap', async () => {
    const decoded = await decodeHeicOffThread(new Blob([new Uint8Array(64)]));
    expect(decoded.ok).toBe(false);
  });
});
