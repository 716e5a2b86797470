// One deck open in two tabs: the first tab edits it; the second says so, follows the first's saves, cannot
// change anything, and edits once the first tab is closed, or at once with "Edit here instead", the first then
// following it.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { savedDeck } from './savedDeck';

const OTHER_TAB = 'This deck is open in another tab, and is edited there.';

/** The title field's value, read even while the tab is inert (no role is exposed then). */
const titleField = (page: Page) => page.locator('.title-field input');
/** The status a tab shows while another tab edits its deck. */
const otherTabIn = (page: Page) => page.getByRole('status').filter({ hasText: OTHER_TAB });

/** The first tab makes a deck titled `title` and saves it; the second opens on it and says another tab edits it. */
async function twoTabsOn(context: BrowserContext, title: string) {
  const first = await context.newPage();
  await first.goto('/');
  await first.getByRole('textbox', { name: 'Deck title', exact: true }).fill(title);
  await expect(first.getByText('All changes saved')).toBeVisible();
  const second = await context.newPage();
  await second.goto('/');
  await expect(otherTabIn(second)).toBeVisible();
  return { first, second };
}

test('a deck open in two tabs is edited in one, followed in the other', async ({ context }) => {
  const { first, second } = await twoTabsOn(context, 'Shared');
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

test('"Edit here instead" takes the deck over: the other tab stops saving and follows', async ({
  context,
}) => {
  const { first, second } = await twoTabsOn(context, 'Shared');

  // The first tab's last edit, typed the moment before the second takes over, is what the second starts from.
  await first.getByRole('textbox', { name: 'Deck title', exact: true }).fill('Last words here');
  await otherTabIn(second).getByRole('button', { name: 'Edit here instead', exact: true }).click();
  await expect(otherTabIn(second)).toHaveCount(0);
  await expect(second.locator('.editor-body')).not.toHaveAttribute('inert', '');
  const secondTitle = second.getByRole('textbox', { name: 'Deck title', exact: true });
  await expect(secondTitle).toHaveValue('Last words here');
  // The button went with the status it was in: the focus is on the deck title, not lost.
  await expect(secondTitle).toBeFocused();

  // The first tab now follows: inert, saying so, with its own way back.
  await expect(otherTabIn(first)).toBeVisible();
  await expect(first.locator('.editor-body')).toHaveAttribute('inert', '');
  await expect(
    otherTabIn(first).getByRole('button', { name: 'Edit here instead', exact: true }),
  ).toBeVisible();

  // An edit in the second tab is saved, and shows in the first; the stored deck is the second tab's.
  await secondTitle.fill('Taken over');
  await second.getByRole('button', { name: 'New slide', exact: true }).click();
  await expect(second.getByText('All changes saved')).toBeVisible();
  await expect(titleField(first)).toHaveValue('Taken over');
  await expect(first.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(1);
  const stored = await savedDeck<{ title: string; slides: unknown[] }>(second);
  expect(stored.title).toBe('Taken over');
  expect(stored.slides).toHaveLength(1);
  // The first tab's keys change nothing any more.
  await first.keyboard.press('Control+z');
  await expect(first.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(1);

  // And back: the first takes it again, the second follows, and waits for its turn again.
  await otherTabIn(first).getByRole('button', { name: 'Edit here instead', exact: true }).click();
  await expect(otherTabIn(first)).toHaveCount(0);
  await expect(otherTabIn(second)).toBeVisible();
  await expect(second.locator('.editor-body')).toHaveAttribute('inert', '');
  const firstTitle = first.getByRole('textbox', { name: 'Deck title', exact: true });
  await expect(firstTitle).toHaveValue('Taken over');
  await firstTitle.fill('Back in the first');
  await expect(first.getByText('All changes saved')).toBeVisible();
  await expect(titleField(second)).toHaveValue('Back in the first');
  await first.close();
  await expect(otherTabIn(second)).toHaveCount(0);
  await expect(second.getByRole('textbox', { name: 'Deck title', exact: true })).toHaveValue(
    'Back in the first',
  );
});

test('a deck open in another tab cannot be deleted or renamed from the library', async ({ context }) => {
  const { second, first } = await twoTabsOn(context, 'Open elsewhere');
  await otherTabIn(second).getByRole('button', { name: 'All decks', exact: true }).click();
  const decks = second.getByRole('list', { name: 'Decks', exact: true });
  const card = decks.getByRole('listitem').filter({ hasText: 'Open elsewhere' });
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(second.getByRole('alert')).toHaveText(
    '“Open elsewhere” is open in another tab. Close it there to delete it here.',
  );
  await expect(second.getByRole('dialog', { name: 'Delete this deck?' })).toHaveCount(0);
  await expect(card).toBeVisible();
  // Nor renamed here: that tab would save its own title over it.
  await card.getByRole('button', { name: 'Rename', exact: true }).click();
  // (While renamed, its title is in a text field, not in its text: the card is found by its field.)
  await decks.getByRole('textbox', { name: 'Deck title', exact: true }).fill('Renamed here');
  await second.keyboard.press('Enter');
  await expect(second.getByRole('alert')).toHaveText(
    '“Open elsewhere” is open in another tab. Rename it there.',
  );
  await expect(decks.getByRole('button', { name: 'Open elsewhere', exact: true })).toBeVisible();

  // Closed there, it can go.
  await first.close();
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  await second
    .getByRole('dialog', { name: 'Delete this deck?' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await expect(decks.getByRole('listitem').filter({ hasText: 'Open elsewhere' })).toHaveCount(0);
});
