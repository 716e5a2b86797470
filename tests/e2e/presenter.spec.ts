// The presenter view as a presenter uses it: P opens a second window with the current and next step and the
// notes; either window drives the show and the other follows, in the app and in a bundle opened from file://.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { canvasShot } from './canvasShots';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { closeExportDone } from './exportDone';
import { unzipTo } from './unzipBundle';
import { openSection } from './inspectorSections';
import { chooseDeckAction } from './deckMenu';

test.skip(!haveFixtures, noFixturesMessage);

const PHOTOS = ['astronaut-eileen-collins', 'welder-sparks', 'hurricane-ridge'];
const NOTES = 'Wait for the first guess before the third photo.';

/** A deck of one quiz slide of three photos, with speaker notes, made through the editor like a person does. */
async function makeQuizSlide(page: Page) {
  const files = fixtureFiles('photos').filter((f) =>
    PHOTOS.some((name) => path.basename(f).startsWith(name)),
  );
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(files);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(3, { timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await photos.getByRole('button').nth(0).click();
  await photos
    .getByRole('button')
    .nth(2)
    .click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'New slide' }).click();
  await page.getByRole('switch', { name: 'Quiz reveal' }).click();
  await openSection(page, 'Presenting');
  await page.getByLabel('Speaker notes').fill(NOTES);
  await expect(page.getByText('All changes saved')).toBeVisible();
}

/**
 * How different two screenshots look, 0 (same) to 255, once both are scaled to one small size: the two
 * windows draw the slide at different sizes. Worked out in a page of the app's own origin, where data:
 * images can be read back.
 */
async function difference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 96;
        canvas.height = 54;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [x, y] = [await pixels(first), await pixels(second)];
      let total = 0;
      for (let i = 0; i < x.length; i += 1) total += Math.abs(x[i]! - y[i]!);
      return total / x.length;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** The presenter window opened by P in `show`, once it shows the same step as the show. */
async function openPresenter(show: Page): Promise<{ presenter: Page; view: Locator }> {
  const opened = show.context().waitForEvent('page');
  await show.keyboard.press('p');
  const presenter = await opened;
  const view = presenter.locator('[data-presenter]');
  await expect(view).toHaveAttribute('data-slide', '1');
  await expect(view).toHaveAttribute('data-step', '0');
  return { presenter, view };
}

/** Both windows drive the show and each follows the other. */
async function driveFromBothWindows(show: Page, player: Locator, presenter: Page, view: Locator) {
  await expect(view.getByRole('status')).toHaveText('Slide 1 of 1, question');
  await expect(view.getByRole('region', { name: 'Next step' })).toContainText('Slide 1 of 1, photo 1 of 3');
  await expect(view.getByRole('region', { name: 'Notes' })).toContainText(NOTES);
  await expect(view.getByRole('timer', { name: 'Elapsed time' })).toHaveText(/^\d+:\d\d$/);
  await expect(view.getByLabel('Clock')).toHaveText(/^\d\d:\d\d$/);

  await show.keyboard.press('PageDown');
  await expect(player).toHaveAttribute('data-step', '1');
  await expect(view).toHaveAttribute('data-step', '1');
  await expect(view.getByRole('status')).toHaveText('Slide 1 of 1, photo 1 of 3');

  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(player).toHaveAttribute('data-step', '2');
  await expect(view).toHaveAttribute('data-step', '2');

  await presenter.keyboard.press('PageDown');
  await expect(player).toHaveAttribute('data-step', '3');
  await expect(view).toHaveAttribute('data-step', '3');
  await presenter.keyboard.press('ArrowLeft');
  await expect(player).toHaveAttribute('data-step', '2');
  await expect(view).toHaveAttribute('data-step', '2');

  await presenter.getByRole('button', { name: 'Black screen' }).click();
  await expect(player.locator('[data-blank="black"]')).toHaveCount(1);
  await expect(view).toContainText('The audience sees a black screen');
  await presenter.getByRole('button', { name: 'Black screen' }).click();
  await expect(player.locator('[data-blank]')).toHaveCount(0);
  await expect(view).not.toContainText('The audience sees');
  await presenter.getByRole('button', { name: 'White screen' }).click();
  await expect(player.locator('[data-blank="white"]')).toHaveCount(1);
  await expect(view).toContainText('The audience sees a white screen');
  await presenter.getByRole('button', { name: 'White screen' }).click();
  await expect(player.locator('[data-blank]')).toHaveCount(0);

  await presenter.keyboard.press('End');
  await expect(player).toHaveAttribute('data-step', '4');
  await expect(view.getByRole('status')).toHaveText('Slide 1 of 1, answer');
  await expect(view.getByRole('region', { name: 'Next step' })).toContainText('End of the show');
  await presenter.keyboard.press('Home');
  await expect(player).toHaveAttribute('data-step', '0');
  await expect(view).toHaveAttribute('data-step', '0');
  await presenter.getByRole('button', { name: 'Next' }).click();
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(player).toHaveAttribute('data-step', '2');
}

