// A bundle to open, as the app's worker (src/worker/appWorker.ts) gets it from openBundleOffThread.
import type { OpenBundleResult } from './openBundle';

export type OpenBundleJob = { readonly kind: 'open-bundle'; readonly file: Blob };
/** The photos come back as Blob handles: no copy of their bytes crosses back. */
export type OpenBundleJobDone = OpenBundleResult;
