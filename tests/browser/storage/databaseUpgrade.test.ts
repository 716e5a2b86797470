// A newer version of the app opening the database in another tab: this tab writes what it still had, then lets
// its connection go so the upgrade is not blocked, and hears of it so it stops saving.
import { deleteDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION, beforeDatabaseCloses, openDatabase } from '../../../src/storage/database';

function openNewer(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, DATABASE_VERSION + 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the upgrade failed'));
    // 'blocked' fires while the last save is written; the open goes on once this tab has closed (never, and
    // the test times out, if it held on to its connection).
  });
}

describe('openDatabase when a newer version opens it elsewhere', () => {
  it('writes what the listener still has, closes, and lets the newer version upgrade', async () => {
    const name = `common-thread-upgrade-${crypto.randomUUID()}`;
    const db = await openDatabase(name);
    const heard: string[] = [];
    beforeDatabaseCloses(db, async () => {
      heard.push('closing');
      // A last save on the connection that is about to go still lands.
      await db.put('settings', 'the last edit', 'last-word');
    });
    const newer = await openNewer(name);
    expect(heard).toEqual(['closing']);
    const read = await new Promise<unknown>((resolve, reject) => {
      const request = newer.transaction('settings').objectStore('settings').get('last-word');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('the read failed'));
    });
    expect(read).toBe('the last edit');
    // This tab's connection is closed: a write on it fails at once instead of retrying for ever.
    await expect(db.put('settings', 'too late', 'after')).rejects.toThrow();
    newer.close();
    await deleteDB(name);
  });

  it('no longer calls a listener that unsubscribed', async () => {
    const name = `common-thread-upgrade-${crypto.randomUUID()}`;
    const db = await openDatabase(name);
    let called = false;
    const unsubscribe = beforeDatabaseCloses(db, () => {
      called = true;
    });
    unsubscribe();
    const newer = await openNewer(name);
    expect(called).toBe(false);
    newer.close();
    await deleteDB(name);
  });
});
