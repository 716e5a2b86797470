// The whole journey as a person does it: photos in → collage → quiz reveal → present → bundle out → bundle back in.
import { expect, test, type ConsoleMessage, type Locator, type Page } from '@playwright/test';
import type JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { badFileNames, fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { closeExportDone } from './exportDone';
import { readZip, unzipTo } from './unzipBundle';
import { chooseDeckAction, deckMenuButton } from './deckMenu';

test.skip(!haveFixtures, noFixturesMessage);

async function stepThroughPlayer(
  page: Page,
  player: Locator,
  slideCount: number,
  photoCount: number,
  key: string,
) {
  const canvas = player.locator('canvas').first();
  await expect(player).toHaveAttribute('data-step', '0');
  await expect(player.getByRole('status')).toHaveText(`Slide 1 of ${slideCount}, question`);
  let previous = await canvas.screenshot();
  for (let step = 1; step <= photoCount + 1; step += 1) {
    await page.keyboard.press(key);
    await expect(player).toHaveAttribute('data-step', String(step));
    const label = step <= photoCount ? `photo ${step} of ${photoCount}` : 'answer';
    await expect(player.getByRole('status')).toHaveText(`Slide 1 of ${slideCount}, ${label}`);
    // Each step must change what the screen shows: wait until the canvas differs from the step before.
    await expect
      .poll(async () => !(await canvas.screenshot()).equals(previous), {
        message: `pixels change at step ${step}`,
      })
      .toBe(true);
    previous = await canvas.screenshot();
  }
}

test('photos in → collage → quiz → present → bundle → reload → open bundle', async ({ page, browser }) => {
  const goodPhotos = [
    ...fixtureFiles('photos'),
    ...fixtureFiles('bad').filter((f) => !badFileNames.includes(path.basename(f))),
  ];
  const badFiles = fixtureFiles('bad').filter((f) => badFileNames.includes(path.basename(f)));

  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles([...fixtureFiles('photos'), ...fixtureFiles('bad')]);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(goodPhotos.length, { timeout: 90_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  for (const file of goodPhotos) {
    await expect(photos.getByRole('listitem', { name: path.basename(file), exact: true })).toBeVisible();
  }
  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveCount(badFiles.length);
  for (const file of badFiles) {
    await expect(alerts.filter({ hasText: path.basename(file) })).toHaveCount(1);
  }
  await expect(alerts.filter({ hasText: 'script-in-svg.svg' })).toContainText('SVG');
  await expect(alerts.filter({ hasText: 'truncated' })).toContainText('cut short');

  // A collage of the first eight photos: click the first, Shift-click the eighth.
  const photoButtons = photos.getByRole('button');
  await photoButtons.nth(0).click();
  await photoButtons.nth(7).click({ modifiers: ['Shift'] });
  await expect(photos.getByRole('button', { pressed: true })).toHaveCount(8);
  await page.getByRole('button', { name: 'New slide' }).click();
  const slides = page.getByRole('list', { name: 'Slides' });
  await expect(slides.getByRole('listitem')).toHaveCount(1);
  await expect(slides.getByRole('listitem', { name: 'Slide 1' })).toBeVisible();

  await page.getByRole('switch', { name: 'Quiz reveal' }).click();
  await expect(page.getByRole('switch', { name: 'Quiz reveal' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('textbox', { name: 'Question', exact: true })).toHaveValue(
    'What do these photos have in common?',
  );
  await page
    .getByRole('textbox', { name: 'Question', exact: true })
    .fill('What do these eight photos have in common?');
  await page.getByRole('textbox', { name: 'Answer', exact: true }).fill('10 years of Ana and Rui!');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Present from the question through every photo to the answer, with the keyboard.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const player = page.locator('[data-player]');
  await expect(player).toHaveAttribute('data-slide', '1');
  await stepThroughPlayer(page, player, 1, 8, 'ArrowRight');
  await page.keyboard.press('PageUp');
  await expect(player).toHaveAttribute('data-step', '8');
  await page.keyboard.press('Escape');
  await expect(player).toHaveCount(0);
  await expect(deckMenuButton(page)).toBeVisible();

  // Export the bundle and look inside.
  const downloadPromise = page.waitForEvent('download');
  await chooseDeckAction(page, 'Export bundle');
  await page
    .getByRole('dialog', { name: 'Export bundle' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Untitled deck.zip');
  const work = mkdtempSync(path.join(tmpdir(), 'common-thread-e2e-'));
  const zipPath = path.join(work, download.suggestedFilename());
  await download.saveAs(zipPath);
  await closeExportDone(page, 'Untitled deck.zip');
  const zip = await readZip(zipPath);
  const deckJson = JSON.parse(await zip.file('deck.json')!.async('string'));
  expect(deckJson.slides).toHaveLength(1);
  expect(deckJson.slides[0].reveal.answer.title).toBe('10 years of Ana and Rui!');
  // Only the eight photos the slide shows leave, not the library's ten, under neutral names.
  expect(Object.keys(deckJson.photos)).toHaveLength(8);
  const names = Object.values(deckJson.photos).map((photo) => (photo as { fileName: string }).fileName);
  expect(names.sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'].map((n) => `photo-${n}.jpg`));
  expect(Object.keys(zip.files).filter((name) => name.startsWith('media/'))).toHaveLength(8);
  const unzipped = path.join(work, 'bundle');
  await unzipTo(zipPath, unzipped);

  // The bundle's index.html plays from file:// with no server and no network.
  const offline = await browser.newContext({ offline: true, viewport: { width: 1280, height: 720 } });
  const bundlePage = await offline.newPage();
  const problems: string[] = [];
  bundlePage.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  bundlePage.on('pageerror', (error) => problems.push(error.message));
  await bundlePage.goto(pathToFileURL(path.join(unzipped, 'index.html')).href);
  await expect(bundlePage).toHaveTitle('Untitled deck');
  const bundlePlayer = bundlePage.locator('[data-player]');
  await stepThroughPlayer(bundlePage, bundlePlayer, 1, 8, 'PageDown');
  expect(problems).toEqual([]);
  await offline.close();

  // Reloading the editor finds the deck as it was left.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(
    goodPhotos.length,
  );
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('switch', { name: 'Quiz reveal' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('textbox', { name: 'Question', exact: true })).toHaveValue(
    'What do these eight photos have in common?',
  );
  await expect(page.getByRole('textbox', { name: 'Answer', exact: true })).toHaveValue(
    '10 years of Ana and Rui!',
  );

  // A fresh browser (no saved deck) opens the bundle and finds the same slides and photos.
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const freshPage = await fresh.newPage();
  await freshPage.goto('/');
  await freshPage.getByLabel('Open bundle').setInputFiles(zipPath);
  await expect(freshPage.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(8, {
    timeout: 90_000,
  });
  await expect(freshPage.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(1);
  await expect(freshPage.getByRole('textbox', { name: 'Answer', exact: true })).toHaveValue(
    '10 years of Ana and Rui!',
  );
  await expect(freshPage.getByRole('alert')).toHaveCount(0);

  // Exporting the opened bundle again gives the same bytes, deck.json and zip alike.
  const againPromise = freshPage.waitForEvent('download');
  await chooseDeckAction(freshPage, 'Export bundle');
  await freshPage
    .getByRole('dialog', { name: 'Export bundle' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const againPath = path.join(work, 'again.zip');
  await (await againPromise).saveAs(againPath);
  await closeExportDone(freshPage, 'Untitled deck.zip');
  const again = await readZip(againPath);
  expect(await again.file('deck.json')!.async('string')).toBe(await zip.file('deck.json')!.async('string'));
  const mediaNames = (z: JSZip) =>
    Object.keys(z.files)
      .filter((n) => n.startsWith('media/'))
      .sort();
  expect(mediaNames(again)).toEqual(mediaNames(zip));
  for (const name of mediaNames(zip)) {
    const before = await zip.file(name)!.async('nodebuffer');
    const after = await again.file(name)!.async('nodebuffer');
    expect(after.equals(before), `${name} is byte-identical`).toBe(true);
  }
  expect(readFileSync(againPath).equals(readFileSync(zipPath)), 'the whole zip is byte-identical').toBe(true);
  await fresh.close();
});
