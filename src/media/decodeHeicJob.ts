// A HEIC to decode for the bundle export, as the app's worker (src/worker/appWorker.ts) gets it: libheif lives
// in the worker only, so the build carries it once.
import { decodeHeic } from './decodeHeic';
import type { PhotoProblem } from './photoProblem';
import type { Result } from '../model/result';

export type DecodeHeicJob = { readonly kind: 'decode-heic'; readonly file: Blob };
/** The bitmap is transferred, not copied. */
export type DecodeHeicJobDone = Result<{ bitmap: ImageBitmap }, PhotoProblem>;

/** Never throws: a decoder failure is data. */
export async function runDecodeHeicJob({ file }: DecodeHeicJob): Promise<DecodeHeicJobDone> {
  const decoded = await decodeHeic(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded;
  return { ok: true, bitmap: await createImageBitmap(decoded.pixels) };
}
