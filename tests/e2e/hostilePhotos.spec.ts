// Hostile photos end quickly and locations never leave: a batch of crafted files (that once hung the byte
// walkers for minutes or ran them out of memory) beside a real photo is imported or refused, each by name,
// while the editor keeps answering; a photo with its place in EXIF, XMP and IPTC goes out in a bundle
// with none of it.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readZip } from './unzipBundle';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  avifWithEmptyIlocFields,
  backtrackingXmpSegment,
  ftypToTheEnd,
  jpegWith,
  locatedJpeg,
  placesIn,
  pngWithHugeXmp,
} from './craftedPhotos';
import { chooseDeckAction } from './deckMenu';
import { closeExportDone } from './exportDone';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';

test.skip(!haveFixtures, noFixturesMessage);

const fixture = (folder: string, name: string) => {
  const file = fixtureFiles(folder).find((f) => path.basename(f) === name);
  if (!file) throw new Error(`missing fixture ${folder}/${name}`);
  return file;
};

async function editorReady(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Make a photo quiz' })).toBeVisible();
  await expect(page.locator('.editor-body[inert]')).toHaveCount(0);
}

/** Starts recording the main thread's long tasks (the browser reports each task over 50 ms). */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const longest = { ms: 0 };
    (window as unknown as { longestTask: typeof longest }).longestTask = longest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

const longestTask = (page: Page) =>
  page.evaluate(() => (window as unknown as { longestTask: { ms: number } }).longestTask.ms);

test('a batch of hostile photos beside a real one: each in or refused by name, the editor answering', async ({
  page,
}) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'common-thread-hostile-'));
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(folder, name);
    writeFileSync(file, bytes);
    return file;
  };
  const hostile = [
    write('iloc-without-sizes.avif', avifWithEmptyIlocFields()),
    write(
      'long-xmp-word.jpg',
      jpegWith(fixture('photos', 'astronaut-eileen-collins_square_512x512.jpg'), [backtrackingXmpSegment()]),
    ),
    write('long-xmp-text.png', pngWithHugeXmp(fixture('formats', 'hurricane-ridge-trees_alpha_512x512.png'))),
    write('ftyp-to-the-end.heic', ftypToTheEnd()),
  ];
  const real = fixture('photos', 'welder-sparks_1024x684.jpg');

  await editorReady(page);
  await watchLongTasks(page);
  await page.getByLabel('Add photos').setInputFiles([...hostile, real]);
  // The editor answers while the batch is read: the title takes what is typed.
  const title = page.getByRole('textbox', { name: 'Deck title', exact: true });
  await title.fill('Hostile batch');
  await expect(title).toHaveValue('Hostile batch');

  // Seconds, not minutes: before the walkers were bounded the AVIF ran the import out of memory and never ended.
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem', { name: path.basename(real), exact: true })).toBeVisible();
  const alerts = page.getByRole('alert');
  for (const file of hostile) {
    const name = path.basename(file);
    const imported = await photos.getByRole('listitem', { name, exact: true }).count();
    const refused = await alerts.filter({ hasText: name }).count();
    expect(imported + refused, `${name} is either in the library or refused by name`).toBe(1);
  }
  // The photos with a long XMP word are real photos: they come in.
  await expect(photos.getByRole('listitem', { name: 'long-xmp-word.jpg', exact: true })).toBeVisible();
  await expect(photos.getByRole('listitem', { name: 'long-xmp-text.png', exact: true })).toBeVisible();
  // No byte walk held the main thread: a frozen tab shows as one long task of seconds.
  expect(await longestTask(page)).toBeLessThan(1000);
});

test('a photo with its place in EXIF GPS, XMP and IPTC goes out in the bundle with none of it', async ({
  page,
}) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'common-thread-located-'));
  const located = locatedJpeg(fixture('photos', 'welder-sparks_1024x684.jpg'));
  // The crafted file does carry the place, so the check below can fail.
  expect(placesIn(located)).toHaveLength(8);
  const file = path.join(folder, 'harbour.jpg');
  writeFileSync(file, located);

  await editorReady(page);
  await page.getByLabel('Add photos').setInputFiles([file]);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem', { name: 'harbour.jpg', exact: true })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await page.getByRole('button', { name: 'Select all', exact: true }).click();
  await page.getByRole('button', { name: 'New slide', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(1);

  await chooseDeckAction(page, 'Export bundle');
  const dialog = page.getByRole('dialog', { name: 'Export bundle' });
  await dialog.getByRole('radio', { name: 'Original photos', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Single HTML file', exact: true }).uncheck();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  const zipPath = path.join(folder, download.suggestedFilename());
  await download.saveAs(zipPath);
  await closeExportDone(page, download.suggestedFilename());

  const zip = await readZip(zipPath);
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  expect(entries.some((entry) => entry.name.endsWith('.jpg'))).toBe(true);
  for (const entry of entries) {
    const bytes = await entry.async('nodebuffer');
    expect(placesIn(bytes), `${entry.name} holds a place`).toEqual([]);
  }
});
