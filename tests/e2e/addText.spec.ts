// Add text on a venue laptop: it starts writing in the new box at once with its placeholder selected, typing
// replaces it, Esc or a click outside ends writing, a box nobody wrote in goes away again, Space types a
// space instead of stacking boxes, and the words under the editor are hidden while it is open.
import { expect, test, type Page } from '@playwright/test';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { savedDeck } from './savedDeck';

test.skip(!haveFixtures, noFixturesMessage);
test.use({ viewport: { width: 1280, height: 720 } });

type SavedDeck = { slides: { items: { kind: string; text?: string }[] }[] };

const texts = async (page: Page) =>
  (await savedDeck<SavedDeck>(page)).slides[0]!.items.filter((item) => item.kind === 'text').map(
    (item) => item.text,
  );

/** The pixels Konva drew on the slide canvas (not the DOM over it), to tell what the slide itself shows. */
const slidePixels = (page: Page) =>
  page
    .getByRole('region', { name: 'Slide canvas' })
    .locator('canvas')
    .first()
    .evaluate(
      (canvas: HTMLCanvasElement) =>
        new Promise<string>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(canvas.toDataURL()))),
        ),
    );

test('Add text writes in the new box at once; Esc, a click outside and Space do what a person expects', async ({
  page,
}) => {
  await page.goto('/');
  const photo = fixtureFiles('photos').find((file) => /welder/.test(file))!;
  await page.getByLabel('Add photos').setInputFiles([photo]);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(1, { timeout: 30_000 });
  await page.getByRole('button', { name: 'New slide' }).click();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(1);
  const addText = page.getByRole('button', { name: 'Add text' });
  await expect(page.getByRole('region', { name: 'Slide canvas' }).locator('canvas').first()).toBeVisible();
  const editor = page.getByRole('textbox', { name: 'Text', exact: true });

  // Add text: the focus is in the new box, its placeholder all selected, so typing replaces it.
  await addText.click();
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('Double-click to edit');
  const selection = await editor.evaluate((area: HTMLTextAreaElement) => [
    area.selectionStart,
    area.selectionEnd,
    area.value.length,
  ]);
  expect(selection).toEqual([0, selection[2], selection[2]]);
  await page.keyboard.type('Ana');
  await expect(editor).toHaveValue('Ana');
  // Esc ends writing and keeps the words.
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect.poll(() => texts(page)).toEqual(['Ana']);

  // Add text then Esc at once: the untouched box goes away again.
  await addText.click();
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect.poll(() => texts(page)).toEqual(['Ana']);

  // Add text then a click outside (the inspector's heading): writing ends, the untouched box goes away.
  await addText.click();
  await expect(editor).toBeFocused();
  await page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading').first().click();
  await expect(editor).toHaveCount(0);
  await expect.poll(() => texts(page)).toEqual(['Ana']);

  // Space right after Add text types into the box: no second box (seven were stacked once).
  await addText.focus();
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Space');
  await expect(editor).toHaveValue('      ');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect.poll(() => texts(page)).toEqual(['Ana']);

  // Writing again in a box with words: the canvas under the editor leaves them out, so they do not show
  // through the editor; once writing ends they are drawn again.
  const withAna = await slidePixels(page);
  await page.keyboard.press('Control+z');
  await expect.poll(() => texts(page)).toEqual([]);
  const withoutText = await slidePixels(page);
  expect(withoutText, 'the caption was drawn on the slide').not.toBe(withAna);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => texts(page)).toEqual(['Ana']);
  await expect.poll(() => slidePixels(page)).toBe(withAna);
  const canvasBox = (await page
    .getByRole('region', { name: 'Slide canvas' })
    .locator('canvas')
    .first()
    .boundingBox())!;
  await page.mouse.dblclick(canvasBox.x + canvasBox.width / 2, canvasBox.y + canvasBox.height / 2);
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('Ana');
  await expect
    .poll(() => slidePixels(page), { message: 'Ana is left out under the editor' })
    .toBe(withoutText);
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect.poll(() => slidePixels(page), { message: 'Ana is drawn again' }).toBe(withAna);
  await expect.poll(() => texts(page)).toEqual(['Ana']);
});
