// Opens a bundle in a worker of its own (the app's worker script, src/worker/appWorker.ts), so a hostile or huge
// zip never holds the editor's thread.
import { failure } from '../model/result';
import type { OpenBundleResult } from './openBundle';
import type { OpenBundleJob, OpenBundleJobDone } from './openBundleJob';

/** Never throws, like openBundle: a worker that dies is a failure too. One worker per bundle, ended after. */
export async function openBundleOffThread(file: Blob): Promise<OpenBundleResult> {
  // Every browser the editor runs in has module workers (the import needs them too): without one, the bundle is
  // not read on the editor's thread, where a hostile zip could hold it.
  if (typeof Worker !== 'function') return failure({ kind: 'reader-stopped' });
  const worker = new Worker(new URL('../worker/appWorker.ts', import.meta.url), {
    type: 'module',
    name: 'bundle open',
  });
  try {
    return await new Promise<OpenBundleResult>((resolve) => {
      worker.addEventListener('message', (event: MessageEvent<OpenBundleJobDone>) => resolve(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        resolve(failure({ kind: 'reader-stopped' }));
      });
      worker.addEventListener('messageerror', () => resolve(failure({ kind: 'reader-stopped' })));
      const job: OpenBundleJob = { kind: 'open-bundle', file };
      worker.postMessage(job);
    });
  } finally {
    worker.terminate();
  }
}
