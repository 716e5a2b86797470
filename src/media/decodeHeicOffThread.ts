// Decodes a HEIC in the app's worker (the only place libheif is bundled) and gives back its upright bitmap.
import { failure } from '../model/result';
import type { DecodeHeicJob, DecodeHeicJobDone } from './decodeHeicJob';

/** Never throws: a worker that cannot start or dies is the decoder being unavailable. One worker per photo. */
export async function decodeHeicOffThread(file: Blob): Promise<DecodeHeicJobDone> {
  const unavailable = failure({ kind: 'heic-decoder-unavailable' } as const);
  let worker: Worker;
  try {
    worker = new Worker(new URL('../worker/appWorker.ts', import.meta.url), {
      type: 'module',
      name: 'HEIC decode',
    });
  } catch {
    return unavailable;
  }
  try {
    return await new Promise<DecodeHeicJobDone>((resolve) => {
      worker.addEventListener('message', (event: MessageEvent<DecodeHeicJobDone>) => resolve(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        resolve(unavailable);
      });
      worker.addEventListener('messageerror', () => resolve(unavailable));
      const job: DecodeHeicJob = { kind: 'decode-heic', file };
      worker.postMessage(job);
    });
  } finally {
    worker.terminate();
  }
}
