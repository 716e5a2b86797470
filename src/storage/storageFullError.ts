// The one error the app shows when the browser refuses to store more, so the UI can say so plainly.

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';

  constructor(options?: { cause?: unknown }) {
    super(
      "the browser's storage is full. Everything saved before this is kept. Export a bundle to keep a copy, then make room: Remove unused photos (under the photo library), or delete decks you no longer need in All decks (photos no other deck uses go with them)",
      options,
    );
  }
}

/** Whether an IndexedDB failure means "out of space" (Chromium and Firefox name it differently). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Runs a write, turning a quota failure into a StorageFullError and passing any other error through. */
export async function withQuotaCheck<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}

/**
 * Runs a write that can wait: on a full disk it is left undone instead of failing what called it (opening a
 * deck must not fail because remembering it could not be written; the editor's autosave then says so).
 */
export async function unlessStorageFull(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof StorageFullError)) throw error;
  }
}
