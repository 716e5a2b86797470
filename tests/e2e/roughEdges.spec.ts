// The rough edges a first-timer meets on a venue laptop: bad files say so in a compact list with one
// "Dismiss all", the first open makes one deck (not two), and each deck card's Delete stays inside its card.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { badFileNames, fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { chooseDeckAction } from './deckMenu';
import { allSavedDecks } from './savedDeck';

test.skip(!haveFixtures, noFixturesMessage);

const within = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

async function importBadBatch(page: Page) {
  const bad = fixtureFiles('bad').filter((file) => badFileNames.includes(path.basename(file)));
  const good = fixtureFiles('photos').find((file) => /welder/.test(file))!;
  expect(bad.length).toBeGreaterThanOrEqual(3);
  await page.getByLabel('Add photos').setInputFiles([...bad, good]);
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(1, {
    timeout: 60_000,
  });
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  return bad;
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('bad files are one compact list naming each file and reason, with one Dismiss all', async ({
      page,
    }) => {
      await page.goto('/');
      const bad = await importBadBatch(page);
      const alerts = page.getByRole('alert');
      await expect(alerts).toHaveCount(bad.length);
      for (const file of bad) await expect(alerts.filter({ hasText: path.basename(file) })).toHaveCount(1);
      // One short line each (they were full-width banners of ~35 px each, 140 px of a 720 px screen for four).
      // Compact: the four took full-width banners, 140 px of a 720 px screen; now a short line or two each,
      // under one heading, in columns where the window is wide.
      const first = (await alerts.first().boundingBox())!;
      let bottom = 0;
      for (const alert of await alerts.all()) {
        const box = (await alert.boundingBox())!;
        expect(box.height, `at most two short lines: ${await alert.innerText()}`).toBeLessThanOrEqual(40);
        bottom = Math.max(bottom, box.y + box.height);
      }
      expect((bottom - first.y) / viewport.height).toBeLessThanOrEqual(0.1);
      // The photo that was fine is in, and the canvas keeps most of the screen.
      const canvas = (await page.getByRole('region', { name: 'Slide canvas' }).boundingBox())!;
      expect(canvas.height / viewport.height).toBeGreaterThan(0.6);

      await page.getByRole('button', { name: 'Dismiss all' }).click();
      await expect(alerts).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Dismiss all' })).toHaveCount(0);
    });

    test('the first open makes one deck, and each deck card keeps its buttons inside it', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Make a photo quiz' })).toBeVisible();
      expect(await allSavedDecks(page)).toHaveLength(1);
      await page.reload();
      await expect(page.getByRole('region', { name: 'Make a photo quiz' })).toBeVisible();
      expect(await allSavedDecks(page)).toHaveLength(1);

      // A second deck with a long title, then All decks: each card's Delete is inside its card.
      await chooseDeckAction(page, 'All decks');
      await page.getByRole('button', { name: 'New deck', exact: true }).click();
      await page
        .getByRole('textbox', { name: 'Deck title', exact: true })
        .fill('Ten years of the Thursday choir, with everyone who ever sang in it');
      await expect(page.getByText('All changes saved')).toBeVisible();
      await chooseDeckAction(page, 'All decks');
      const cards = page.getByRole('list', { name: 'Decks', exact: true }).getByRole('listitem');
      await expect(cards).toHaveCount(2);
      for (const card of await cards.all()) {
        const cardBox = (await card.boundingBox())!;
        const buttons = card.getByRole('button');
        expect(await buttons.count()).toBeGreaterThan(0);
        for (const button of await buttons.all()) {
          const box = (await button.boundingBox())!;
          expect(within(box, cardBox), `${await button.innerText()} inside its card`).toBe(true);
        }
      }
    });
  });
}
