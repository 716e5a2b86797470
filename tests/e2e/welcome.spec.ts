// A first-timer's empty deck: a welcome with three large ways to begin, each doing what it says, and a Present
// that is off and says why.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';

test.skip(!haveFixtures, noFixturesMessage);

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('an empty deck welcomes with three choices; Present is off with its reason', async ({ page }) => {
      await page.goto('/');
      const welcome = page.getByRole('region', { name: 'Make a photo quiz' });
      await expect(welcome).toBeVisible();
      const choices = welcome.getByRole('button');
      await expect(choices).toHaveText([/^Start a tribute/, /^Choose photos/, /^Open a bundle/]);
      // Large: each choice is a card, not a toolbar button, and all three sit side by side on screen.
      const boxes = await Promise.all([0, 1, 2].map(async (i) => (await choices.nth(i).boundingBox())!));
      for (const box of boxes) {
        expect(box.height).toBeGreaterThanOrEqual(120);
        expect(box.width).toBeGreaterThanOrEqual(150);
        expect(box.y).toBeCloseTo(boxes[0]!.y, 0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }

      const present = page.getByRole('button', { name: 'Present', exact: true });
      await expect(present).toBeDisabled();
      await expect(present).toHaveAccessibleDescription('Nothing to present yet: make a slide first.');
      await expect(present).toHaveAttribute('title', 'Nothing to present yet: make a slide first.');

      // Start a tribute opens the wizard.
      await choices.nth(0).click();
      const wizard = page.getByRole('dialog', { name: 'New tribute' });
      await expect(wizard).toBeVisible();
      await wizard.getByRole('button', { name: 'Cancel' }).click();
      await expect(wizard).toBeHidden();

      // Open a bundle opens the bundle picker; Choose photos the photo picker, whose photos come in.
      const bundlePicker = page.waitForEvent('filechooser');
      await choices.nth(2).click();
      expect((await bundlePicker).isMultiple()).toBe(false);
      const photoPicker = page.waitForEvent('filechooser');
      await choices.nth(1).click();
      const chooser = await photoPicker;
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles([path.join(fixturesDir, 'photos/welder-sparks_1024x684.jpg')]);
      await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(1);
      // With a photo in, the welcome gives way to the canvas.
      await expect(welcome).toHaveCount(0);
    });
  });
}
