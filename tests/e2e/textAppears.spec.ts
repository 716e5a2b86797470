// A caption on a quiz slide keeps the secret: added while the quiz is on it waits for the answer, and its
// Appears choice decides when the show draws it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';

test.skip(!haveFixtures, noFixturesMessage);
test.use({ viewport: { width: 1280, height: 720 } });

const PHOTOS = ['photos/welder-sparks_1024x684.jpg', 'photos/aitzgorri-mountains_3088x2056.jpg'];

/** How many pixels of the player's canvas are pure-ish green, the caption's colour (no photo here has it). */
async function greenPixels(page: Page, player: Locator): Promise<number> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shot = await player.locator('canvas').first().screenshot();
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 1]! > 200 && data[i]! < 90 && data[i + 2]! < 90) count += 1;
    }
    return count;
  }, shot.toString('base64'));
}

/** Presents from slide 1 and reads how green the screen is at each step, question to answer. */
async function greenAtEachStep(page: Page): Promise<number[]> {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const player = page.locator('[data-player]');
  await expect(player.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
  const seen: number[] = [];
  for (let step = 0; step <= 3; step += 1) {
    await expect(player).toHaveAttribute('data-step', String(step));
    // Past the photo's fade and the answer's arrival.
    await page.waitForTimeout(1500);
    seen.push(await greenPixels(page, player));
    if (step < 3) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  return seen;
}

test('a caption added to a quiz slide waits for the answer; From the start shows it throughout', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(PHOTOS.map((name) => path.join(fixturesDir, name)));
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(2, { timeout: 30_000 });
  await photos.getByRole('button').nth(0).click();
  await photos
    .getByRole('button')
    .nth(1)
    .click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'New slide' }).click();
  await page.getByRole('switch', { name: 'Quiz reveal' }).click();

  await page.getByRole('button', { name: 'Add text' }).click();
  await page.keyboard.type('Ana and Rui');
  await page.keyboard.press('Escape');
  const appears = page.getByLabel('Appears');
  await expect(appears).toHaveValue('answer');
  await expect(appears.locator('option')).toHaveText([
    'From the start',
    /^With photo 1 /,
    /^With photo 2 /,
    'With the answer',
  ]);
  await page.getByLabel('Text colour').fill('#00ff00');
  await page.getByLabel('Font size').fill('200');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Question, photo 1, photo 2: no caption; the answer: the caption, above the veiled collage.
  const waiting = await greenAtEachStep(page);
  expect(waiting.slice(0, 3), `green pixels per step: ${waiting}`).toEqual([0, 0, 0]);
  expect(waiting[3]).toBeGreaterThan(500);

  // Brought in with the second photo: hidden at the question and the first photo, shown from the second on.
  await expect(appears).toBeVisible();
  await appears.selectOption({ index: 2 });
  await expect(page.getByText('All changes saved')).toBeVisible();
  const withPhoto = await greenAtEachStep(page);
  expect(withPhoto.slice(0, 2), `green pixels per step: ${withPhoto}`).toEqual([0, 0]);
  expect(withPhoto[2]).toBeGreaterThan(500);

  // From the start: on the question and every photo; on the answer it is under the veil with the collage.
  await appears.selectOption('From the start');
  await expect(page.getByText('All changes saved')).toBeVisible();
  const always = await greenAtEachStep(page);
  for (const count of always.slice(0, 3)) {
    expect(count, `green pixels per step: ${always}`).toBeGreaterThan(500);
  }
  expect(always[3]).toBeLessThan(always[2]!);
});
