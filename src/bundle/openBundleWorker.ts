// The bundle-opening worker: a received zip is untrusted, so all of its reading (the directory, every CRC,
// deck.json, each photo's bytes and their cleaning) runs here, off the editor's thread.
import { openBundle, type OpenBundleResult } from './openBundle';

export type OpenBundleJob = { readonly file: Blob };
/** The photos come back as Blob handles: no copy of their bytes crosses back. */
export type OpenBundleJobDone = OpenBundleResult;

self.addEventListener('message', (event: MessageEvent<OpenBundleJob>) => {
  // openBundle never throws: every failure is data.
  void openBundle(event.data.file).then((result: OpenBundleJobDone) => self.postMessage(result));
});
