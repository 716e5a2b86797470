// Arranging on the canvas as a person does: crop in frame, marquee and delete, duplicate, nudge, swap by drag —
// each one undo step.
import { expect, test, type Page } from '@playwright/test';
import { canvasShot, expectCanvas } from './canvasShots';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';

test.skip(!haveFixtures, noFixturesMessage);

type Point = { x: number; y: number };

/**
 * A slide holding the square astronaut (432 units, centred at 480, 378) and the welder (centred at 1344, 702),
 * both dropped from the library at 40 % of the slide's height, with empty slide around them.
 * Returns the canvas and a mapper from slide units to page pixels.
 */
async function twoPhotoSlide(page: Page) {
  await page.goto('/');
  const files = fixtureFiles('photos').filter((f) => /astronaut|welder/.test(f));
  await page.getByLabel('Add photos').setInputFiles(files);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(2);
  const astronaut = photos.getByRole('button', { name: /astronaut/ });
  const welder = photos.getByRole('button', { name: /welder/ });

  // The first photo dropped on an empty canvas makes a slide it fills; it is deleted to leave an empty slide.
  const canvasArea = page.getByRole('region', { name: 'Slide canvas' });
  await astronaut.dragTo(canvasArea);
  const canvas = canvasArea.locator('canvas').first();
  await expect(canvas).toBeVisible();
  const box = (await canvas.boundingBox())!;
  const at = (p: Point): Point => ({
    x: box.x + (p.x * box.width) / 1920,
    y: box.y + (p.y * box.height) / 1080,
  });
  const centre = at({ x: 960, y: 540 });
  await page.mouse.click(centre.x, centre.y);
  await page.keyboard.press('Delete');
  const empty = await canvasShot(canvas);

  await astronaut.dragTo(canvas, {
    targetPosition: { x: (480 * box.width) / 1920, y: (378 * box.height) / 1080 },
  });
  await expectCanvas(canvas, empty, false, 'the astronaut was dropped');
  const one = await canvasShot(canvas);
  await welder.dragTo(canvas, {
    targetPosition: { x: (1344 * box.width) / 1920, y: (702 * box.height) / 1080 },
  });
  await expectCanvas(canvas, one, false, 'the welder was dropped');
  // Nothing selected: a click on empty slide.
  const corner = at({ x: 60, y: 1040 });
  await page.mouse.click(corner.x, corner.y);
  return { canvas, at, empty };
}

async function dragBy(page: Page, from: Point, to: Point) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i += 1)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
  await page.mouse.up();
}

test('crop a photo in its frame by double-click, drag and Enter; undo and redo', async ({ page }) => {
  const { canvas, at } = await twoPhotoSlide(page);
  const astronaut = at({ x: 480, y: 378 });
  await page.mouse.click(astronaut.x, astronaut.y);
  const before = await canvasShot(canvas);
  await page.mouse.dblclick(astronaut.x, astronaut.y);
  await expect(page.getByRole('slider', { name: 'Crop zoom' })).toBeVisible();
  // Zoom in with the wheel over the photo, then pan it.
  await page.mouse.move(astronaut.x, astronaut.y);
  await page.mouse.wheel(0, -400);
  await dragBy(page, astronaut, { x: astronaut.x + 60, y: astronaut.y + 30 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: 'Crop zoom' })).toBeHidden();
  await expectCanvas(canvas, before, false, 'the photo is cropped');
  const cropped = await canvasShot(canvas);
  await page.keyboard.press('Control+z');
  await expectCanvas(canvas, before, true, 'one undo restores the whole crop');
  await page.keyboard.press('Control+Shift+z');
  await expectCanvas(canvas, cropped, true, 'redo crops again');

  // Esc leaves crop mode without recording anything.
  await page.mouse.dblclick(astronaut.x, astronaut.y);
  await page.mouse.wheel(0, -400);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('slider', { name: 'Crop zoom' })).toBeHidden();
  await expectCanvas(canvas, cropped, true, 'Esc cancelled the crop');

  // Reset crop is one more undoable step.
  await page.getByRole('button', { name: 'Reset crop' }).click();
  await expectCanvas(canvas, before, true, 'reset crop shows the photo as it was dropped');
  await page.keyboard.press('Control+z');
  await expectCanvas(canvas, cropped, true, 'undo brings the crop back');
});

test('a marquee selects two photos and Delete removes both; undo brings them back', async ({ page }) => {
  const { canvas, at, empty } = await twoPhotoSlide(page);
  const both = await canvasShot(canvas);
  await dragBy(page, at({ x: 100, y: 1050 }), at({ x: 1800, y: 100 }));
  await page.keyboard.press('Delete');
  await expectCanvas(canvas, empty, true, 'both photos were deleted');
  await page.keyboard.press('Control+z');
  await page.mouse.click(at({ x: 60, y: 1040 }).x, at({ x: 60, y: 1040 }).y);
  await expectCanvas(canvas, both, true, 'one undo brings both back');
});

test('Ctrl+D duplicates, arrows nudge, dragging a photo onto another swaps them — each one undo step', async ({
  page,
}) => {
  const { canvas, at } = await twoPhotoSlide(page);
  const astronaut = at({ x: 480, y: 378 });
  await page.mouse.click(astronaut.x, astronaut.y);
  const selected = await canvasShot(canvas);

  await page.keyboard.press('Control+d');
  await expectCanvas(canvas, selected, false, 'a copy was added');
  await page.keyboard.press('Control+z');
  // Long enough after the first click that this one is not a double-click (which would start crop mode).
  await page.waitForTimeout(500);
  await page.mouse.click(astronaut.x, astronaut.y);
  await expectCanvas(canvas, selected, true, 'undo removes the copy');

  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expectCanvas(canvas, selected, false, 'the photo was nudged');
  await page.keyboard.press('Control+z');
  await expectCanvas(canvas, selected, true, 'one undo takes back the run of nudges');

  // Let go over the welder: the two photos trade frames, and the welder's frame is selected afterwards
  // nowhere else; the astronaut frame is where it was.
  await dragBy(page, astronaut, at({ x: 1344, y: 702 }));
  await expectCanvas(canvas, selected, false, 'the photos were swapped');
  const swapped = await canvasShot(canvas);
  await page.keyboard.press('Control+z');
  await expectCanvas(canvas, selected, true, 'one undo swaps them back');
  await page.keyboard.press('Control+Shift+z');
  await expectCanvas(canvas, swapped, true, 'redo swaps again');
});
