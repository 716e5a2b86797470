// Opens a bundle in a worker of its own (openBundleWorker.ts), so a hostile or huge zip never holds the editor's
// thread; where workers are missing, on this thread as before.
import { failure } from '../model/result';
import type { OpenBundleResult } from './openBundle';
import type { OpenBundleJob, OpenBundleJobDone } from './openBundleWorker';

/** Never throws, like openBundle: a worker that dies is a failure too. One worker per bundle, ended after. */
export async function openBundleOffThread(file: Blob): Promise<OpenBundleResult> {
  if (typeof Worker !== 'function') {
    const { openBundle } = await import('./openBundle');
    return openBundle(file);
  }
  const worker = new Worker(new URL('./openBundleWorker.ts', import.meta.url), {
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
      const job: OpenBundleJob = { file };
      worker.postMessage(job);
    });
  } finally {
    worker.terminate();
  }
}
