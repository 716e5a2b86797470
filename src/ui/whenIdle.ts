// Work that can wait for the page to have nothing better to do (falls back to a timeout where
// requestIdleCallback is missing, as in Safari).

/** Runs `work` once the page is idle (within `timeoutMs` at the latest); the returned function cancels it. */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 200);
  return () => clearTimeout(handle);
}
