// The app's one worker script (src/worker/appWorker.ts), started from here so every part that sends it work
// names it the same way, and one job run in a worker of its own.

/**
 * A new worker of the app's script. `name` is what the browser's task manager shows; 'photo import' also has it
 * fetch the import's code as it starts.
 */
export function startAppWorker(name: string): Worker {
  return new Worker(new URL('../worker/appWorker.ts', import.meta.url), { type: 'module', name });
}

/**
 * Runs one job in a worker of its own, ended after. Never throws: a worker that cannot start, dies or cannot
 * send its answer gives `failed`.
 */
export async function runInAppWorker<Done>(job: unknown, name: string, failed: Done): Promise<Done> {
  let worker: Worker;
  try {
    if (typeof Worker !== 'function') return failed;
    worker = startAppWorker(name);
  } catch {
    return failed;
  }
  try {
    return await new Promise<Done>((resolve) => {
      worker.addEventListener('message', (event: MessageEvent<Done>) => resolve(event.data));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        resolve(failed);
      });
      worker.addEventListener('messageerror', () => resolve(failed));
      worker.postMessage(job);
    });
  } finally {
    worker.terminate();
  }
}
