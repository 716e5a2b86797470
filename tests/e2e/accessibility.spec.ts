// axe-core on every screen a person meets: the home screen, the editor (its Deck menu open too), the Export bundle dialog, present mode and the exported
// bundle's player opened from file://. No serious or critical violation may remain on any of them, and none at all
// (moderate and minor too, such as content outside landmarks) on present mode and the bundle's player.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { canvasShot, expectCanvas } from './canvasShots';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { unzipTo } from './unzipBundle';
import { closeExportDone } from './exportDone';
import { chooseDeckAction, openDeckMenu } from './deckMenu';

const PHOTOS = [
  'photos/aitzgorri-mountains_3088x2056.jpg',
  'photos/wine-room_portrait_2560x3837.jpg',
  'photos/welder-sparks_1024x684.jpg',
];

/** A quiz slide of three photos, with its answer, saved. */
async function makeDeck(page: Page) {
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(PHOTOS.map((name) => path.join(fixturesDir, name)));
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(PHOTOS.length, { timeout: 90_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const photoButtons = photos.getByRole('button');
  await photoButtons.nth(0).click();
  await photoButtons.nth(PHOTOS.length - 1).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'New slide', exact: true }).click();
  await page.getByRole('switch', { name: 'Quiz reveal', exact: true }).click();
  await page.getByRole('textbox', { name: 'Answer', exact: true }).fill('Places we went');
  await expect(page.getByText('All changes saved')).toBeVisible();
}

/** Runs axe on the page as it is now and fails naming every serious or critical violation and where it is. */
async function expectNoSeriousViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
  expect(serious, `serious or critical axe violations on ${screen}:\n${report}`).toEqual([]);
}

/**
 * Runs axe and fails naming every violation of any impact, moderate and minor too: the player's screens are clean
 * of all of them (all their content is inside the player's main landmark, among others).
 */
async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
  expect(violations, `axe violations on ${screen}:\n${report}`).toEqual([]);
}

