// The photo import worker: runs importPhoto off the main thread, so decoding and resizing never block the editor.
import { importPhoto, type ImportPhotoResult } from './importPhoto';

/** One file to import. The name travels apart because a plain Blob loses any `name` when it is cloned. */
export type ImportJob = {
  readonly jobId: number;
  readonly file: Blob;
  readonly fileName: string;
  /** Bounds the believable capture date, as `importPhoto`'s `now` does on the main thread. */
  readonly now: number;
};

/** Blobs are cloned as handles, so the answer carries no pixels and no copy of the photo's bytes. */
export type ImportJobDone = { readonly jobId: number; readonly result: ImportPhotoResult };

async function runJob({ jobId, file, fileName, now }: ImportJob): Promise<ImportJobDone> {
  try {
    // A File made over the Blob shares its bytes; importPhoto reads the name from it.
    const named = file instanceof File && file.name === fileName ? file : new File([file], fileName);
    return { jobId, result: await importPhoto(named, new Date(now)) };
  } catch {
    // importPhoto is not meant to throw; if it ever does, the pool still gets an answer for this file.
    return { jobId, result: { ok: false, fileName, error: { kind: 'import-stopped' } } };
  }
}

// importPhoto loads the EXIF reader and smartcrop when it first needs them, in the middle of the first photo;
// fetching them while the worker starts takes that wait off the first photo. (Not the HEIC decoder: it is
// large and only for HEIC.) A failure here is importPhoto's to report when it loads them itself.
void import('exifr').catch(() => undefined);
void import('smartcrop').catch(() => undefined);

self.addEventListener('message', (event: MessageEvent<ImportJob>) => {
  void runJob(event.data).then((done) => self.postMessage(done));
});
