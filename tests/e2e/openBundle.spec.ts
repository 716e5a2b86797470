// Opening a bundle of a deck this browser already holds: the same deck opens without a question; a deck with
// other changes brings up "This deck is already here", where Cancel (or Esc), "Open as a copy" and "Replace"
// each do what they say, by mouse and by keyboard.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { allSavedDecks } from './savedDeck';
import { closeExportDone } from './exportDone';
import { chooseDeckAction } from './deckMenu';

test.skip(!haveFixtures, noFixturesMessage);

type SavedDeck = { id: string; title: string };

async function exportBundle(page: Page, name: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await chooseDeckAction(page, 'Export bundle');
  await page
    .getByRole('dialog', { name: 'Export bundle' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const zipPath = path.join(test.info().outputDir, name);
  const download = await downloadPromise;
  await download.saveAs(zipPath);
  await closeExportDone(page, download.suggestedFilename());
  return zipPath;
}

async function titlesById(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries((await allSavedDecks<SavedDeck>(page)).map((deck) => [deck.id, deck.title]));
}

test('a bundle of a deck already here asks: Cancel, Open as a copy and Replace each do what they say', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(fixtureFiles('photos').slice(0, 2));
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Select all', exact: true }).click();
  await page.getByRole('button', { name: 'New slide', exact: true }).click();
  const zipPath = await exportBundle(page, 'ana-and-rui.zip');
  const title = page.getByLabel('Deck title');
  const question = page.getByRole('dialog', { name: 'This deck is already here' });
  const [original] = await allSavedDecks<SavedDeck>(page);
  const deckId = original?.id ?? '';

  // The very deck that is open: nothing to decide, it just opens.
  await page.getByLabel('Open bundle').setInputFiles(zipPath);
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(question).toBeHidden();
  expect(await titlesById(page)).toEqual({ [deckId]: 'Untitled deck' });

  await title.fill('Edited after export');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Esc is Cancel: nothing changes.
  await page.getByLabel('Open bundle').setInputFiles(zipPath);
  await expect(question).toBeVisible();
  await expect(question).toContainText('“Untitled deck”');
  await expect(question.getByRole('button', { name: 'Open as a copy', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(title).toHaveValue('Edited after export');
  expect(await titlesById(page)).toEqual({ [deckId]: 'Edited after export' });

  // The Cancel button too.
  await page.getByLabel('Open bundle').setInputFiles(zipPath);
  await question.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(question).toBeHidden();
  await expect(title).toHaveValue('Edited after export');

  // "Open as a copy" keeps both.
  await page.getByLabel('Open bundle').setInputFiles(zipPath);
  await question.getByRole('button', { name: 'Open as a copy', exact: true }).click();
  await expect(question).toBeHidden();
  await expect(title).toHaveValue('Untitled deck (copy)');
  const withCopy = await titlesById(page);
  expect(Object.keys(withCopy)).toHaveLength(2);
  expect(withCopy[deckId]).toBe('Edited after export');
  const copyId = Object.keys(withCopy).find((id) => id !== deckId) ?? '';
  expect(withCopy[copyId]).toBe('Untitled deck (copy)');
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(2);

  // The deck here is still the edited one, so the question comes again; "Replace", by keyboard, overwrites it.
  await page.getByLabel('Open bundle').setInputFiles(zipPath);
  await expect(question.getByRole('button', { name: 'Open as a copy', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Replace', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(title).toHaveValue('Untitled deck');
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(2);
  expect(await titlesById(page)).toEqual({ [deckId]: 'Untitled deck', [copyId]: 'Untitled deck (copy)' });
});