/** Presses Tab until `target` has the focus (at most `limit` times), as a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('accessibility (axe-core)', () => {
  test.skip(!haveFixtures, noFixturesMessage);

  test('the editor and the Export bundle dialog have no serious violations, present mode none at all', async ({
    page,
  }) => {
    await makeDeck(page);
    // With a photo on the canvas selected too, so the floating toolbar and the inspector's item panels show.
    const canvas = page.getByRole('region', { name: 'Slide canvas' }).locator('canvas').first();
    await canvas.click({ position: { x: 20, y: 20 } });
    await expectNoSeriousViolations(page, 'the editor');
    const deckMenu = await openDeckMenu(page);
    await expectNoSeriousViolations(page, 'the editor with its Deck menu open');
    await page.keyboard.press('Escape');
    await expect(deckMenu).toBeHidden();

    await chooseDeckAction(page, 'Export bundle');
    const dialog = page.getByRole('dialog', { name: 'Export bundle' });
    await expect(dialog).toBeVisible();
    await expect(
      dialog.getByRole('radio', { name: 'Original photos', exact: true }),
    ).toHaveAccessibleDescription(/^about /);
    await expectNoSeriousViolations(page, 'the Export bundle dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const player = page.locator('[data-player]');
    await expect(player).toHaveAttribute('data-slide', '1');
    await expect(player.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
    await expectNoViolations(page, 'present mode (question)');
    await page.keyboard.press('ArrowRight');
    await expect(player).toHaveAttribute('data-step', '1');
    await expectNoViolations(page, 'present mode (first photo)');

    // With each reveal the player says the alt text of the photo that came in (by default its file name
    // without the extension), after the status; then the answer.
    const description = player.locator('[data-step-description]');
    await expect(description).toHaveAttribute('aria-live', 'polite');
    const said: string[] = [];
    for (let step = 1; step <= PHOTOS.length; step += 1) {
      if (step > 1) await page.keyboard.press('ArrowRight');
      await expect(player).toHaveAttribute('data-step', String(step));
      await expect(player.getByRole('status')).toHaveText(`Slide 1 of 1, photo ${step} of ${PHOTOS.length}`);
      said.push((await description.textContent()) ?? '');
    }
    expect(said.sort()).toEqual(PHOTOS.map((name) => `${path.basename(name, '.jpg')}.`).sort());
    await page.keyboard.press('ArrowRight');
    await expect(description).toHaveText('Answer: Places we went.');
    await expectNoViolations(page, 'present mode (answer)');

    // The slide overview (O) over the show.
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: 'Slide overview' });
    await expect(overview).toBeVisible();
    await expectNoViolations(page, 'the slide overview');
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
  });

  test('the home screen, with its delete question open too, has no serious violations', async ({ page }) => {
    await makeDeck(page);
    await chooseDeckAction(page, 'All decks');
    await expect(page.getByRole('heading', { name: 'Your decks', exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Decks', exact: true }).getByRole('listitem')).toHaveCount(1);
    await expectNoSeriousViolations(page, 'the home screen');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Delete this deck?' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the delete question');
  });

  test("the exported bundle's player, opened from file://, has no violations at all", async ({
    page,
    browser,
  }) => {
    await makeDeck(page);
    await chooseDeckAction(page, 'Export bundle');
    const dialog = page.getByRole('dialog', { name: 'Export bundle' });
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    await closeExportDone(page, download.suggestedFilename());
    const work = mkdtempSync(path.join(tmpdir(), 'common-thread-a11y-'));
    const folder = path.join(work, 'bundle');
    await unzipTo(await download.path(), folder);

    const offline = await browser.newContext({ offline: true });
    const bundle = await offline.newPage();
    await bundle.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    const player = bundle.locator('[data-player]');
    await expect(player).toHaveAttribute('data-slide', '1');
    await expect(bundle.locator('#first-slide')).toHaveCount(0);
    await expectNoViolations(bundle, "the bundle's player (question)");
    await bundle.keyboard.press('ArrowRight');
    await expect(player).toHaveAttribute('data-step', '1');
    await expectNoViolations(bundle, "the bundle's player (first photo)");
    await offline.close();
  });

  test('the canvas takes the focus with a visible ring; Tab selects, + resizes, arrows move, Delete deletes', async ({
    page,
  }) => {
    await makeDeck(page);
    const area = page.getByRole('region', { name: 'Slide canvas' });
    const canvasBox = area.getByRole('application', { name: 'Canvas', exact: true });
    const canvas = area.locator('canvas').first();
    const said = area.getByRole('status');
    await page.getByRole('button', { name: 'Present', exact: true }).focus();
    await tabTo(page, canvasBox);
    const ring = await canvasBox.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await expect(canvasBox).toHaveAccessibleDescription(/Tab and Shift\+Tab select the items/);

    // Tab and Shift+Tab step through the items, the focus staying on the canvas.
    await page.keyboard.press('Tab');
    await expect(said).toHaveText(/^Photo 1 of 3 selected: /);
    await page.keyboard.press('Tab');
    await expect(said).toHaveText(/^Photo 2 of 3 selected: /);
    await page.keyboard.press('Shift+Tab');
    await expect(said).toHaveText(/^Photo 1 of 3 selected: /);
    await expect(canvasBox).toBeFocused();
    const selected = await canvasShot(canvas);

    await page.keyboard.press('+');
    await expectCanvas(canvas, selected, false, '+ made the photo bigger');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expectCanvas(canvas, selected, true, 'each resize is one undo step');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expectCanvas(canvas, selected, false, 'arrows moved the photo');
    await page.keyboard.press('Control+z');
    await expectCanvas(canvas, selected, true, 'undo put it back');

    await page.keyboard.press('Delete');
    await expect(said).toHaveText('');
    await page.keyboard.press('Tab');
    await expect(said).toHaveText(/^Photo 1 of 2 selected: /);
    // Past the last item the focus moves on, to the canvas's own toolbar: no keyboard trap.
    await page.keyboard.press('Tab');
    await expect(said).toHaveText(/^Photo 2 of 2 selected: /);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('toolbar', { name: 'Arrange' }).locator(':focus')).toHaveCount(1);
  });
});
