// Reads the deck as the editor autosaved it in IndexedDB, once the editor says everything is saved.
import { expect, type Page } from '@playwright/test';

/** `T` is the part of the deck document a test looks at. */
export async function savedDeck<T>(page: Page): Promise<T> {
  return (await allSavedDecks<T>(page))[0] as T;
}

/** Every deck this browser holds. */
export async function allSavedDecks<T>(page: Page): Promise<T[]> {
  await expect(page.getByText('All changes saved')).toBeVisible();
  return page.evaluate(
    () =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('common-thread');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('decks').objectStore('decks').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
        };
      }),
  );
}
