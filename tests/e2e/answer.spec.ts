// The reveal that lands, on a 1280 × 720 screen: the question in the display font, photos fading in at the
// pace set in the inspector, the strip readable from the back of the room, and the answer's card over the
// veiled collage. Takes the four pictures the README shows (docs/editor.jpg, question.jpg, reveal.jpg,
// answer.jpg when UPDATE_DOCS=1; into the test's output otherwise).
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { openSection } from './inspectorSections';
import { savedDeck } from './savedDeck';

test.skip(!haveFixtures, noFixturesMessage);
test.use({ viewport: { width: 1280, height: 720 } });

const photoNames = [
  'aitzgorri-mountains_3088x2056.jpg',
  'astronaut-eileen-collins_square_512x512.jpg',
  'evening-glow-boats_2560x1600.jpg',
  'friends-dogs-at-window_portrait_2056x3088.jpg',
  'welder-sparks_1024x684.jpg',
  'wine-room_portrait_2560x3837.jpg',
];

type Rgb = [number, number, number];
type Region = { x: number; y: number; width: number; height: number };

/** The still layer's pixels (the slide as drawn, without an animation's own layer) in a region of CSS pixels. */
function slidePixels(page: Page, region: Region): Promise<Rgb[][]> {
  return page.evaluate((region) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-player] [aria-busy] canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) throw new Error('no player canvas');
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const data = context.getImageData(
      Math.round(region.x * ratio),
      Math.round(region.y * ratio),
      Math.round(region.width * ratio),
      Math.round(region.height * ratio),
    );
    const rows: Rgb[][] = [];
    for (let y = 0; y < data.height; y++) {
      const row: Rgb[] = [];
      for (let x = 0; x < data.width; x++) {
        const i = (y * data.width + x) * 4;
        row.push([data.data[i]!, data.data[i + 1]!, data.data[i + 2]!]);
      }
      rows.push(row);
    }
    return rows;
  }, region);
}

async function canvasBox(page: Page): Promise<Region> {
  const box = await page.locator('[data-player] [aria-busy] canvas').first().boundingBox();
  if (!box) throw new Error('no player canvas');
  return box;
}

const brightness = ([r, g, b]: Rgb) => (r + g + b) / 3;
const mean = (rows: Rgb[][]) => {
  const all = rows.flat();
  return all.reduce((sum, pixel) => sum + brightness(pixel), 0) / all.length;
};

async function shot(page: Page, name: string, outputPath: (name: string) => string) {
  const file = process.env.UPDATE_DOCS ? path.resolve('docs', name) : outputPath(name);
  await page.screenshot({ path: file, type: 'jpeg', quality: 80 });
}

