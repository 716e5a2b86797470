// Reads what the editor stored in IndexedDB: the decks once it says everything is saved, or any store as it is.
import { expect, type Page } from '@playwright/test';

/** `T` is the part of the deck document a test looks at. */
export async function savedDeck<T>(page: Page): Promise<T> {
  return (await allSavedDecks<T>(page))[0] as T;
}

/** Every deck this browser holds. */
export async function allSavedDecks<T>(page: Page): Promise<T[]> {
  await expect(page.getByText('All changes saved')).toBeVisible();
  return (await storedEntries<T>(page, 'decks')).values;
}

/** The keys and values of one of the app's stores, as they are now (no waiting for a save). */
export function storedEntries<T>(
  page: Page,
  storeName: 'decks' | 'photoBlobs' | 'settings',
): Promise<{ keys: string[]; values: T[] }> {
  return page.evaluate(
    (name) =>
      new Promise<{ keys: string[]; values: T[] }>((resolve, reject) => {
        const open = indexedDB.open('common-thread');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction(name).objectStore(name);
          const keys = store.getAllKeys();
          // Blobs are not sent back, only their keys.
          const values = name === 'photoBlobs' ? null : store.getAll();
          store.transaction.oncomplete = () => {
            open.result.close();
            resolve({ keys: keys.result.map(String), values: (values?.result ?? []) as T[] });
          };
          store.transaction.onerror = () => reject(store.transaction.error);
        };
      }),
    storeName,
  );
}

/** The photos whose three stored pictures (original, thumbnail, display) are all in IndexedDB. */
export async function storedPhotoIds(page: Page): Promise<string[]> {
  const { keys } = await storedEntries(page, 'photoBlobs');
  const count = new Map<string, number>();
  for (const key of keys) {
    const id = key.split('/')[0] ?? '';
    count.set(id, (count.get(id) ?? 0) + 1);
  }
  return [...count].filter(([, n]) => n === 3).map(([id]) => id);
}
