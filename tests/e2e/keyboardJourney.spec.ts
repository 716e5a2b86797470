// The journey of journey.spec.ts done by keyboard alone: photos in → collage → quiz → arrange on the canvas →
// present → bundle out → play it → reload → open the bundle. Nothing is clicked; the focus moves only by Tab,
// and the file inputs (which open a system dialog) get their files once the keyboard has focused them.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { canvasShot, expectCanvas } from './canvasShots';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { unzipTo } from './unzipBundle';

test.skip(!haveFixtures, noFixturesMessage);

const PHOTOS = [
  'photos/aitzgorri-mountains_3088x2056.jpg',
  'photos/evening-glow-boats_2560x1600.jpg',
  'photos/welder-sparks_1024x684.jpg',
  'photos/astronaut-eileen-collins_square_512x512.jpg',
].map((name) => path.join(fixturesDir, name));
const ANSWER = '10 years of Ana and Rui!';

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user gets there; fails when it
 * never does, i.e. when the control cannot be reached by keyboard.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, 'reachable with the Tab key').toBeFocused();
}

/** Steps from the question through every photo to the answer with `key`, checking what the player says. */
async function playByKeyboard(page: Page, key: string) {
  const player = page.locator('[data-player]');
  const status = player.getByRole('status');
  await expect(status).toHaveText('Slide 1 of 1, question');
  const alts: string[] = [];
  for (let step = 1; step <= PHOTOS.length; step += 1) {
    await page.keyboard.press(key);
    await expect(player).toHaveAttribute('data-step', String(step));
    await expect(status).toHaveText(`Slide 1 of 1, photo ${step} of ${PHOTOS.length}`);
    alts.push((await player.locator('[data-step-description]').textContent()) ?? '');
  }
  // Each photo's alt text (its file name without the extension unless edited) is said as it comes in.
  expect(alts.sort()).toEqual(PHOTOS.map((file) => `${path.basename(file, '.jpg')}.`).sort());
  await page.keyboard.press(key);
  await expect(status).toHaveText('Slide 1 of 1, answer');
  await expect(player.locator('[data-step-description]')).toHaveText(`Answer: ${ANSWER}`);
}

test('the whole journey by keyboard alone', async ({ page, browser }) => {
  await page.goto('/');

  // Photos in: the focused file input takes the files as its system dialog would.
  const addPhotos = page.getByLabel('Add photos');
  await tabTo(page, addPhotos);
  await addPhotos.setInputFiles(PHOTOS);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(PHOTOS.length, { timeout: 90_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  // A collage of them all.
  await tabTo(page, page.getByRole('button', { name: 'Select all', exact: true }));
  await page.keyboard.press('Enter');
  await expect(photos.getByRole('button', { pressed: true })).toHaveCount(PHOTOS.length);
  await tabTo(page, page.getByRole('button', { name: 'New slide', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  const slides = page.getByRole('list', { name: 'Slides' });
  await expect(slides.getByRole('listitem')).toHaveCount(1);

  // The quiz: reveal on, the answer typed.
  const quiz = page.getByRole('switch', { name: 'Quiz reveal', exact: true });
  await tabTo(page, quiz);
  await page.keyboard.press('Space');
  await expect(quiz).toHaveAttribute('aria-checked', 'true');
  await tabTo(page, page.getByRole('textbox', { name: 'Answer', exact: true }));
  await page.keyboard.type(ANSWER);
  await expect(page.getByRole('textbox', { name: 'Answer', exact: true })).toHaveValue(ANSWER);

  // On the canvas: select a photo with Tab, make it bigger, move it, then undo both.
  const canvasBox = page.getByRole('application', { name: 'Canvas', exact: true });
  const canvas = page.getByRole('region', { name: 'Slide canvas' }).locator('canvas').first();
  const said = page.getByRole('region', { name: 'Slide canvas' }).getByRole('status');
  // On the way back the inspector's reveal rows each selected their photo as they took the focus.
  await tabTo(page, canvasBox, { backwards: true });
  const before = (await said.textContent()) ?? '';
  // Tab past the last item would leave the canvas, so from the last one step back instead.
  await page.keyboard.press(before.startsWith('Photo 4 of 4') ? 'Shift+Tab' : 'Tab');
  await expect(said).toHaveText(/^Photo [1-4] of 4 selected: /);
  await expect(said).not.toHaveText(before);
  const selected = await canvasShot(canvas);
  await page.keyboard.press('+');
  await page.keyboard.press('Shift+ArrowLeft');
  await expectCanvas(canvas, selected, false, 'the photo was resized and moved');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expectCanvas(canvas, selected, true, 'two undos put it back');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Present with the keyboard, from the question to the answer, and leave with Esc.
  await tabTo(page, page.getByRole('button', { name: 'Present', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  const player = page.locator('[data-player]');
  await expect(player).toHaveAttribute('data-slide', '1');
  await expect(player).toHaveAttribute('data-step', '0');
  await playByKeyboard(page, 'ArrowRight');
  await page.keyboard.press('Escape');
  await expect(player).toHaveCount(0);

  // Export the bundle through its dialog.
  await tabTo(page, page.getByRole('button', { name: 'Export bundle', exact: true }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export bundle' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  // Tab lands on the group's checked radio; the arrows pick another, as in any radio group.
  await tabTo(page, dialog.getByRole('radio', { checked: true }));
  const email = dialog.getByRole('radio', { name: 'Email (long edge 1600 px)', exact: true });
  for (let i = 0; i < 3 && !(await email.isChecked()); i += 1) await page.keyboard.press('ArrowDown');
  await expect(email).toBeChecked();
  await expect(email).toBeFocused();
  const downloading = page.waitForEvent('download');
  await tabTo(page, dialog.getByRole('button', { name: 'Export', exact: true }));
  await page.keyboard.press('Enter');
  const download = await downloading;
  await expect(dialog).toBeHidden();
  const work = mkdtempSync(path.join(tmpdir(), 'common-thread-keyboard-'));
  const zipPath = path.join(work, download.suggestedFilename());
  await download.saveAs(zipPath);
  const folder = path.join(work, 'bundle');
  await unzipTo(zipPath, folder);

  // The bundle plays from file:// with a clicker's key.
  const offline = await browser.newContext({ offline: true });
  const bundle = await offline.newPage();
  await bundle.goto(pathToFileURL(path.join(folder, 'index.html')).href);
  await expect(bundle.locator('[data-player]')).toHaveAttribute('data-step', '0');
  await playByKeyboard(bundle, 'PageDown');
  await offline.close();

  // Reloading finds the deck as it was left.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Answer', exact: true })).toHaveValue(ANSWER);

  // A fresh browser opens the bundle from the focused Open bundle input.
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const freshPage = await fresh.newPage();
  await freshPage.goto('/');
  const openBundle = freshPage.getByLabel('Open bundle');
  await tabTo(freshPage, openBundle);
  await openBundle.setInputFiles(zipPath);
  await expect(freshPage.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(
    PHOTOS.length,
    { timeout: 90_000 },
  );
  await expect(freshPage.getByRole('textbox', { name: 'Answer', exact: true })).toHaveValue(ANSWER);
  await expect(freshPage.getByRole('alert')).toHaveCount(0);
  await fresh.close();
});