test('present a quiz to its answer at 1280 × 720: question, photos at the chosen pace, strip, answer', async ({
  page,
}, testInfo) => {
  const files = fixtureFiles('photos').filter((file) => photoNames.includes(path.basename(file)));
  expect(files).toHaveLength(photoNames.length);
  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(files);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(files.length, { timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  await photos.getByRole('button').first().click();
  await photos
    .getByRole('button')
    .last()
    .click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'New slide' }).click();

  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('switch', { name: 'Quiz reveal' }).click();
  await inspector.getByLabel('Answer', { exact: true }).fill('10 years of Ana and Rui!');
  await inspector.getByLabel('Subtitle').fill('Thank you both!');
  // The editor as the README shows it: the quiz slide with its question bar, the library and the inspector.
  await expect(page.getByRole('region', { name: 'Slide canvas' }).locator('canvas').first()).toBeVisible();
  await page.waitForTimeout(1500); // the canvas's photos decode and draw (a picture, not a check)
  await shot(page, 'editor.jpg', (name) => testInfo.outputPath(name));
  await openSection(page, 'Reveal style');
  await inspector
    .getByRole('radiogroup', { name: 'Reveal style' })
    .getByRole('radio', { name: 'Fade' })
    .check();
  // Slower photos for a room that likes to guess: 2 seconds each, shown beside the slider.
  const pace = inspector.getByRole('slider', { name: 'Seconds per photo' });
  await pace.focus();
  for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight');
  await expect(inspector.getByText('2.0 s', { exact: true })).toBeVisible();
  await openSection(page, 'Deck theme');
  await expect(
    inspector.getByRole('radiogroup', { name: 'Deck theme' }).getByRole('radio', { name: 'Night' }),
  ).toBeChecked();
  const deck = await savedDeck<{ slides: { reveal: { stepSeconds: number; style: string } }[] }>(page);
  expect(deck.slides[0]!.reveal).toMatchObject({ stepSeconds: 2, style: 'fade' });

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const player = page.locator('[data-player]');
  const status = player.getByRole('status');
  await expect(status).toHaveText('Slide 1 of 1, question');
  await expect(player.locator('[aria-busy="false"]')).toHaveCount(1, { timeout: 30_000 });
  const box = await canvasBox(page);
  expect(box.width).toBeCloseTo(1280, 0);
  expect(box.height).toBeCloseTo(720, 0);

  // The question: large light text in the middle of the dark slide, nothing else on it.
  const middle = await slidePixels(page, { x: 100, y: 250, width: 1080, height: 220 });
  const light = middle.flat().filter((pixel) => brightness(pixel) > 200).length;
  expect(light / middle.flat().length, 'the question’s letters fill part of the middle').toBeGreaterThan(
    0.05,
  );
  const top = await slidePixels(page, { x: 0, y: 0, width: 1280, height: 150 });
  expect(top.flat().every((pixel) => brightness(pixel) < 40)).toBe(true);
  await shot(page, 'question.jpg', (name) => testInfo.outputPath(name));

  // Photo 1 fades in over 2 seconds: half a second in, its layer is still partly transparent.
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText('Slide 1 of 1, photo 1 of 6');
  await page.waitForTimeout(500);
  const fading = await page
    .locator('[data-player] [aria-busy] canvas')
    .evaluateAll((canvases) => canvases.map((canvas) => Number(getComputedStyle(canvas).opacity)));
  expect(fading.length, 'the arriving photo has a layer of its own').toBe(2);
  expect(fading[1]).toBeGreaterThan(0.05);
  expect(fading[1]).toBeLessThan(0.98);
  await expect
    .poll(() => page.locator('[data-player] [aria-busy] canvas').count(), { timeout: 5000 })
    .toBe(1);

  // Photos 2 and 3: a click during a fade finishes it at once; then the third settles.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText('Slide 1 of 1, photo 3 of 6');
  await expect
    .poll(() => page.locator('[data-player] [aria-busy] canvas').count(), { timeout: 5000 })
    .toBe(1);
  // The strip: the question's letters at least 4 % of the screen's height tall, left of the counter.
  const stripTop = Math.round(box.height * 0.9);
  const strip = await slidePixels(page, { x: 0, y: stripTop, width: 1000, height: box.height - stripTop });
  const inkRows = strip.map((row) => row.some((pixel) => brightness(pixel) > 200));
  const firstInk = inkRows.indexOf(true);
  const lastInk = inkRows.lastIndexOf(true);
  expect(firstInk).toBeGreaterThanOrEqual(0);
  const ratio = strip.length / (box.height - stripTop);
  expect((lastInk - firstInk + 1) / ratio, 'the strip text’s height in CSS px').toBeGreaterThanOrEqual(
    box.height * 0.04,
  );
  const counter = await slidePixels(page, {
    x: 1130,
    y: stripTop,
    width: 140,
    height: box.height - stripTop,
  });
  const gold = counter.flat().filter(([r, g, b]) => r > 180 && g > 130 && b < 90).length;
  expect(gold, 'the counter in the accent colour').toBeGreaterThan(20);
  await shot(page, 'reveal.jpg', (name) => testInfo.outputPath(name));

  // On to the last photo, then the answer.
  for (let i = 4; i <= 6; i++) await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText('Slide 1 of 1, photo 6 of 6');
  await expect
    .poll(() => page.locator('[data-player] [aria-busy] canvas').count(), { timeout: 5000 })
    .toBe(1);
  const corner = { x: 30, y: 30, width: 180, height: 120 };
  const before = mean(await slidePixels(page, corner));
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText('Slide 1 of 1, answer');
  await expect(player).toHaveAttribute('data-step', '7');
  // Once the answer has landed (confetti then bursts on a canvas of its own), the collage is veiled.
  await expect(player.locator('canvas[data-confetti]')).toHaveCount(1, { timeout: 5000 });
  const after = mean(await slidePixels(page, corner));
  expect(after, `the collage is veiled behind the answer (${before} → ${after})`).toBeLessThan(before * 0.75);
  // The card in the middle: a panel the colour of a lifted background with the title's light letters on it.
  const card = await slidePixels(page, { x: 300, y: 300, width: 680, height: 60 });
  const letters = card.flat().filter((pixel) => brightness(pixel) > 200).length;
  expect(letters / card.flat().length).toBeGreaterThan(0.05);
  await page.waitForTimeout(600);
  await shot(page, 'answer.jpg', (name) => testInfo.outputPath(name));
});
