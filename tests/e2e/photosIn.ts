// Photos into the editor as a person adds them: the fixture files chosen in "Add photos", then a quiz slide of
// them all (a click on the first, Shift+click on the last, New slide, Quiz reveal).
import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { fixtureFiles } from './fixtures';

/** Adds the fixture photos whose file names start with one of `names`; resolves with the library once in. */
export async function addPhotos(page: Page, names: readonly string[]): Promise<Locator> {
  const files = fixtureFiles('photos').filter((f) => names.some((name) => path.basename(f).startsWith(name)));
  await page.getByLabel('Add photos').setInputFiles(files);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(files.length, { timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  return photos;
}

/** Makes a quiz slide of every photo in the library. */
export async function quizOfAll(page: Page, photos: Locator): Promise<void> {
  await photos.getByRole('button').first().click();
  await photos
    .getByRole('button')
    .last()
    .click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'New slide' }).click();
  await page.getByRole('switch', { name: 'Quiz reveal' }).click();
}
