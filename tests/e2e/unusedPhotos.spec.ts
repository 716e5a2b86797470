// "Remove unused photos": the library's photos on no slide are taken out, their stored copies deleted with the
// save (room back on a full disk), and Undo brings them back whole.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { storedPhotoIds } from './savedDeck';

const ON_A_SLIDE = path.join(fixturesDir, 'photos/welder-sparks_1024x684.jpg');
const ON_NO_SLIDE = path.join(fixturesDir, 'photos/astronaut-eileen-collins_square_512x512.jpg');

/** The photo ids fully stored, once the editor says everything is saved. */
async function savedPhotoIds(page: Page): Promise<string[]> {
  await expect(page.getByText('All changes saved')).toBeVisible();
  return storedPhotoIds(page);
}

test.describe('removing unused photos', () => {
  test.skip(!haveFixtures, noFixturesMessage);

  test('takes out the photos on no slide, deletes their stored copies, and Undo brings them back', async ({
    page,
  }) => {
    await page.goto('/');
    const photos = page.getByRole('list', { name: 'Photos' });
    await page.getByLabel('Add photos').setInputFiles(ON_A_SLIDE);
    await expect(photos.getByRole('listitem')).toHaveCount(1);
    await photos.getByRole('button').first().click();
    await page.getByRole('button', { name: 'New slide', exact: true }).click();
    await page.getByLabel('Add photos').setInputFiles(ON_NO_SLIDE);
    await expect(photos.getByRole('listitem')).toHaveCount(2);
    expect(await savedPhotoIds(page)).toHaveLength(2);

    const remove = page.getByRole('button', { name: 'Remove unused photos', exact: true });
    await expect(remove).toHaveAccessibleDescription('1 photo is on no slide');
    await remove.click();
    await expect(photos.getByRole('listitem')).toHaveCount(1);
    await expect(photos.getByRole('listitem', { name: path.basename(ON_A_SLIDE) })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Removed 1 photo that no slide showed.' }),
    ).toBeVisible();
    await expect(remove).toBeHidden();
    // Its stored copies went with the save; the photo on the slide is kept.
    await expect.poll(() => savedPhotoIds(page)).toHaveLength(1);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(photos.getByRole('listitem', { name: path.basename(ON_NO_SLIDE) })).toBeVisible();
    await expect.poll(() => savedPhotoIds(page)).toHaveLength(2);
    // Whole again after a reload: its thumbnail draws from storage.
    await page.reload();
    const back = page
      .getByRole('list', { name: 'Photos' })
      .getByRole('listitem', { name: path.basename(ON_NO_SLIDE) });
    await expect(back.getByRole('img')).toHaveJSProperty('complete', true);
    expect(await back.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
      0,
    );
  });
});
