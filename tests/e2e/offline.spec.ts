// The lead opens the editor at the venue with no network: after one visit online, the service worker has the
// whole app, so a reload offline opens the editor on the saved deck, and exporting (which loads the bundle's
// player script only when asked) still works.
import { expect, test, type Page } from '@playwright/test';
import { readZip } from './unzipBundle';
import path from 'node:path';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { closeExportDone } from './exportDone';
import { chooseDeckAction } from './deckMenu';

const PHOTO = 'welder-sparks_1024x684.jpg';
const PLAYER_CHUNK = /\/assets\/_virtual_bundle-player-[^/]*\.js$/;

/**
 * Waits until the service worker has cached the whole app (it is "ready" once installed and activated) and
 * controls this page: it claims open pages when it activates, and a reload hands it the page otherwise.
 */
async function waitForServiceWorker(page: Page) {
  const ready = () =>
    page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000)),
      ]),
    );
  await expect.poll(ready, { message: 'a service worker is active', timeout: 60_000 }).toBe(true);
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled, { message: 'the service worker controls the page' }).toBe(true);
}

test.skip(!haveFixtures, noFixturesMessage);

test('after one visit the editor opens offline on the saved deck and exports a bundle', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(path.join(fixturesDir, 'photos', PHOTO));
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem', { name: PHOTO, exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await photos.getByRole('button').first().click();
  await page.getByRole('button', { name: 'New slide' }).click();
  const slides = page.getByRole('list', { name: 'Slides' });
  await expect(slides.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('All changes saved')).toBeVisible();

  await waitForServiceWorker(page);
  await context.setOffline(true);
  // Every script the page loads from now on must come out of the service worker's cache.
  const playerChunks: { url: string; fromServiceWorker: boolean; status: number }[] = [];
  page.on('response', (response) => {
    if (PLAYER_CHUNK.test(new URL(response.url()).pathname)) {
      playerChunks.push({
        url: response.url(),
        fromServiceWorker: response.fromServiceWorker(),
        status: response.status(),
      });
    }
  });
  await page.reload();

  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
  await expect(photos.getByRole('listitem')).toHaveCount(1);
  await expect(photos.getByRole('listitem', { name: PHOTO, exact: true })).toBeVisible();
  await expect(slides.getByRole('listitem')).toHaveCount(1);
  await expect(slides.getByRole('listitem', { name: 'Slide 1' })).toBeVisible();

  // Export loads the player script chunk on demand: offline it has to come from the cache.
  await chooseDeckAction(page, 'Export bundle');
  const dialog = page.getByRole('dialog', { name: 'Export bundle' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Offline show');
  await dialog.getByRole('radio', { name: 'Email (long edge 1600 px)', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Single HTML file', exact: true }).uncheck();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Offline show.zip');
  await closeExportDone(page, 'Offline show.zip');

  expect(playerChunks.length).toBeGreaterThan(0);
  for (const chunk of playerChunks) expect(chunk).toMatchObject({ fromServiceWorker: true, status: 200 });

  const zipPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(zipPath);
  const zip = await readZip(zipPath);
  const player = await zip.file('player.js')?.async('string');
  expect(player?.length ?? 0).toBeGreaterThan(100_000);
  const deck = JSON.parse((await zip.file('deck.json')?.async('string')) ?? '{}') as {
    slides?: unknown[];
    photos?: Record<string, unknown>;
  };
  expect(deck.slides).toHaveLength(1);
  expect(Object.keys(deck.photos ?? {})).toHaveLength(1);
});
