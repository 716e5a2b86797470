// One photo to import, as the app's worker (src/worker/appWorker.ts) gets it from the import pool and answers it.
import { importPhoto, type ImportPhotoResult } from './importPhoto';

/** One file to import. The name travels apart because a plain Blob loses any `name` when it is cloned. */
export type ImportJob = {
  readonly kind: 'import';
  readonly jobId: number;
  readonly file: Blob;
  readonly fileName: string;
  /** Bounds the believable capture date, as `importPhoto`'s `now` does on the main thread. */
  readonly now: number;
};

/** Blobs are cloned as handles, so the answer carries no pixels and no copy of the photo's bytes. */
export type ImportJobDone = { readonly jobId: number; readonly result: ImportPhotoResult };

/** Imports the job's photo; never throws, so the pool always gets an answer for the file. */
export async function runImportJob({ jobId, file, fileName, now }: ImportJob): Promise<ImportJobDone> {
  try {
    // A File made over the Blob shares its bytes; importPhoto reads the name from it.
    const named = file instanceof File && file.name === fileName ? file : new File([file], fileName);
    return { jobId, result: await importPhoto(named, new Date(now)) };
  } catch {
    // importPhoto is not meant to throw; if it ever does, the pool still gets an answer for this file.
    return { jobId, result: { ok: false, fileName, error: { kind: 'import-stopped' } } };
  }
}
