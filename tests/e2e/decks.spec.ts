// The home screen's deck library: several decks, each opened, renamed, duplicated and deleted (with Undo), and
// the editor reopening on the deck open last.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { chooseDeckAction } from './deckMenu';

const PHOTO = path.join(fixturesDir, 'photos/welder-sparks_1024x684.jpg');

async function setTitle(page: Page, title: string) {
  await page.getByRole('textbox', { name: 'Deck title', exact: true }).fill(title);
  await expect(page.getByText('All changes saved')).toBeVisible();
}

async function showDecks(page: Page) {
  await chooseDeckAction(page, 'All decks');
  await expect(page.getByRole('heading', { name: 'Your decks', exact: true })).toBeVisible();
  return page.getByRole('list', { name: 'Decks', exact: true });
}

/** The titles in the library, in the order shown. */
async function titles(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Decks', exact: true });
  return list.getByRole('heading').allInnerTexts();
}

test.describe('the deck library', () => {
  test.skip(!haveFixtures, noFixturesMessage);

  test('lists decks newest first; opens, renames, duplicates and deletes them, with Undo', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('Add photos').setInputFiles(PHOTO);
    await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: 'New slide', exact: true }).click();
    await setTitle(page, 'Ana and Rui');

    let decks = await showDecks(page);
    await expect(decks.getByRole('listitem')).toHaveCount(1);
    const first = decks.getByRole('listitem').filter({ hasText: 'Ana and Rui' });
    await expect(first.getByText(/1 slide · Edited today at/)).toBeVisible();
    // The first slide is drawn as the deck's picture.
    await expect(first.locator('canvas')).toHaveCount(1);
    // How much room the library takes in the browser.
    await expect(
      page.getByText(/Your decks and photos use [\d.]+ (kB|MB) of this browser’s storage/),
    ).toBeVisible();

    await page.getByRole('button', { name: 'New deck', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Deck title', exact: true })).toHaveValue('Untitled deck');
    await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(0);
    await setTitle(page, 'Second');
    decks = await showDecks(page);
    await expect(decks.getByRole('listitem')).toHaveCount(2);
    expect(await titles(page)).toEqual(['Second', 'Ana and Rui']);

    // The newest first: "Second". (While renamed, its title is in a text field, not in its text.)
    const second = decks.getByRole('listitem').first();
    await expect(second).toContainText('Second');
    await second.getByRole('button', { name: 'Rename', exact: true }).click();
    await second.getByRole('textbox', { name: 'Deck title', exact: true }).fill('Reunion');
    await page.keyboard.press('Enter');
    await expect(decks.getByRole('button', { name: 'Reunion', exact: true })).toBeVisible();

    await first.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await expect(decks.getByRole('listitem')).toHaveCount(3);
    expect(await titles(page)).toContain('Ana and Rui (copy)');

    const copy = decks.getByRole('listitem').filter({ hasText: 'Ana and Rui (copy)' });
    await copy.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this deck?' });
    await expect(dialog).toBeVisible();
    // Cancel has the focus: Enter deletes nothing.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(decks.getByRole('listitem')).toHaveCount(3);

    await copy.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(decks.getByRole('listitem')).toHaveCount(2);
    const status = page.getByRole('status').filter({ hasText: 'Deleted “Ana and Rui (copy)”.' });
    await status.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(decks.getByRole('listitem')).toHaveCount(3);

    await copy.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(decks.getByRole('listitem')).toHaveCount(2);
    // Opening another deck ends the chance to undo: the copy is gone for good.
    await decks.getByRole('button', { name: 'Ana and Rui', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Deck title', exact: true })).toHaveValue('Ana and Rui');
    await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(1);
    decks = await showDecks(page);
    await expect(decks.getByRole('listitem')).toHaveCount(2);
    expect(await titles(page)).toEqual(['Reunion', 'Ana and Rui']);

    // The editor opens on the deck opened last.
    await decks.getByRole('button', { name: 'Ana and Rui', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Deck title', exact: true })).toHaveValue('Ana and Rui');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Deck title', exact: true })).toHaveValue('Ana and Rui');
  });
});
