// How much room the library takes in this browser, and asking the browser to keep it when space runs low.

export type StorageSpace = {
  /** Bytes this site stores (decks, photos, the app's own cache). */
  readonly usage: number;
  /** Bytes the browser lets it store at most. */
  readonly quota: number;
  /** Whether the browser keeps it even when the disk runs low (otherwise it may clear it). */
  readonly kept: boolean;
};

/**
 * Asks the browser to keep the library even when the disk runs low (browsers decide without asking, or ask
 * the person once). Resolves whether it is kept; false where the browser has no such thing.
 */
export async function askToKeepStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

/** Null where the browser does not say. */
export async function storageSpace(): Promise<StorageSpace | null> {
  if (!navigator.storage?.estimate) return null;
  try {
    const [{ usage = 0, quota = 0 }, kept] = await Promise.all([
      navigator.storage.estimate(),
      navigator.storage.persisted ? navigator.storage.persisted() : Promise.resolve(false),
    ]);
    return { usage, quota, kept };
  } catch {
    return null;
  }
}

/** "12 MB", "1.4 GB", "800 kB": sizes as the home screen shows them (10⁶ bytes to a MB, as the export counts). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${bytes >= 1e7 ? Math.round(bytes / 1e6) : (bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}
