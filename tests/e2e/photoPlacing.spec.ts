// A library photo put on the slide by keyboard, as dragging it onto the canvas does with the mouse: "Add to
// slide" makes a new frame (selected, for the canvas keys), "Put in selected frame" fills the frame selected.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { savedDeck } from './savedDeck';

const FIRST = path.join(fixturesDir, 'photos/welder-sparks_1024x684.jpg');
const SECOND = path.join(fixturesDir, 'photos/astronaut-eileen-collins_square_512x512.jpg');

type Saved = {
  photos: Record<string, { fileName: string }>;
  slides: { items: { kind: string; photoId?: string }[] }[];
};
const fileNamesOnSlide = (deck: Saved) =>
  deck.slides[0]?.items.map((item) => deck.photos[item.photoId ?? '']?.fileName) ?? [];

test.describe('placing a library photo by keyboard', () => {
  test.skip(!haveFixtures, noFixturesMessage);

  test('adds it to the slide as a new frame, or puts it in the selected frame', async ({ page }) => {
    await page.goto('/');
    const photos = page.getByRole('list', { name: 'Photos' });
    await page.getByLabel('Add photos').setInputFiles([FIRST, SECOND]);
    await expect(photos.getByRole('listitem')).toHaveCount(2);
    const first = photos.getByRole('listitem', { name: path.basename(FIRST) }).getByRole('button');
    const second = photos.getByRole('listitem', { name: path.basename(SECOND) }).getByRole('button');
    await first.press('Enter');
    await page.getByRole('button', { name: 'New slide', exact: true }).press('Enter');
    expect(fileNamesOnSlide(await savedDeck<Saved>(page))).toEqual([path.basename(FIRST)]);

    // The second photo alone selected: its details offer to add it.
    await first.press('Enter');
    await second.press('Enter');
    const details = page.getByRole('region', { name: 'Photo details' });
    await details.getByRole('button', { name: 'Add to slide', exact: true }).press('Enter');
    await expect(page.getByText('All changes saved')).toBeVisible();
    expect(fileNamesOnSlide(await savedDeck<Saved>(page))).toEqual([
      path.basename(FIRST),
      path.basename(SECOND),
    ]);
    // The new frame is the canvas's selection, ready for the arrows.
    const said = page.getByRole('region', { name: 'Slide canvas' }).getByRole('status');
    await expect(said).toHaveText(/^Photo 2 of 2 selected: /);

    // The first frame selected on the canvas by Shift+Tab (from the second), then filled with the second photo.
    await page.getByRole('application', { name: 'Canvas', exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(said).toHaveText(/^Photo 1 of 2 selected: /);
    await second.press('Enter');
    await second.press('Enter');
    await expect(second).toHaveAttribute('aria-pressed', 'true');
    await details.getByRole('button', { name: 'Put in selected frame', exact: true }).press('Enter');
    await expect(page.getByText('All changes saved')).toBeVisible();
    expect(fileNamesOnSlide(await savedDeck<Saved>(page))).toEqual([
      path.basename(SECOND),
      path.basename(SECOND),
    ]);
  });
});
