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

export function openDatabase(name: string = DATABASE_NAME): Promise<Database> {
  return openDB<CommonThreadSchema>(name, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      // Keys are given on each put (out-of-line) so a stored value never has to be trusted for its key.
      if (oldVersion < 1) {
        db.createObjectStore('decks');
        db.createObjectStore('photoBlobs');
        db.createObjectStore('settings');
      }
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // A newer version of the app opened in another tab: let it upgrade instead of hanging both tabs.
      (event.target as IDBDatabase).close();
    },
  });
}
