// Cancelling long work with an AbortSignal: the error a cancel ends it with, and a promise that settles at the
// moment of the cancel, whatever the work it waits for is still doing.

export function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

/**
 * `work`'s outcome, or an AbortError as soon as `signal` aborts, whichever comes first. A step that is slow to
 * notice the cancel (a photo still decoding, a chunk still loading) can no longer hold the caller, and a result
 * that arrived before the cancel is kept.
 */
export function untilAborted<T>(signal: AbortSignal | undefined, work: Promise<T>): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    // Always handled, so work that fails after the cancel is no unhandled rejection.
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
