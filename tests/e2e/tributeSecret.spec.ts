// The tribute keeps its secret: with 25 mixed phone photos, nothing the room sees or hears before the last
// click names the people honoured or says the answer — not a slide, a caption, the live regions, the browser
// tab, nor the exported bundle's page title.
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Deck } from '../../src/model/deck';
import { isAnswerStep, visibleItemIds } from '../../src/model/revealSteps';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { allSavedDecks } from './savedDeck';
import { unzipTo } from './unzipBundle';
import { closeExportDone } from './exportDone';
import { chooseDeckAction } from './deckMenu';

test.skip(!haveFixtures, noFixturesMessage);
test.use({ viewport: { width: 1280, height: 720 } });

/** Portrait, landscape, square, the 8:1 panorama and every format but HEIC (slow to decode): 25 photos. */
const PHOTOS = [
  ...[
    'aitzgorri-mountains_3088x2056.jpg',
    'astronaut-eileen-collins_square_512x512.jpg',
    'bridge-beach_16x9_4352x2448.jpg',
    'evening-glow-boats_2560x1600.jpg',
    'friends-dogs-at-window_portrait_2056x3088.jpg',
    'hurricane-ridge-360-panorama_4096x512.jpg',
    'welder-sparks_1024x684.jpg',
    'wine-room_portrait_2560x3837.jpg',
  ].map((name) => `photos/${name}`),
  ...[
    'cold-ripple-pier_grayscale_1280x800.jpg',
    'fallen-leaf_cmyk_1280x800.jpg',
    'fresh-flower_progressive_1600x1203.jpg',
    'hurricane-ridge-trees_alpha_512x512.png',
    'paris_icc-exif-xmp_403x302.avif',
    'picos-de-europa-pan_animated_12frames_320x240.gif',
    'seeding-dandelions_lossy_1600x900.webp',
    'welder_16bit-rgb_1024x684.png',
  ].map((name) => `formats/${name}`),
  ...['1', '2', '3', '5', '6', '8'].map((n) => `orientation/Landscape_${n}.jpg`),
  ...['1', '3', '6'].map((n) => `orientation/Portrait_${n}.jpg`),
];

/** The names and every word of the answer the wizard makes of them by default ("Ana and Rui!"). */
const SECRET = /\b(ana|rui)\b/i;

test('no step before the answer shows or announces the names, and the bundle title keeps them out', async ({
  page,
}) => {
  expect(PHOTOS).toHaveLength(25);
  await page.goto('/');
  await chooseDeckAction(page, 'New tribute');
  const dialog = page.getByRole('dialog', { name: 'New tribute' });
  await dialog.getByLabel('Photos').setInputFiles(PHOTOS.map((name) => path.join(fixturesDir, name)));
  await expect(dialog.getByText('25 photos chosen')).toBeVisible();
  await dialog.getByLabel('Names').fill('Ana and Rui');
  // The placeholder is what an empty answer gives.
  await expect(dialog.getByLabel('Answer')).toHaveAttribute('placeholder', 'Ana and Rui!');
  await dialog.getByRole('button', { name: 'Make tribute' }).click();
  await expect(dialog).toBeHidden({ timeout: 120_000 });
  await expect(page.getByText('All changes saved')).toBeVisible();

  const deckTitle = await page.getByLabel('Deck title').inputValue();
  const [deck] = (await allSavedDecks<Deck>(page)).filter((saved) => saved.title === deckTitle);
  expect(deck, 'the tribute deck is saved').toBeDefined();
  const answering = deck!.slides.filter((slide) => slide.reveal && !slide.reveal.continues);
  expect(answering, 'one answer for the whole quiz').toHaveLength(1);
  expect(answering[0]!.reveal!.answer.title).toBe('Ana and Rui!');

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const player = page.locator('[data-player]');
  const status = player.getByRole('status');
  const description = player.locator('[data-step-description]');
  let steps = 0;
  for (;;) {
    const slideIndex = Number(await player.getAttribute('data-slide')) - 1;
    const step = Number(await player.getAttribute('data-step'));
    const slide = deck!.slides[slideIndex]!;
    if (isAnswerStep(slide, step)) break;
    const where = `slide ${slideIndex + 1}, step ${step}`;
    // What the player draws: the question and the texts and clues of the items this step shows.
    const shown = visibleItemIds(slide, step);
    const drawn = [
      slide.reveal?.question ?? '',
      ...slide.items.flatMap((item) =>
        !shown.has(item.id)
          ? []
          : item.kind === 'text'
            ? [item.text]
            : [item.clue ?? '', deck!.photos[item.photoId]?.alt ?? ''],
      ),
    ].join(' | ');
    expect(drawn, where).not.toMatch(SECRET);
    expect(await status.textContent(), where).not.toMatch(SECRET);
    expect(await description.textContent(), where).not.toMatch(SECRET);
    expect(await page.title(), where).not.toMatch(SECRET);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(
        async () => `${await player.getAttribute('data-slide')}/${await player.getAttribute('data-step')}`,
      )
      .not.toBe(`${slideIndex + 1}/${step}`);
    steps += 1;
  }
  // The question, 25 photos, and a question step on each slide the quiz continues onto, before the answer.
  expect(steps).toBeGreaterThanOrEqual(26);
  await expect(status).toHaveText(/answer$/);
  await expect(description).toContainText('Ana and Rui!');
  await page.keyboard.press('Escape');

  // The exported bundle's page title is the deck's: neutral.
  const folder = mkdtempSync(path.join(tmpdir(), 'tribute-secret-'));
  try {
    await chooseDeckAction(page, 'Export bundle');
    const exportDialog = page.getByRole('dialog', { name: 'Export bundle' });
    await exportDialog.getByRole('radio', { name: 'Email (long edge 1600 px)', exact: true }).check();
    const downloading = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    const zipPath = path.join(folder, download.suggestedFilename());
    await download.saveAs(zipPath);
    await closeExportDone(page, download.suggestedFilename());
    expect(download.suggestedFilename()).not.toMatch(SECRET);
    await unzipTo(zipPath, path.join(folder, 'bundle'));
    const html = readFileSync(path.join(folder, 'bundle', 'index.html'), 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    expect(title).toBe(deckTitle);
    expect(title).not.toMatch(SECRET);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
