// The app's one worker script. The photo import pool's workers, the bundle opener's and the export's HEIC
// decoder all run it, so each library they use (exifr, libheif, smartcrop) is in the build once, not once per
// worker script, nor again on the page. Each job's code loads when a worker first gets such a job: an import
// worker never loads JSZip, a bundle opener never loads the decoders.
import type { OpenBundleJob, OpenBundleJobDone } from '../bundle/openBundleJob';
import type { DecodeHeicJob } from '../media/decodeHeicJob';
import type { ImportJob } from '../media/importJob';

export type WorkerJob = ImportJob | OpenBundleJob | DecodeHeicJob;

const importing = () => import('../media/importJob');

// An import worker fetches its code, the EXIF reader and smartcrop as it starts, so the first photo does not
// wait for them. (Not the HEIC decoder: it is large and only for HEIC.) A failure here is the job's to report.
// The import pool names its workers so (media/photoImportPool); the other jobs' workers have names of their own.
if (self.name === 'photo import') {
  void importing().catch(() => undefined);
  void import('exifr').catch(() => undefined);
  void import('smartcrop').catch(() => undefined);
}

/** The job's answer, and what of it is transferred rather than copied. */
async function run(job: WorkerJob): Promise<{ answer: unknown; transfer?: Transferable[] }> {
  switch (job.kind) {
    case 'import':
      return { answer: await (await importing()).runImportJob(job) };
    case 'open-bundle': {
      // openBundle never throws: every failure is data.
      const done: OpenBundleJobDone = await (await import('../bundle/openBundle')).openBundle(job.file);
      return { answer: done };
    }
    case 'decode-heic': {
      const done = await (await import('../media/decodeHeicJob')).runDecodeHeicJob(job);
      return { answer: done, transfer: done.ok ? [done.bitmap] : [] };
    }
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerJob>) => {
  run(event.data)
    .then(({ answer, transfer = [] }) => self.postMessage(answer, { transfer }))
    .catch((error: unknown) => {
      // A job that could not run (its code failed to load, a message that is not a job, an answer that cannot
      // be sent) is the worker failing: thrown from a task of its own, it reaches the page as the worker's
      // error event, which every caller answers (a rejected promise in a worker reaches no one).
      setTimeout(() => {
        throw error;
      });
    });
});
