// The inspector's collapsible sections as a person meets them: their headings in order, and opening a folded one.
import { expect, type Locator, type Page } from '@playwright/test';

export function inspectorOf(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Inspector' });
}

/** The section (a <details>) headed `title`. */
export function sectionOf(page: Page, title: string): Locator {
  // A filter's inner locator is looked for inside each <details>, so it starts from the page.
  const heading = page.getByRole('heading', { name: title, exact: true });
  return inspectorOf(page).locator('details').filter({ has: heading });
}

/** Opens the section headed `title` by a click on its heading, unless it is open already. */
export async function openSection(page: Page, title: string): Promise<void> {
  const section = sectionOf(page, title);
  if ((await section.getAttribute('open')) === null)
    await inspectorOf(page).getByRole('heading', { name: title, exact: true }).click();
  await expect(section).toHaveAttribute('open', '');
}

/** The headings of the inspector's sections, top to bottom. */
export function sectionTitles(page: Page): Locator {
  return inspectorOf(page).locator('details > summary h3');
}
