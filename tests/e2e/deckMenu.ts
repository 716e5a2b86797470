// The toolbar's Deck menu, as a person uses it: open it, then choose New tribute, Open bundle…, Export bundle…
// or All decks.
import { expect, type Locator, type Page } from '@playwright/test';

export type DeckAction = 'New tribute' | 'Open bundle' | 'Export bundle' | 'All decks';

export function deckMenuButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: 'Deck', exact: true });
}

/** Opens the Deck menu with a click and returns it. */
export async function openDeckMenu(page: Page): Promise<Locator> {
  await deckMenuButton(page).click();
  const menu = page.getByRole('menu', { name: 'Deck', exact: true });
  await expect(menu).toBeVisible();
  return menu;
}

/** The menu's entry: "Open bundle" and "Export bundle" end with "…", as entries that open a picker or dialog do. */
export function deckMenuItem(menu: Locator, action: DeckAction): Locator {
  return menu.getByRole('menuitem', { name: new RegExp(`^${action}…?$`) });
}

export async function chooseDeckAction(page: Page, action: DeckAction): Promise<void> {
  const menu = await openDeckMenu(page);
  await deckMenuItem(menu, action).click();
  await expect(menu).toBeHidden();
}

/** Opens a bundle through the menu's Open bundle… and the file picker it opens. */
export async function openBundleFromMenu(page: Page, zipPath: string): Promise<void> {
  const picker = page.waitForEvent('filechooser');
  await chooseDeckAction(page, 'Open bundle');
  const chooser = await picker;
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(zipPath);
}
