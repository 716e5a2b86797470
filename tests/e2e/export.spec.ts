// Export through the dialog with each preset, then play the bundle to the end from file:// and from a web
// host under a sub-path, and the single HTML file too, with no Content-Security-Policy violation anywhere.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { unzipTo } from './unzipBundle';
import { closeExportDone } from './exportDone';
import { chooseDeckAction } from './deckMenu';

const PHOTOS = [
  'photos/aitzgorri-mountains_3088x2056.jpg',
  'photos/wine-room_portrait_2560x3837.jpg',
  'photos/welder-sparks_1024x684.jpg',
  'orientation/Landscape_6.jpg',
  'formats/paris_icc-exif-xmp_403x302.avif',
];
const PRESETS = [
  { label: 'Original photos', longEdge: Infinity },
  { label: 'High (long edge 2560 px)', longEdge: 2560 },
  { label: 'Email (long edge 1600 px)', longEdge: 1600 },
];
const SUB_PATH = '/some/sub/path/';

type DeckJson = {
  slides: { items: unknown[]; reveal: { order: unknown[] } | null }[];
  photos: Record<string, { width: number; height: number }>;
};

/** Two slides: a quiz of the first three photos and a collage of the rest. */
async function makeDeck(page: Page) {
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(PHOTOS.map((name) => path.join(fixturesDir, name)));
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(PHOTOS.length, { timeout: 90_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const photoButtons = photos.getByRole('button');
  await photoButtons.nth(0).click();
  await photoButtons.nth(2).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'New slide' }).click();
  await page.getByRole('switch', { name: 'Quiz reveal' }).click();
  await page.getByRole('textbox', { name: 'Answer', exact: true }).fill('Places we went');
  await photoButtons.nth(3).click();
  await photoButtons.nth(4).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'New slide' }).click();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText('All changes saved')).toBeVisible();
}

/** Opens the dialog, sets the title, picks the preset (and the single file), exports and saves the download. */
async function exportWith(page: Page, preset: string, singleFile: boolean, folder: string): Promise<string> {
  await chooseDeckAction(page, 'Export bundle');
  const dialog = page.getByRole('dialog', { name: 'Export bundle' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Our trips');
  for (const { label } of PRESETS) {
    await expect(dialog.getByRole('radio', { name: label, exact: true })).toHaveAccessibleDescription(
      /^about \d+(\.\d)? (kB|MB)$/,
    );
  }
  await dialog.getByRole('radio', { name: preset, exact: true }).check();
  const box = dialog.getByRole('checkbox', { name: 'Single HTML file', exact: true });
  if (singleFile) await box.check();
  else await box.uncheck();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(singleFile ? 'Our trips.html' : 'Our trips.zip');
  const target = path.join(folder, download.suggestedFilename());
  await download.saveAs(target);
  await closeExportDone(page, download.suggestedFilename());
  return target;
}

/** A page in a fresh context that records CSP violations and errors (listener set before any script runs). */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { page, problems };
}

/** Plays from the first step to the last with the arrow key, then checks the player stays at the end. */
async function playToTheEnd(page: Page, deck: DeckJson) {
  const player = page.locator('[data-player]');
  await expect(player).toBeVisible();
  await expect(player).toHaveAttribute('data-slide', '1');
  await expect(player).toHaveAttribute('data-step', '0');
  // The first-slide picture shown while the player started is gone once the player has drawn that slide.
  await expect(page.locator('#first-slide')).toHaveCount(0);
  for (const [index, slide] of deck.slides.entries()) {
    const steps = slide.reveal ? slide.reveal.order.length + 1 : 0;
    for (let step = 1; step <= steps; step++) {
      await page.keyboard.press('ArrowRight');
      await expect(player).toHaveAttribute('data-step', String(step));
    }
    if (index < deck.slides.length - 1) {
      await page.keyboard.press('ArrowRight');
      await expect(player).toHaveAttribute('data-slide', String(index + 2));
      await expect(player).toHaveAttribute('data-step', '0');
    }
  }
  await page.keyboard.press('ArrowRight');
  await expect(player).toHaveAttribute('data-slide', String(deck.slides.length));
  // Every photo was drawn: no image failed to load.
  expect(await player.locator('canvas').count()).toBeGreaterThan(0);
}

/** Serves `folder` under SUB_PATH only, as a static web host would. */
async function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const relative = decodeURIComponent(url.pathname).slice(SUB_PATH.length) || 'index.html';
    const file = path.join(folder, relative);
    if (
      !url.pathname.startsWith(SUB_PATH) ||
      !file.startsWith(folder) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      response.writeHead(404).end();
      return;
    }
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.jpg': 'image/jpeg',
    };
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

