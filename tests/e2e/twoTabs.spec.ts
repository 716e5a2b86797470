// One deck open in two tabs: the first tab edits it; the second says so, follows the first's saves, cannot
// change anything, and edits once the first tab is closed.
import { expect, test, type Page } from '@playwright/test';

const OTHER_TAB = 'This deck is open in another tab, and is edited there.';

/** The title field's value, read even while the tab is inert (no role is exposed then). */
const titleField = (page: Page) => page.locator('.title-field input');

test('a deck open in two tabs is edited in one, followed in the other', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await first.getByRole('textbox', { name: 'Deck title', exact: true }).fill('Shared');
  await expect(first.getByText('All changes saved')).toBeVisible();

  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('status').filter({ hasText: OTHER_TAB })).toBeVisible();
  await expect(titleField(second)).toHaveValue('Shared');
  // Nothing in the editor can be used here: it is inert (no clicks, no focus), and the undo keys are off.
  await expect(second.locator('.editor-body')).toHaveAttribute('inert', '');
  await expect(first.getByRole('status').filter({ hasText: OTHER_TAB })).toHaveCount(0);

  // The first tab's edits show in the second as they are saved.
  await first.getByRole('textbox', { name: 'Deck title', exact: true }).fill('Shared, edited');
  await first.getByRole('button', { name: 'New slide', exact: true }).click();
  await expect(first.getByText('All changes saved')).toBeVisible();
  await expect(titleField(second)).toHaveValue('Shared, edited');
  await expect(second.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(1);
  await second.keyboard.press('Control+z');
  await expect(second.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(1);

  // Once the first tab is gone, the second edits, from what the first saved last.
  await first.close();
  await expect(second.getByRole('status').filter({ hasText: OTHER_TAB })).toHaveCount(0);
  await expect(second.locator('.editor-body')).not.toHaveAttribute('inert', '');
  const title = second.getByRole('textbox', { name: 'Deck title', exact: true });
  await expect(title).toHaveValue('Shared, edited');
  await title.fill('Now edited here');
  await expect(second.getByText('All changes saved')).toBeVisible();
  await second.reload();
  await expect(second.getByRole('textbox', { name: 'Deck title', exact: true })).toHaveValue(
    'Now edited here',
  );
});
