// Editing as a person does it: drop files, drag a photo onto the canvas, move/resize/rotate/delete with
// undo and redo after each, Esc cancels a drag, slides deleted and restored, bad bundles refused.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { canvasShot, expectCanvas } from './canvasShots';
import { allSavedDecks } from './savedDeck';
import { fixtureFiles, fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { closeExportDone } from './exportDone';
import { chooseDeckAction } from './deckMenu';

test.skip(!haveFixtures, noFixturesMessage);

/** Drops files on the window the way a file manager does, with a real DataTransfer. */
async function dropFiles(page: Page, files: string[]) {
  const payload = files.map((file) => ({
    name: path.basename(file),
    data: readFileSync(file).toString('base64'),
  }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const { name, data } of items) {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type: 'image/jpeg' }));
    }
    return transfer;
  }, payload);
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

test('drop photos, drag one onto the canvas, move, resize, rotate, delete — each undoable', async ({
  page,
}) => {
  await page.goto('/');
  // A person drops files once the editor is there to take them: its welcome shows, and this tab edits the deck.
  await expect(page.getByRole('region', { name: 'Make a photo quiz' })).toBeVisible();
  await expect(page.locator('.editor-body[inert]')).toHaveCount(0);
  const files = fixtureFiles('photos').filter((f) => /astronaut|welder|evening/.test(f));
  await dropFiles(page, files);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(3);

  // Dragging a library photo onto the empty canvas makes a slide holding it.
  const canvasArea = page.getByRole('region', { name: 'Slide canvas' });
  await photos.getByRole('button').first().dragTo(canvasArea);
  const slides = page.getByRole('list', { name: 'Slides' });
  await expect(slides.getByRole('listitem')).toHaveCount(1);
  const canvas = canvasArea.locator('canvas').first();
  await expect(canvas).toBeVisible();

  // A second photo dropped onto the first (which fills the slide) takes its frame: one undo step.
  const box = (await canvas.boundingBox())!;
  const afterFirst = await canvasShot(canvas);
  await photos
    .getByRole('button')
    .nth(1)
    .dragTo(canvas, { targetPosition: { x: box.width * 0.2, y: box.height * 0.25 } });
  await expectCanvas(canvas, afterFirst, false, 'the dropped photo replaced the first');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectCanvas(canvas, afterFirst, true, 'undo brings the first photo back');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expectCanvas(canvas, afterFirst, false, 'redo replaces it again');

  // Select the first photo (centred on the slide) and move it: one drag, one undo step.
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.click(centre.x, centre.y);
  const beforeMove = await canvasShot(canvas);
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i += 1) await page.mouse.move(centre.x + i * 12, centre.y + i * 6);
  await page.mouse.up();
  await expectCanvas(canvas, beforeMove, false, 'the photo moved');
  const moved = await canvasShot(canvas);
  await page.keyboard.press('Control+z');
  await expectCanvas(canvas, beforeMove, true, 'one undo puts the whole drag back');
  await page.keyboard.press('Control+Shift+z');
  await expectCanvas(canvas, moved, true, 'redo moves it again');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expectCanvas(canvas, moved, true, 'Ctrl+Y redoes too');

  // Esc during a drag cancels it and records nothing.
  const moveTo = { x: centre.x + 120, y: centre.y + 60 };
  await page.mouse.move(moveTo.x, moveTo.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i += 1) await page.mouse.move(moveTo.x - i * 15, moveTo.y - i * 10);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expectCanvas(canvas, moved, true, 'Esc put the photo back where the drag began');
  await page.keyboard.press('Control+z');
  await expectCanvas(canvas, beforeMove, true, 'the cancelled drag left no undo step of its own');
  await page.keyboard.press('Control+Shift+z');

  // The first photo is square, 40% of the slide's height, centred, then moved by (120, 60) screen pixels.
  const scale = box.width / 1920;
  const half = 216 * scale;
  const itemCentre = { x: centre.x + 120, y: centre.y + 60 };
  const dragBy = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i += 1) {
      await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
    }
    await page.mouse.up();
  };

  // Resize with the transformer's bottom-right handle: one undo step.
  const corner = { x: itemCentre.x + half, y: itemCentre.y + half };
  await dragBy(corner, { x: corner.x + 60, y: corner.y + 40 });
  await expectCanvas(canvas, moved, false, 'the photo was resized');
  const resized = await canvasShot(canvas);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectCanvas(canvas, moved, true, 'undo restores the size');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expectCanvas(canvas, resized, true, 'redo resizes again');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectCanvas(canvas, moved, true, 'back to the moved photo');

  // Rotate with the handle above the frame.
  const rotater = { x: itemCentre.x, y: itemCentre.y - half - 50 };
  await dragBy(rotater, { x: itemCentre.x + half + 80, y: itemCentre.y });
  await expectCanvas(canvas, moved, false, 'the photo was rotated');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectCanvas(canvas, moved, true, 'undo restores the rotation');

  // Delete removes the selected photo; undo brings it back (compared with nothing selected).
  await page.mouse.click(box.x + 4, box.y + 4);
  const unselected = await canvasShot(canvas);
  await page.mouse.click(itemCentre.x, itemCentre.y);
  await page.keyboard.press('Delete');
  await expectCanvas(canvas, unselected, false, 'the photo was deleted');
  await page.keyboard.press('Control+z');
  await expectCanvas(canvas, unselected, true, 'undo brings the deleted photo back');
});

