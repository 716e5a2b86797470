// The slide sorter: reorder slides by mouse drag and by keyboard, duplicate and delete a slide, add a
// caption — each undoable, each checked in the autosaved deck.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { savedDeck as readSavedDeck } from './savedDeck';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { closeExportDone } from './exportDone';
import { unzipTo } from './unzipBundle';
import { chooseDeckAction } from './deckMenu';

test.skip(!haveFixtures, noFixturesMessage);

const PHOTOS = [
  'astronaut-eileen-collins_square_512x512.jpg',
  'welder-sparks_1024x684.jpg',
  'evening-glow-boats_2560x1600.jpg',
];
const [A, B, C] = PHOTOS as [string, string, string];

const slideList = (page: Page) => page.getByRole('list', { name: 'Slides' });
const slideButton = (page: Page, n: number) =>
  slideList(page)
    .getByRole('listitem', { name: `Slide ${n}`, exact: true })
    .getByRole('button', { name: `Slide ${n}`, exact: true });

type SavedDeck = {
  photos: Record<string, { fileName: string }>;
  slides: { id: string; items: { kind: string; photoId?: string; text?: string }[] }[];
};

const savedDeck = (page: Page) => readSavedDeck<SavedDeck>(page);

/** Each slide named by the file name of its photo, in the deck's order. */
async function slideOrder(page: Page): Promise<string[]> {
  const deck = await savedDeck(page);
  return deck.slides.map((slide) =>
    slide.items
      .filter((item) => item.kind === 'photo')
      .map((item) => deck.photos[item.photoId!]!.fileName)
      .join('+'),
  );
}

async function threeSlides(page: Page) {
  await page.goto('/');
  const files = PHOTOS.map((name) => fixtureFiles('photos').find((file) => path.basename(file) === name)!);
  await page.getByLabel('Add photos').setInputFiles(files);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  for (const [i, name] of PHOTOS.entries()) {
    await photos.getByRole('listitem', { name }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'New slide' }).click();
    await expect(slideList(page).getByRole('listitem')).toHaveCount(i + 1);
  }
  await expect.poll(() => slideOrder(page)).toEqual([A, B, C]);
}

test('reorder slides by mouse drag and by keyboard, each undoable', async ({ page }) => {
  await threeSlides(page);

  // Mouse: drag slide 1 down past slide 3.
  const from = (await slideButton(page, 1).boundingBox())!;
  const to = (await slideButton(page, 3).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i += 1) {
    const y = from.y + from.height / 2 + ((to.y + to.height * 0.75 - (from.y + from.height / 2)) * i) / steps;
    await page.mouse.move(from.x + from.width / 2, y);
  }
  await page.mouse.up();
  await expect.poll(() => slideOrder(page)).toEqual([B, C, A]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => slideOrder(page)).toEqual([A, B, C]);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => slideOrder(page)).toEqual([B, C, A]);

  // Keyboard: focus slide 1, Space lifts it, ArrowDown moves it one place, Space drops it — announced.
  const live = page.getByRole('status').filter({ hasText: /slide 1/i });
  await slideButton(page, 1).focus();
  await page.keyboard.press('Space');
  await expect(live).toHaveText('Picked up slide 1.');
  // @dnd-kit's keyboard sensor starts listening for the arrow keys a task after the pick-up (so the
  // key that lifted the slide is not taken as a move); a person is never that quick, a test is.
  await page.waitForTimeout(100);
  await page.keyboard.press('ArrowDown');
  await expect(live).toHaveText('Slide 1 is over position 2 of 3.');
  await page.keyboard.press('Space');
  await expect(live).toHaveText('Slide 1 was dropped at position 2 of 3.');
  await expect.poll(() => slideOrder(page)).toEqual([C, B, A]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => slideOrder(page)).toEqual([B, C, A]);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => slideOrder(page)).toEqual([C, B, A]);
});

