// The editor's toolbars at the laptop sizes people use (1280 × 720, 1440 × 900): the top bar fits one row with the
// deck actions in a Deck menu, no button's words wrap (nor those of the canvas's floating toolbar), Bold sits beside
// Font in the text panel, and the library says how many photos are selected.
import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { deckMenuButton, deckMenuItem, openDeckMenu } from './deckMenu';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';

test.skip(!haveFixtures, noFixturesMessage);

const PHOTOS = [
  'welder-sparks_1024x684.jpg',
  'astronaut-eileen-collins_square_512x512.jpg',
  'bridge-beach_16x9_4352x2448.jpg',
];

async function addPhotos(page: Page) {
  await page.goto('/');
  await page
    .getByLabel('Add photos')
    .setInputFiles(PHOTOS.map((name) => path.join(fixturesDir, 'photos', name)));
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(PHOTOS.length, { timeout: 90_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  return photos;
}

/** How many lines each control's words take (from where its text lands): 1 for each when nothing wraps. */
async function linesOfText(controls: Locator): Promise<Record<string, number>> {
  return controls.evaluateAll((elements) =>
    Object.fromEntries(
      elements.map((element) => {
        const tops: number[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of Array.from(range.getClientRects())) {
            // A visually hidden name (1 px) is no line of text.
            if (rect.width > 1 && rect.height > 1) tops.push(rect.top);
          }
        }
        tops.sort((a, b) => a - b);
        const lines = tops.filter((top, index) => index === 0 || top - tops[index - 1]! > 4).length;
        return [element.textContent?.trim() || element.getAttribute('aria-label') || '?', lines];
      }),
    ),
  );
}

/** The same controls, each on one line; icon-only controls (no text shown) count as one too. */
function allOnOneLine(lines: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(lines).map(([name, count]) => [name, count === 0 ? 0 : 1]));
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('the toolbar is one row; the canvas toolbar and the text panel keep each button on one line', async ({
      page,
    }) => {
      const photos = await addPhotos(page);
      const toolbar = page.getByRole('banner');
      // Everything in the bar sits on one row: each control's top within a few pixels of the others, and the
      // bar no taller than one control and its padding.
      const controls = toolbar.locator('button:visible, label.button, input[type="text"]');
      const boxes = await controls.evaluateAll((elements) =>
        elements.map((element) => {
          const box = element.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom, right: box.right };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(9);
      const tallest = Math.max(...boxes.map((box) => box.bottom - box.top));
      const barBox = (await toolbar.boundingBox())!;
      for (const box of boxes) {
        expect(box.top).toBeGreaterThan(barBox.y);
        expect(box.bottom).toBeLessThan(barBox.y + barBox.height);
        expect(box.right).toBeLessThanOrEqual(viewport.width);
      }
      expect(barBox.height).toBeLessThan(2 * tallest);
      expect(await linesOfText(toolbar.getByRole('button'))).toEqual(
        allOnOneLine(await linesOfText(toolbar.getByRole('button'))),
      );

      // The deck title stays wide enough to read and type in.
      const title = page.getByRole('textbox', { name: 'Deck title', exact: true });
      expect((await title.boundingBox())!.width).toBeGreaterThanOrEqual(150);
      await title.fill('Ana and Rui, ten years');
      await expect(title).toHaveValue('Ana and Rui, ten years');
      await expect(page.getByText('All changes saved')).toBeVisible();

      // Undo and Redo are icons, named for screen readers, with their keys in the tooltip.
      const undo = toolbar.getByRole('button', { name: 'Undo', exact: true });
      await expect(undo).toHaveAttribute('title', 'Undo (Ctrl+Z)');
      await expect(toolbar.getByRole('button', { name: 'Redo', exact: true })).toHaveAttribute(
        'title',
        'Redo (Ctrl+Shift+Z)',
      );

      // A slide of the three photos, and one of them selected: the floating toolbar shows all its buttons.
      await photos.getByRole('button').first().click();
      await photos
        .getByRole('button')
        .last()
        .click({ modifiers: ['Shift'] });
      await page.getByRole('button', { name: 'New slide', exact: true }).click();
      const canvasArea = page.getByRole('region', { name: 'Slide canvas' });
      const canvas = canvasArea.locator('canvas').first();
      await expect(canvas).toBeVisible();
      const canvasBox = (await canvas.boundingBox())!;
      await page.mouse.click(canvasBox.x + canvasBox.width * 0.2, canvasBox.y + canvasBox.height * 0.3);
      const arrange = page.getByRole('toolbar', { name: 'Arrange' });
      await expect(arrange.getByRole('button', { name: 'Send backward', exact: true })).toBeVisible();
      const arrangeButtons = arrange.getByRole('button');
      expect(await linesOfText(arrangeButtons)).toEqual(allOnOneLine(await linesOfText(arrangeButtons)));
      // And in one row, above the slide.
      const tops = await arrangeButtons.evaluateAll((elements) =>
        elements.map((element) => Math.round(element.getBoundingClientRect().top)),
      );
      expect(new Set(tops).size).toBe(1);
      await expect(arrange.getByRole('button', { name: 'Send backward', exact: true })).toHaveAttribute(
        'title',
        'Send backward (Ctrl/Cmd+[)',
      );

      // The text panel: Bold on one line, at the panel's left under the alignment, beside Font.
      await page.getByRole('button', { name: 'Add text', exact: true }).click();
      await page.keyboard.type('Ten years');
      await page.keyboard.press('Escape');
      const textPanel = page.getByRole('region', { name: 'Text style' });
      const bold = textPanel.getByRole('button', { name: 'Bold', exact: true });
      await expect(bold).toBeVisible();
      expect(await linesOfText(bold)).toEqual({ Bold: 1 });
      const left = (await textPanel.getByRole('radio', { name: 'Left', exact: true }).boundingBox())!;
      const boldBox = (await bold.boundingBox())!;
      const font = (await textPanel.getByRole('combobox', { name: 'Font', exact: true }).boundingBox())!;
      expect(boldBox.x).toBeCloseTo(left.x, 0);
      expect(boldBox.y).toBeGreaterThanOrEqual(left.y + left.height);
      expect(font.x).toBeGreaterThan(boldBox.x + boldBox.width);
      expect(Math.abs(font.y + font.height / 2 - (boldBox.y + boldBox.height / 2))).toBeLessThan(4);
      if (viewport.width === 1280) await page.screenshot({ path: test.info().outputPath('editor-1280.png') });
    });
  });
}

