// Decodes a HEIC in the app's worker (the only place libheif is bundled) and gives back its upright bitmap.
import { failure } from '../model/result';
import { runInAppWorker } from './appWorker';
import type { DecodeHeicJob, DecodeHeicJobDone } from './decodeHeicJob';

/** Never throws: a worker that cannot start or dies is the decoder being unavailable. One worker per photo. */
export function decodeHeicOffThread(file: Blob): Promise<DecodeHeicJobDone> {
  const job: DecodeHeicJob = { kind: 'decode-heic', file };
  return runInAppWorker<DecodeHeicJobDone>(job, 'HEIC decode', failure({ kind: 'heic-decoder-unavailable' }));
}