test.describe('exporting a bundle', () => {
  test.skip(!haveFixtures, noFixturesMessage);

  for (const { label, longEdge } of PRESETS) {
    test(`"${label}": the zip plays to the end from file:// and from a web host's sub-path`, async ({
      page,
      browser,
    }) => {
      await makeDeck(page);
      const work = mkdtempSync(path.join(tmpdir(), 'common-thread-export-'));
      const zipPath = await exportWith(page, label, false, work);
      const folder = path.join(work, 'bundle');
      const zip = await unzipTo(zipPath, folder);
      expect(
        Object.keys(zip.files)
          .filter((name) => !name.startsWith('media/'))
          .sort(),
      ).toEqual(['README.txt', 'deck.json', 'first-slide.jpg', 'index.html', 'player.js']);
      const deck = JSON.parse(readFileSync(path.join(folder, 'deck.json'), 'utf8')) as DeckJson;
      expect(Object.keys(deck.photos)).toHaveLength(PHOTOS.length);
      for (const photo of Object.values(deck.photos)) {
        expect(Math.max(photo.width, photo.height)).toBeLessThanOrEqual(longEdge);
      }
      expect(readFileSync(path.join(folder, 'index.html'), 'utf8')).toContain('<title>Our trips</title>');

      const offline = await browser.newContext({ offline: true });
      const local = await watchedPage(offline);
      await local.page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
      await playToTheEnd(local.page, deck);
      expect(local.problems).toEqual([]);
      await offline.close();

      const server = await serve(folder);
      try {
        const hosted = await browser.newContext();
        const web = await watchedPage(hosted);
        const { port } = server.address() as AddressInfo;
        await web.page.goto(`http://127.0.0.1:${port}${SUB_PATH}`);
        await playToTheEnd(web.page, deck);
        expect(web.problems).toEqual([]);
        await hosted.close();
      } finally {
        server.close();
      }
    });
  }

  test('the zip shows its first slide at once as a picture, which the player then draws the same', async ({
    page,
    browser,
  }) => {
    await makeDeck(page);
    const work = mkdtempSync(path.join(tmpdir(), 'common-thread-first-slide-'));
    const zipPath = await exportWith(page, 'Email (long edge 1600 px)', false, work);
    const folder = path.join(work, 'bundle');
    await unzipTo(zipPath, folder);
    // The same page with its player script left behind, as when index.html is opened from inside the zip.
    const stranded = path.join(work, 'stranded');
    await unzipTo(zipPath, stranded);
    rmSync(path.join(stranded, 'player.js'));
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 720 } });
    const lower = { x: 0, y: 360, width: 1280, height: 360 };

    const alone = await context.newPage();
    await alone.goto(pathToFileURL(path.join(stranded, 'index.html')).href);
    const picture = alone.locator('#first-slide');
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1920);
    const pictureShot = await alone.screenshot({ clip: lower });
    // The hint that the bundle must be unzipped first still shows, over the picture.
    await expect(alone.getByText(/^Loading the slideshow… If this stays, unzip/)).toBeVisible();

    const played = await context.newPage();
    await played.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    await expect(played.locator('#first-slide')).toHaveCount(0);
    await expect(played.locator('[data-player] [aria-busy]')).toHaveAttribute('aria-busy', 'false');
    const playerShot = await played.screenshot({ clip: lower });
    expect(await meanDifference(played, pictureShot, playerShot)).toBeLessThan(4);
    // Whoever opened it is told how to start, for a few seconds; then the slide is left alone.
    const hint = played.locator('[data-start-hint]');
    await expect(hint).toBeVisible();
    await expect(hint).toHaveText('Press → or click to start');
    await expect(hint).toBeHidden({ timeout: 10_000 });
    await expect(played.locator('[data-player]')).toHaveAttribute('data-step', '0');
    await context.close();
  });

  test('the single HTML file plays to the end on its own, with its strict policy', async ({
    page,
    browser,
  }) => {
    await makeDeck(page);
    const work = mkdtempSync(path.join(tmpdir(), 'common-thread-single-'));
    const htmlPath = await exportWith(page, 'Email (long edge 1600 px)', true, work);
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    const deckText = /id="common-thread-deck">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
    const deck = JSON.parse(deckText) as DeckJson;
    // Alone in a folder of its own: nothing beside it to load.
    const alone = path.join(work, 'alone');
    mkdirSync(alone);
    writeFileSync(path.join(alone, 'show.html'), html);
    const offline = await browser.newContext({ offline: true });
    const { page: show, problems } = await watchedPage(offline);
    await show.goto(pathToFileURL(path.join(alone, 'show.html')).href);
    await playToTheEnd(show, deck);
    expect(problems).toEqual([]);
    await offline.close();
  });

  test('Cancel stops the export, and Esc closes the dialog', async ({ page }) => {
    await makeDeck(page);
    await chooseDeckAction(page, 'Export bundle');
    const dialog = page.getByRole('dialog', { name: 'Export bundle' });
    await dialog.getByRole('radio', { name: 'Original photos', exact: true }).check();
    let downloads = 0;
    page.on('download', () => downloads++);
    // The page's CPU slowed 20 times while exporting, so Cancel lands while it still runs, however fast the
    // machine: otherwise a quick export could finish (and download) before the click.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const bar = dialog.getByRole('progressbar', { name: 'Export progress', exact: true });
    await expect(bar).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(bar).toBeHidden();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // Nothing of the cancelled export comes back later: no bar, no download.
    await page.waitForTimeout(1000);
    await expect(bar).toBeHidden();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(downloads).toBe(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

/** Mean difference per colour channel (0–255) between two screenshots of the same size, worked out in `page`. */
async function meanDifference(page: Page, first: Buffer, second: Buffer): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [one, two] = await Promise.all([pixels(a), pixels(b)]);
      let sum = 0;
      for (let i = 0; i < one.length; i++) if (i % 4 !== 3) sum += Math.abs((one[i] ?? 0) - (two[i] ?? 0));
      return sum / ((one.length / 4) * 3);
    },
    { a: first.toString('base64'), b: second.toString('base64') },
  );
}