test('duplicate and delete a slide from its menu, and add a caption, each undoable', async ({ page }) => {
  await threeSlides(page);
  const ids = async () => (await savedDeck(page)).slides.map((slide) => slide.id);
  const before = await ids();

  await slideButton(page, 2).click();
  await page.getByRole('button', { name: 'Slide 2 actions' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate slide' }).click();
  await expect(slideList(page).getByRole('listitem')).toHaveCount(4);
  await expect.poll(() => slideOrder(page)).toEqual([A, B, B, C]);
  // The copy is a new slide, placed right after the original and selected.
  const after = await ids();
  expect(after.filter((id) => !before.includes(id))).toHaveLength(1);
  expect(after[2]).not.toBe(before[1]);
  await expect(slideButton(page, 3)).toHaveAttribute('aria-current', 'true');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => slideOrder(page)).toEqual([A, B, C]);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => slideOrder(page)).toEqual([A, B, B, C]);

  await slideButton(page, 1).click();
  await page.getByRole('button', { name: 'Slide 1 actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete slide' }).click();
  await expect.poll(() => slideOrder(page)).toEqual([B, B, C]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => slideOrder(page)).toEqual([A, B, B, C]);

  // A caption on the selected slide, written at once, undoable.
  await slideButton(page, 4).click();
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.keyboard.type('The end');
  await page.keyboard.press('Escape');
  const texts = async () =>
    (await savedDeck(page)).slides.map((slide) =>
      slide.items.filter((i) => i.kind === 'text').map((i) => i.text),
    );
  await expect.poll(texts).toEqual([[], [], [], ['The end']]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(texts).toEqual([[], [], [], []]);
});

test('the exported bundle carries the font files its text uses, and loads them from file://, offline', async ({
  page,
  browser,
}) => {
  await threeSlides(page);
  await slideButton(page, 1).click();
  await page.getByRole('button', { name: 'Add text' }).click();
  // Regular sans; "ł" is in Inter's latin-ext file, the rest in its latin one.
  await page.keyboard.type('Ana and Rui, Łódź');
  await page.keyboard.press('Escape');
  const downloadPromise = page.waitForEvent('download');
  await chooseDeckAction(page, 'Export bundle');
  await page
    .getByRole('dialog', { name: 'Export bundle' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const download = await downloadPromise;
  await closeExportDone(page, download.suggestedFilename());
  const unzipped = mkdtempSync(path.join(tmpdir(), 'common-thread-fonts-'));
  const zip = await unzipTo(await download.path(), unzipped);
  // No font files beside index.html, and none in the player script: the page carries the ones the text uses.
  expect(Object.keys(zip.files).filter((name) => /\.(woff2?|ttf|otf)$/.test(name))).toEqual([]);
  // A woff2 file starts "wOF2", "d09GMg" in base64.
  expect(await zip.file('player.js')!.async('string')).not.toContain('base64,d09GMg');
  expect(
    (await zip.file('index.html')!.async('string')).match(/data:font\/woff2;base64,d09GMg/g),
  ).toHaveLength(2);

  const offline = await browser.newContext({ offline: true });
  const bundlePage = await offline.newPage();
  const problems: string[] = [];
  bundlePage.on('pageerror', (error) => problems.push(error.message));
  bundlePage.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await bundlePage.goto(pathToFileURL(path.join(unzipped, 'index.html')).href);
  await expect(bundlePage.locator('[data-player]')).toBeVisible();
  const faces = () =>
    bundlePage.evaluate(() =>
      [...document.fonts]
        .filter((face) => face.family.includes('Common Thread'))
        .map((face) => `${face.family.replace(/"/g, '')} ${face.weight} ${face.status}`)
        .sort(),
    );
  await expect.poll(faces).toEqual(['Common Thread Sans 400 loaded', 'Common Thread Sans 400 loaded']);
  // Drawn in Inter, not a fallback: the text's width is Inter's for these letters.
  expect(
    await bundlePage.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')!;
      const width = (family: string) => {
        context.font = `40px ${family}`;
        return context.measureText('Ana and Rui, Łódź').width;
      };
      return Math.abs(width('"Common Thread Sans", serif') - width('serif')) > 1;
    }),
  ).toBe(true);
  expect(problems).toEqual([]);
  await offline.close();
});