test('a slide deleted by its button comes back with Undo', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(fixtureFiles('photos').slice(0, 2));
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Select all' }).click();
  await page.getByRole('button', { name: 'New slide' }).click();
  await page.getByRole('button', { name: 'New slide' }).click();
  const slides = page.getByRole('list', { name: 'Slides' });
  await expect(slides.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete slide' }).click();
  await expect(slides.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(slides.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(slides.getByRole('listitem')).toHaveCount(1);
});

test('a file that is not a bundle is refused with a reason and changes nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(fixtureFiles('photos').slice(0, 1));
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Open bundle').setInputFiles(path.join(fixturesDir, 'bad', 'text-file-renamed.jpg'));
  await expect(page.getByRole('alert')).toContainText('text-file-renamed.jpg');
  await expect(page.getByRole('alert')).toContainText('not a bundle');
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(1);
});

test('the player letterboxes the slide and draws it at the screen’s pixel ratio', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(fixtureFiles('photos').slice(0, 1));
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Select all' }).click();
  await page.getByRole('button', { name: 'New slide' }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const canvas = page.locator('[data-player] canvas').first();
  await expect(canvas).toBeVisible();
  const size = await canvas.evaluate((c: HTMLCanvasElement) => ({
    cssWidth: c.clientWidth,
    cssHeight: c.clientHeight,
    width: c.width,
    top: c.getBoundingClientRect().top,
  }));
  expect(size.cssWidth).toBe(1000);
  // 1000 / (16:9) = 562.5 CSS pixels tall, centred in the 900-pixel-high window.
  expect(Math.abs(size.cssHeight - 562.5)).toBeLessThanOrEqual(1);
  expect(size.width).toBe(2000);
  expect(Math.abs(size.top - (900 - 562.5) / 2)).toBeLessThanOrEqual(1);
  await context.close();
});

test('opening an older bundle of the deck being edited opens a copy and keeps the newer deck', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(fixtureFiles('photos').slice(0, 1));
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Select all' }).click();
  await page.getByRole('button', { name: 'New slide' }).click();
  const downloadPromise = page.waitForEvent('download');
  await chooseDeckAction(page, 'Export bundle');
  await page
    .getByRole('dialog', { name: 'Export bundle' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const zipPath = path.join(test.info().outputDir, 'older.zip');
  await (await downloadPromise).saveAs(zipPath);
  await closeExportDone(page, 'Untitled deck.zip');

  await page.getByLabel('Deck title').fill('Edited after export');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.getByLabel('Open bundle').setInputFiles(zipPath);
  await page.getByRole('button', { name: 'Open as a copy', exact: true }).click();
  await expect(page.getByLabel('Deck title')).toHaveValue('Untitled deck (copy)');
  await expect(page.getByRole('status').filter({ hasText: 'opened as a copy' })).toBeVisible();
  const titles = (await allSavedDecks<{ title: string }>(page)).map((deck) => deck.title).sort();
  expect(titles).toEqual(['Edited after export', 'Untitled deck (copy)']);
});