/** The presenter's "Now" shows the pixels the audience sees, and its "Next" the step after them. */
async function expectSamePixels(judge: Page, player: Locator, view: Locator) {
  const shown = player.locator('canvas').first();
  const now = view.getByRole('region', { name: 'Current step' }).locator('canvas').first();
  const next = view.getByRole('region', { name: 'Next step' }).locator('canvas').first();
  // Polled: either window may still be decoding a photo or finishing a step's animation.
  const nowDifference = async () => difference(judge, await canvasShot(shown), await canvasShot(now));
  await expect.poll(nowDifference, { message: 'Now matches the show' }).toBeLessThan(6);
  const nextDifference = await difference(judge, await canvasShot(shown), await canvasShot(next));
  expect(nextDifference, 'Next shows another step than the show').toBeGreaterThan(
    (await nowDifference()) + 8,
  );
}

/** A page with no network, as at a venue, and the errors it reports. */
async function offlineShow(browser: Browser) {
  const offline = await browser.newContext({ offline: true, viewport: { width: 1280, height: 720 } });
  const show = await offline.newPage();
  const problems: string[] = [];
  offline.on('weberror', (error) => problems.push(error.error().message));
  offline.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { offline, show, problems };
}

test('the presenter view follows and drives the show in the app, and survives the show ending', async ({
  page,
}) => {
  await makeQuizSlide(page);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const player = page.locator('[data-player]');
  await expect(player).toHaveAttribute('data-step', '0');

  const { presenter, view } = await openPresenter(page);
  await driveFromBothWindows(page, player, presenter, view);
  await expectSamePixels(page, player, view);

  // Leaving the show tells the presenter; "Presenter view" starts again with the open window following.
  await page.keyboard.press('Escape');
  await expect(player).toHaveCount(0);
  await expect(presenter.getByRole('alert')).toContainText('The show has ended');
  await page.getByRole('button', { name: 'Presenter view' }).click();
  await expect(player).toHaveAttribute('data-step', '0');
  await expect(view).toHaveAttribute('data-step', '0');
  await expect(presenter.getByRole('alert')).toHaveCount(0);
  expect(page.context().pages()).toHaveLength(2);
  await page.keyboard.press('ArrowRight');
  await expect(view).toHaveAttribute('data-step', '1');

  // The show's page reloading (its last words may be lost) falls silent: the presenter notices.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Presenter view' })).toBeVisible();
  await expect(presenter.getByRole('alert')).toContainText('The show has ended');

  // Closing the show's window leaves the presenter saying so.
  await page.close();
  await expect(presenter.getByRole('alert')).toContainText('window was closed');
});

test('the presenter view works from an exported bundle opened from file://', async ({ page, browser }) => {
  await makeQuizSlide(page);
  const downloaded = page.waitForEvent('download');
  await chooseDeckAction(page, 'Export bundle');
  const dialog = page.getByRole('dialog', { name: 'Export bundle' });
  // Notes leave only when asked for: presenting from the bundle is what they are for.
  await dialog.getByRole('checkbox', { name: 'Include speaker notes' }).check();
  await expect(dialog.locator('#export-summary')).toContainText('speaker notes included');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloaded;
  await closeExportDone(page, download.suggestedFilename());
  const work = mkdtempSync(path.join(tmpdir(), 'presenter-e2e-'));
  const zipPath = path.join(work, 'bundle.zip');
  await download.saveAs(zipPath);
  await unzipTo(zipPath, path.join(work, 'bundle'));

  const { offline, show, problems } = await offlineShow(browser);
  await show.goto(pathToFileURL(path.join(work, 'bundle', 'index.html')).href);
  const player = show.locator('[data-player]');
  await expect(player).toHaveAttribute('data-step', '0');

  const { presenter, view } = await openPresenter(show);
  expect(presenter.url()).toBe(`${pathToFileURL(path.join(work, 'bundle', 'index.html')).href}#presenter`);
  await driveFromBothWindows(show, player, presenter, view);
  await expectSamePixels(page, player, view);

  // The show's page reloaded (starting over) finds the presenter window still open and drives it again.
  await show.reload();
  await expect(player).toHaveAttribute('data-step', '0');
  await expect(view).toHaveAttribute('data-step', '0');
  await expect(presenter.getByRole('alert')).toHaveCount(0);
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(player).toHaveAttribute('data-step', '1');
  expect(problems).toEqual([]);
  await offline.close();
});

