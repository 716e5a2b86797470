// Opens the app's IndexedDB database: decks, photo blobs and a few settings.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DATABASE_NAME = 'common-thread';
export const DATABASE_VERSION = 1;

export type PhotoVariant = 'original' | 'thumbnail' | 'display';
export const PHOTO_VARIANTS: readonly PhotoVariant[] = ['original', 'thumbnail', 'display'];

export interface CommonThreadSchema extends DBSchema {
  /** Key: the deck id. Value: the deck as saved; read back as unknown because it must pass parseDeck. */
  decks: { key: string; value: unknown };
  /** Key: `${photoId}/${variant}`. */
  photoBlobs: { key: string; value: Blob };
  settings: { key: string; value: unknown };
}

export type Database = IDBPDatabase<CommonThreadSchema>;

type CloseListener = () => Promise<void> | void;
const closeListeners = new WeakMap<Database, Set<CloseListener>>();

/**
 * Calls `listener` when this connection is about to close because a newer version of the app opened the
 * database in another tab: the close waits for it (a last save), then every write on it would fail.
 * Returns the unsubscribe.
 */
export function beforeDatabaseCloses(db: Database, listener: CloseListener): () => void {
  let listeners = closeListeners.get(db);
  if (!listeners) {
    listeners = new Set();
    closeListeners.set(db, listeners);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function openDatabase(name: string = DATABASE_NAME): Promise<Database> {
  let closing = false;
  const opened: Database = await openDB<CommonThreadSchema>(name, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      // Keys are given on each put (out-of-line) so a stored value never has to be trusted for its key.
      if (oldVersion < 1) {
        db.createObjectStore('decks');
        db.createObjectStore('photoBlobs');
        db.createObjectStore('settings');
      }
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // A newer version of the app opened in another tab: let it upgrade instead of hanging both tabs, once
      // this tab has written what it still had and stopped saving (a save on a closed connection only fails).
      if (closing) return;
      closing = true;
      const connection = event.target as IDBDatabase;
      // Only called once the open has resolved, so `opened` is set.
      const listeners = [...(closeListeners.get(opened) ?? [])];
      void Promise.allSettled(listeners.map(async (listener) => listener())).finally(() =>
        connection.close(),
      );
    },
  });
  return opened;
}
