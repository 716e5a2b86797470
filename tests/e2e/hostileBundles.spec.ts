// Received bundles are untrusted: one with a changed byte, a local header naming another file, 200,000 slides
// or a parser bomb for a photo is refused through Open bundle… with a message, and the deck open before stays
// as it was; a photo whose deck.json lies about its size opens at the size its bytes say; a deck of 1,000
// slides (the most) opens with thumbnails drawn only for the slides in view; a safe start shows the decks.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  BUNDLE_TITLE,
  bundleOf,
  deckOf,
  parserBombPng,
  photoOf,
  realPhoto,
  withFlippedTitleByte,
  withLocalNameChanged,
} from './craftedBundles';
import { openBundleFromMenu } from './deckMenu';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { allSavedDecks, savedDeck } from './savedDeck';

test.skip(!haveFixtures, noFixturesMessage);

const welder = () => {
  const file = fixtureFiles('photos').find((f) => path.basename(f) === 'welder-sparks_1024x684.jpg');
  if (!file) throw new Error('missing fixture photos/welder-sparks_1024x684.jpg');
  return realPhoto(file, 1024, 684);
};

function saved(name: string, bytes: Buffer): string {
  mkdirSync(test.info().outputDir, { recursive: true });
  const file = path.join(test.info().outputDir, name);
  writeFileSync(file, bytes);
  return file;
}

type SavedDeck = {
  title: string;
  slides: unknown[];
  photos: Record<string, { width: number; height: number; bytes: number }>;
};

/** The editor on an empty deck of its own, titled so that any change to it shows. */
async function editorWithOwnDeck(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Make a photo quiz' })).toBeVisible();
  await expect(page.locator('.editor-body[inert]')).toHaveCount(0);
  await page.getByLabel('Deck title').fill('Our own deck');
  await expect(page.getByText('All changes saved')).toBeVisible();
}

test('hostile bundles are refused with a message and the deck open before stays as it was', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const photo = welder();
  const good = await bundleOf(deckOf([photo]), [photo]);
  const bomb = photoOf(parserBombPng(), 'image/png', 640, 480);
  const slides200k = deckOf([photo], 200_000);
  const hostile: [string, Buffer, RegExp][] = [
    [
      'flipped-byte.zip',
      withFlippedTitleByte(good),
      /deck\.json in this bundle is damaged \(its checksum does not match/,
    ],
    [
      'two-names.zip',
      withLocalNameChanged(good),
      /the name of "deck\.json" differs from its directory entry/,
    ],
    [
      '200000-slides.zip',
      await bundleOf(slides200k, [photo]),
      /too large to open: it has 200,000 slides \(at most 1,000\)/,
    ],
    [
      'parser-bomb.zip',
      await bundleOf(deckOf([bomb]), [bomb]),
      /is too large \(10,000 megapixels; the limit is 100\)/,
    ],
  ];

  await editorWithOwnDeck(page);
  const before = await savedDeck<SavedDeck>(page);
  for (const [name, bytes, reason] of hostile) {
    await openBundleFromMenu(page, saved(name, bytes));
    const alert = page.getByRole('alert').filter({ hasText: name });
    await expect(alert).toContainText(reason, { timeout: 60_000 });
    await expect(page.getByLabel('Deck title')).toHaveValue('Our own deck');
    expect(await savedDeck<SavedDeck>(page)).toEqual(before);
    await alert
      .getByRole('button', { name: /Dismiss/ })
      .first()
      .click();
  }
});

test('a photo whose deck.json lies about its size opens at the size its bytes say', async ({ page }) => {
  const photo = welder();
  photo.meta = { ...photo.meta, width: 1, height: 2 ** 52, bytes: 1 };
  await editorWithOwnDeck(page);
  await openBundleFromMenu(page, saved('lying.zip', await bundleOf(deckOf([photo]), [photo])));
  await expect(page.getByLabel('Deck title')).toHaveValue(BUNDLE_TITLE);
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(1);
  const opened = (await allSavedDecks<SavedDeck>(page)).find((deck) => deck.title === BUNDLE_TITLE);
  const [meta] = Object.values(opened?.photos ?? {});
  expect(meta).toMatchObject({ width: 1024, height: 684, bytes: photo.bytes.length });
});

test('a deck of 1,000 slides opens, and the sorter draws only the thumbnails in view', async ({ page }) => {
  const photo = welder();
  await editorWithOwnDeck(page);
  await openBundleFromMenu(page, saved('thousand.zip', await bundleOf(deckOf([photo], 1000), [photo])));
  const slides = page.getByRole('list', { name: 'Slides' });
  await expect(slides.getByRole('listitem')).toHaveCount(1000, { timeout: 60_000 });
  await expect(slides.locator('canvas').first()).toBeVisible();
  const drawn = await slides.locator('canvas').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(100);
  // Scrolled to the end, the last slides are drawn.
  const last = slides.getByRole('listitem').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('canvas').first()).toBeVisible();
});

test('a safe start shows the decks instead of the deck open last, asked for or after a start that hung', async ({
  page,
}) => {
  await editorWithOwnDeck(page);
  await page.goto('/?safe');
  await expect(page.getByRole('heading', { name: 'Your decks', level: 1 })).toBeVisible();
  await expect(page.getByText(/^Safe start: here are your decks/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Decks' }).getByText('Our own deck')).toBeVisible();

  // A start that began a minute ago and never finished (the tab froze opening the deck).
  await page.evaluate(() =>
    localStorage.setItem('common-thread:starting', new Date(Date.now() - 60_000).toISOString()),
  );
  await page.goto('/');
  await expect(page.getByText(/did not finish opening last time/)).toBeVisible();
  // Once it has shown, the next start is an ordinary one again.
  await page.goto('/');
  await expect(page.getByLabel('Deck title')).toHaveValue('Our own deck');
});
