// Opens a bundle in a worker of its own (the app's worker script, src/worker/appWorker.ts), so a hostile or huge
// zip never holds the editor's thread. Without workers it is not read on the editor's thread either: every
// browser the editor runs in has module workers (the import needs them too).
import { runInAppWorker } from '../media/appWorker';
import { failure } from '../model/result';
import type { OpenBundleResult } from './openBundle';
import type { OpenBundleJob, OpenBundleJobDone } from './openBundleJob';

/** Never throws, like openBundle: a worker that dies is a failure too. One worker per bundle, ended after. */
export function openBundleOffThread(file: Blob): Promise<OpenBundleResult> {
  const job: OpenBundleJob = { kind: 'open-bundle', file };
  return runInAppWorker<OpenBundleJobDone>(job, 'bundle open', failure({ kind: 'reader-stopped' }));
}
