// What a bundle carries, as a person exports one: a library of four photos and a slide showing two, one alt text
// written, speaker notes written. The dialog says what goes out; the zip holds exactly that, and the player
// from file:// says only the alt text the person wrote.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chooseDeckAction } from './deckMenu';
import { closeExportDone } from './exportDone';
import { openSection } from './inspectorSections';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { unzipTo } from './unzipBundle';

test.skip(!haveFixtures, noFixturesMessage);

const NOTES = 'Pause here: Rui always cries at the lighthouse.';
const WRITTEN_ALT = 'Two friends on a pier at dusk';

type DeckJson = {
  photos: Record<string, { fileName: string; alt?: string }>;
  slides: { notes: string }[];
};

/** "about 1.7 MB" or "about 832 kB", as bytes. */
function parseEstimate(text: string): number {
  const match = /about ([\d.]+) (kB|MB)/.exec(text);
  if (!match) throw new Error(`no size in "${text}"`);
  return Number(match[1]) * (match[2] === 'MB' ? 1_000_000 : 1000);
}

async function exportZip(page: Page, includeNotes: boolean) {
  const dialog = page.getByRole('dialog', { name: 'Export bundle' });
  const notes = dialog.getByRole('checkbox', { name: 'Include speaker notes' });
  if (includeNotes) await notes.check();
  await expect(notes).toBeChecked({ checked: includeNotes });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  const work = mkdtempSync(path.join(tmpdir(), 'bundle-contents-'));
  const zipPath = path.join(work, download.suggestedFilename());
  await download.saveAs(zipPath);
  await closeExportDone(page, download.suggestedFilename());
  return { zipPath, work };
}

test('a bundle carries only the photos shown, no file names, only written alt text, notes when ticked', async ({
  page,
  browser,
}) => {
  // Four phone-sized photos (not the 24-megapixel one: this test is about what leaves, not import speed).
  const files = fixtureFiles('photos')
    .filter((file) => !path.basename(file).startsWith('LARGE_'))
    .slice(0, 4);
  const names = files.map((file) => path.basename(file));
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(files);
  const library = page.getByRole('list', { name: 'Photos' });
  await expect(library.getByRole('listitem')).toHaveCount(4, { timeout: 90_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  // The second photo gets an alt text of the person's own.
  await library.getByRole('listitem', { name: names[1] }).getByRole('button').click();
  const alt = page.getByRole('region', { name: 'Photo details' }).getByLabel('Alt text');
  await alt.fill(WRITTEN_ALT);
  await alt.blur();

  // A quiz slide of the first two photos, with speaker notes.
  await library.getByRole('button').nth(0).click();
  await library
    .getByRole('button')
    .nth(1)
    .click({ modifiers: ['Shift'] });
  await expect(library.getByRole('button', { pressed: true })).toHaveCount(2);
  await page.getByRole('button', { name: 'New slide' }).click();
  await page.getByRole('switch', { name: 'Quiz reveal' }).click();
  await openSection(page, 'Presenting');
  await page.getByLabel('Speaker notes').fill(NOTES);
  await expect(page.getByText('All changes saved')).toBeVisible();

  await chooseDeckAction(page, 'Export bundle');
  const dialog = page.getByRole('dialog', { name: 'Export bundle' });
  const summary = dialog.locator('#export-summary');
  await expect(summary).toHaveText('Goes out: 2 photos, no locations, no file names, no notes');
  await dialog.getByRole('checkbox', { name: 'Include speaker notes' }).check();
  await expect(summary).toHaveText('Goes out: 2 photos, no locations, no file names, speaker notes included');
  await dialog.getByRole('checkbox', { name: 'Include speaker notes' }).uncheck();
  // Export says what it sends, for those who hear the button rather than see the line.
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toHaveAccessibleDescription(
    /2 photos, no locations, no file names, no notes/,
  );

  // The size said is that of what goes out: two photos, not the library's four.
  const estimate = parseEstimate((await dialog.locator('#export-estimate-original').textContent()) ?? '');
  const libraryBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);

  const { zipPath, work } = await exportZip(page, false);
  const zipBytes = statSync(zipPath).size;
  expect(Math.abs(estimate - zipBytes) / zipBytes).toBeLessThan(0.25);
  expect(estimate).toBeLessThan(libraryBytes * 0.8);
  const folder = path.join(work, 'bundle');
  const zip = await unzipTo(zipPath, folder);
  const media = Object.keys(zip.files).filter((name) => name.startsWith('media/'));
  expect(media).toHaveLength(2);
  const deck = JSON.parse(await zip.file('deck.json')!.async('string')) as DeckJson;
  expect(
    Object.values(deck.photos)
      .map((photo) => photo.fileName)
      .sort(),
  ).toEqual(['photo-1.jpg', 'photo-2.jpg']);
  expect(
    Object.values(deck.photos)
      .map((photo) => photo.alt ?? null)
      .sort(),
  ).toEqual([WRITTEN_ALT, null]);
  expect(deck.slides[0]?.notes).toBe('');
  // Nowhere in the zip: not a file name (or its stem, the default alt), not the notes.
  const everything = Buffer.concat(
    await Promise.all(Object.values(zip.files).map((entry) => entry.async('nodebuffer'))),
  ).toString('latin1');
  for (const name of names) {
    expect(everything).not.toContain(path.basename(name, path.extname(name)));
  }
  expect(everything).not.toContain('Rui always cries');

  // From file://, the player says the alt text written, and nothing for the photo without one.
  const offline = await browser.newContext({ offline: true });
  const show = await offline.newPage();
  await show.goto(pathToFileURL(path.join(folder, 'index.html')).href);
  const player = show.locator('[data-player]');
  await expect(player).toHaveAttribute('data-step', '0');
  const said: string[] = [];
  for (const step of [1, 2]) {
    await show.keyboard.press('ArrowRight');
    await expect(player).toHaveAttribute('data-step', String(step));
    said.push((await player.locator('[data-step-description]').textContent()) ?? '');
  }
  expect(said.sort()).toEqual(['', `${WRITTEN_ALT}.`]);
  await offline.close();

  // Ticked, the notes go too.
  await chooseDeckAction(page, 'Export bundle');
  const withNotes = await exportZip(page, true);
  const again = await unzipTo(withNotes.zipPath, path.join(withNotes.work, 'bundle'));
  const notedDeck = JSON.parse(await again.file('deck.json')!.async('string')) as DeckJson;
  expect(notedDeck.slides[0]?.notes).toBe(NOTES);
});
