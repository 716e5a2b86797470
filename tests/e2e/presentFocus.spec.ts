// Leaving the show gives the keyboard focus back to the button that started it, as a dialog gives it back to
// its opener: the editor is not rendered during the show, so without this the focus would be lost on the page.
import { expect, test } from '@playwright/test';

test('Esc leaves the show with the focus back on Present, or on Presenter view', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New slide', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(1);
  const player = page.locator('[data-player]');

  // Present, pressed by keyboard.
  const present = page.getByRole('button', { name: 'Present', exact: true });
  await present.focus();
  await page.keyboard.press('Enter');
  await expect(player).toHaveAttribute('data-slide', '1');
  await expect(present).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(player).toHaveCount(0);
  await expect(present).toBeFocused();

  // Presenter view, pressed by keyboard: its window opens beside the show and stays when the show ends.
  const presenterView = page.getByRole('button', { name: 'Presenter view', exact: true });
  await presenterView.focus();
  const opening = page.waitForEvent('popup');
  await page.keyboard.press('Space');
  const presenter = await opening;
  await expect(player).toHaveAttribute('data-slide', '1');
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect(player).toHaveCount(0);
  await expect(presenterView).toBeFocused();
  await expect(present).not.toBeFocused();
  await presenter.close();

  // Started with the mouse, the show gives the focus back all the same.
  await present.click();
  await expect(player).toHaveAttribute('data-slide', '1');
  await page.keyboard.press('Escape');
  await expect(player).toHaveCount(0);
  await expect(present).toBeFocused();
});