test('the Deck menu: New tribute first, the arrow keys, Esc and a click elsewhere close it', async ({
  page,
}) => {
  await page.goto('/');
  const button = deckMenuButton(page);
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  const menu = await openDeckMenu(page);
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem')).toHaveText([
    /^New tribute/,
    'Open bundle…',
    'Export bundle…',
    'All decks',
  ]);
  const newTribute = deckMenuItem(menu, 'New tribute');
  await expect(newTribute).toHaveAccessibleName('New tribute');
  await expect(newTribute).toHaveAccessibleDescription('Photos and names in, a finished quiz out');
  await expect(newTribute).toBeFocused();
  // Down and up go round; Home and End go to the ends.
  await page.keyboard.press('ArrowDown');
  await expect(deckMenuItem(menu, 'Open bundle')).toBeFocused();
  await page.keyboard.press('End');
  await expect(deckMenuItem(menu, 'All decks')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(newTribute).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(deckMenuItem(menu, 'All decks')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(newTribute).toBeFocused();
  // Esc closes it and gives the focus back to its button.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // ArrowUp on the button opens it at the last entry.
  await page.keyboard.press('ArrowUp');
  await expect(deckMenuItem(menu, 'All decks')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
  // A click elsewhere closes it.
  await openDeckMenu(page);
  // (on the welcome's lead text, away from the menu)
  await page.getByRole('region', { name: 'Make a photo quiz' }).getByRole('heading').click();
  await expect(menu).toBeHidden();

  // New tribute opens the wizard; closing it returns the focus to the menu's button.
  await deckMenuItem(await openDeckMenu(page), 'New tribute').click();
  const wizard = page.getByRole('dialog', { name: 'New tribute' });
  await expect(wizard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wizard).toBeHidden();
  await expect(button).toBeFocused();

  // Open bundle… opens the bundle picker (one .zip).
  const picker = page.waitForEvent('filechooser');
  await deckMenuItem(await openDeckMenu(page), 'Open bundle').click();
  expect((await picker).isMultiple()).toBe(false);

  // All decks goes to the home screen.
  await deckMenuItem(await openDeckMenu(page), 'All decks').click();
  await expect(page.getByRole('heading', { name: 'Your decks', exact: true })).toBeVisible();
});

test('the library says how many photos are selected', async ({ page }) => {
  const photos = await addPhotos(page);
  const library = page.getByRole('region', { name: 'Photos', exact: true });
  const said = library.getByRole('status').first();
  await expect(said).toHaveText('');
  const buttons = photos.getByRole('button');
  await buttons.nth(0).click();
  await expect(said).toHaveText('1 photo selected');
  await buttons.nth(2).click({ modifiers: ['Control'] });
  await expect(said).toHaveText('2 photos selected');
  await library.getByRole('button', { name: 'Select all', exact: true }).click();
  await expect(said).toHaveText('3 photos selected');
  await library.getByRole('button', { name: 'Select none', exact: true }).click();
  await expect(said).toHaveText('');
});