test('the presenter view shows the photos of a single HTML file opened from file://', async ({
  page,
  browser,
}) => {
  await makeQuizSlide(page);
  const downloaded = page.waitForEvent('download');
  await chooseDeckAction(page, 'Export bundle');
  const dialog = page.getByRole('dialog', { name: 'Export bundle' });
  await dialog.getByRole('checkbox', { name: 'Single HTML file', exact: true }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloaded;
  await closeExportDone(page, download.suggestedFilename());
  const work = mkdtempSync(path.join(tmpdir(), 'presenter-single-e2e-'));
  const htmlPath = path.join(work, 'show.html');
  await download.saveAs(htmlPath);

  const { offline, show, problems } = await offlineShow(browser);
  await show.goto(pathToFileURL(htmlPath).href);
  const player = show.locator('[data-player]');
  await expect(player).toHaveAttribute('data-step', '0');

  // The presenter window is the same file: it draws the photos it carries itself, as the show does.
  const { view } = await openPresenter(show);
  await show.keyboard.press('ArrowRight');
  await show.keyboard.press('ArrowRight');
  await expect(player).toHaveAttribute('data-step', '2');
  await expect(view).toHaveAttribute('data-step', '2');
  await expectSamePixels(page, player, view);
  expect(problems).toEqual([]);
  await offline.close();
});

test.describe('at the end of the show, on a venue laptop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the presenter view shows the end inside the Next preview; notes, timer, clock and buttons stay usable', async ({
    page,
  }) => {
    await makeQuizSlide(page);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const player = page.locator('[data-player]');
    const { presenter, view } = await openPresenter(page);
    await presenter.keyboard.press('End');
    await expect(player).toHaveAttribute('data-step', '4');
    await expect(view).toHaveAttribute('data-step', '4');

    const next = view.getByRole('region', { name: 'Next step' });
    const end = next.locator('[data-end-of-show]');
    await expect(end).toContainText('End of the show');
    const endBox = (await end.boundingBox())!;
    const nextBox = (await next.boundingBox())!;
    expect(endBox.x).toBeGreaterThanOrEqual(nextBox.x);
    expect(endBox.y).toBeGreaterThanOrEqual(nextBox.y);
    expect(endBox.x + endBox.width).toBeLessThanOrEqual(nextBox.x + nextBox.width + 1);
    expect(endBox.y + endBox.height).toBeLessThanOrEqual(nextBox.y + nextBox.height + 1);

    // Each control is on screen and is what a click at its centre lands on: nothing lies over it.
    const controls = [
      view.getByRole('region', { name: 'Notes' }),
      view.getByRole('timer', { name: 'Elapsed time' }),
      view.getByLabel('Clock'),
      presenter.getByRole('button', { name: 'Previous' }),
      presenter.getByRole('button', { name: 'Next', exact: true }),
      presenter.getByRole('button', { name: 'Pause' }),
    ];
    for (const control of controls) {
      await expect(control).toBeInViewport();
      const reachable = await control.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return hit !== null && (hit === element || element.contains(hit));
      });
      expect(reachable, await control.evaluate((element) => element.outerHTML.slice(0, 80))).toBe(true);
    }
    await expect(view.getByRole('region', { name: 'Notes' })).toContainText(NOTES);

    // Previous works from the end, by a click.
    await presenter.getByRole('button', { name: 'Previous' }).click();
    await expect(player).toHaveAttribute('data-step', '3');
    await expect(view).toHaveAttribute('data-step', '3');
    await expect(end).toHaveCount(0);
  });
});
