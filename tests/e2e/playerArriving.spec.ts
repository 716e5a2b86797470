// The editor fetches the show's player once it is idle, not in its first load. Present pressed before the
// player is there shows black, holds the clicker's keys and gives them to the player once it has arrived; a
// player that cannot arrive is said, with the way back to the editor.
import { expect, test, type Page } from '@playwright/test';
import { haveFixtures, noFixturesMessage } from './fixtures';
import { addPhotos, quizOfAll } from './photosIn';

test.skip(!haveFixtures, noFixturesMessage);
// The page's own requests, where the test can hold the player's chunk back (a service worker would answer them).
test.use({ serviceWorkers: 'block' });

const PHOTOS = ['astronaut-eileen-collins', 'welder-sparks', 'hurricane-ridge'];

/** The editor with a quiz slide of three photos, its player's chunk held back until `arrive` is called. */
async function quizWithPlayerHeldBack(page: Page, fail = false) {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  await page.route(/\/assets\/Player-[^/]*\.js$/, async (route) => {
    await arrived;
    if (fail) await route.abort();
    else await route.continue();
  });
  await page.goto('/');
  await quizOfAll(page, await addPhotos(page, PHOTOS));
  await expect(page.getByText('All changes saved')).toBeVisible();
  return arrive;
}

test('keys pressed while the player arrives reach it, in order, once it is there', async ({ page }) => {
  const arrive = await quizWithPlayerHeldBack(page);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const arriving = page.locator('[data-player-arriving]');
  await expect(arriving).toBeVisible();
  // Black from edge to edge, and the editor is gone: the room never sees it flash.
  expect(await arriving.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
    'rgb(0, 0, 0)',
  );
  await expect(page.getByRole('button', { name: 'New slide' })).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  arrive();
  const player = page.locator('[data-player]');
  await expect(player).toHaveAttribute('data-step', '3');
  await expect(arriving).toHaveCount(0);
  // Held once, given once: the next key goes on from there.
  await page.keyboard.press('ArrowRight');
  await expect(player).toHaveAttribute('data-step', '4');
});

test('a player that cannot arrive is said, and leads back to the editor', async ({ page }) => {
  const arrive = await quizWithPlayerHeldBack(page, true);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  arrive();
  await expect(page.getByRole('alert')).toContainText('The show could not be loaded');
  await page.getByRole('button', { name: 'Back to the editor' }).click();
  await expect(page.getByRole('button', { name: 'New slide' })).toBeVisible();
});
