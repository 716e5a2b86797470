// A photo cropped by keyboard alone: Crop, + to zoom, arrows to move the photo in its frame, Enter to keep it
// (Esc to leave it as it was).
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { savedDeck } from './savedDeck';

const PHOTO = path.join(fixturesDir, 'photos/welder-sparks_1024x684.jpg');
type Crop = { x: number; y: number; scale: number };
type Saved = { slides: { items: { crop?: Crop }[] }[] };
const cropOf = async (page: Parameters<typeof savedDeck>[0]) =>
  (await savedDeck<Saved>(page)).slides[0]?.items[0]?.crop;

test.describe('cropping by keyboard', () => {
  test.skip(!haveFixtures, noFixturesMessage);

  test('zooms and moves the photo in its frame; Enter keeps the crop, Esc cancels', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Add photos').setInputFiles(PHOTO);
    const photos = page.getByRole('list', { name: 'Photos' });
    await expect(photos.getByRole('listitem')).toHaveCount(1);
    await photos.getByRole('button').first().press('Enter');
    await page.getByRole('button', { name: 'New slide', exact: true }).press('Enter');
    const canvasBox = page.getByRole('application', { name: 'Canvas', exact: true });
    await canvasBox.focus();
    await page.keyboard.press('Tab');
    const said = page.getByRole('region', { name: 'Slide canvas' }).getByRole('status');
    await expect(said).toHaveText(/^Photo 1 of 1 selected: /);
    const crop = page.getByRole('button', { name: 'Crop', exact: true });
    const zoom = page.getByRole('slider', { name: 'Crop zoom', exact: true });

    await crop.press('Enter');
    await expect(zoom).toBeVisible();
    await expect(canvasBox).toBeFocused();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect(zoom).toHaveValue('1.56');
    await page.keyboard.press('Enter');
    await expect(zoom).toBeHidden();
    await expect(page.getByText('All changes saved')).toBeVisible();
    const zoomed = await cropOf(page);
    expect(zoomed?.scale).toBeCloseTo(1.5625);

    // The photo moves right in its frame: the frame shows more of its left.
    await crop.press('Enter');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await expect(zoom).toBeHidden();
    await expect(page.getByText('All changes saved')).toBeVisible();
    const kept = await cropOf(page);
    expect(kept?.scale).toBeCloseTo(1.5625);
    expect(kept?.x).toBeLessThan(zoomed?.x ?? 0);
    expect(kept?.y).toBeCloseTo(zoomed?.y ?? -1);

    // Esc leaves the photo as it was.
    await crop.press('Enter');
    await page.keyboard.press('-');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(zoom).toBeHidden();
    expect(await cropOf(page)).toEqual(kept);
  });
});
