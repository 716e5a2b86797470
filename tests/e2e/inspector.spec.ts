// The inspector shows what fits the selection: the text's panel first, photos' reveal row and style near the
// top, Gutter and Corner radius only where there are photos; a section folded stays folded whatever is selected.
import { expect, test } from '@playwright/test';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { inspectorOf, openSection, sectionOf, sectionTitles } from './inspectorSections';

test.skip(!haveFixtures, noFixturesMessage);

test('the sections follow the selection, and a folded one stays folded', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const files = fixtureFiles('photos').filter((f) => /astronaut|welder|evening-glow/.test(f));
  await page.getByLabel('Add photos').setInputFiles(files);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Select all' }).click();
  await page.getByRole('button', { name: 'New slide' }).click();
  const inspector = inspectorOf(page);
  await inspector.getByRole('switch', { name: 'Quiz reveal' }).click();

  // Nothing selected on the slide: the quiz, then its layout gallery, before the reveal order; the rarely used last.
  await expect(sectionTitles(page)).toHaveText([
    'Quiz',
    'Layout',
    'Reveal order',
    'Answer card',
    'Reveal style',
    'Presenting',
    'Style',
    'Deck theme',
  ]);
  // Reveal style, Presenting, Style and Deck theme start folded; the rest start open.
  for (const title of ['Reveal style', 'Presenting', 'Style', 'Deck theme'])
    await expect(sectionOf(page, title)).not.toHaveAttribute('open');
  for (const title of ['Quiz', 'Layout', 'Reveal order', 'Answer card'])
    await expect(sectionOf(page, title)).toHaveAttribute('open', '');

  // Opened, Style has the collage's gutter and corners, since this slide has photos.
  await openSection(page, 'Style');
  await expect(inspector.getByRole('slider', { name: 'Gutter', exact: true })).toBeVisible();
  await expect(inspector.getByRole('slider', { name: 'Corner radius', exact: true })).toBeVisible();
  // The layout gallery folded by a click on its heading.
  await inspector.getByRole('heading', { name: 'Layout', exact: true }).click();
  await expect(sectionOf(page, 'Layout')).not.toHaveAttribute('open');

  // A photo selected on the canvas: its reveal row and the collage style come up, right after the quiz.
  const canvas = page.getByRole('region', { name: 'Slide canvas' }).locator('canvas').first();
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.5);
  await expect(sectionTitles(page)).toHaveText([
    'Quiz',
    'Reveal order',
    'Style',
    'Layout',
    'Answer card',
    'Reveal style',
    'Presenting',
    'Deck theme',
  ]);
  // Each section as it was left: Layout folded, Style open, the others as they started.
  await expect(sectionOf(page, 'Layout')).not.toHaveAttribute('open');
  await expect(sectionOf(page, 'Style')).toHaveAttribute('open', '');
  await expect(sectionOf(page, 'Presenting')).not.toHaveAttribute('open');

  // An empty slide with a caption: the text's panel first; Style has the background alone, no gutter or corners.
  await page.getByRole('button', { name: 'Select none' }).click();
  await page.getByRole('button', { name: 'New slide' }).click();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.keyboard.type('Thank you');
  await page.keyboard.press('Escape');
  await expect(sectionTitles(page)).toHaveText(['Text', 'Quiz', 'Presenting', 'Style', 'Deck theme']);
  await expect(inspector.getByLabel('Font size')).toBeVisible();
  await expect(sectionOf(page, 'Style')).toHaveAttribute('open', '');
  await expect(inspector.getByLabel('Background')).toBeVisible();
  await expect(inspector.getByRole('slider', { name: 'Gutter', exact: true })).toHaveCount(0);
  await expect(inspector.getByRole('slider', { name: 'Corner radius', exact: true })).toHaveCount(0);
  await expect(inspector.getByRole('slider', { name: 'Border width', exact: true })).toHaveCount(0);
  await expect(inspector.getByRole('button', { name: 'Shuffle' })).toHaveCount(0);

  // Back on the first slide, the layout gallery is still folded.
  await page
    .getByRole('list', { name: 'Slides' })
    .getByRole('listitem', { name: 'Slide 1', exact: true })
    .getByRole('button', { name: 'Slide 1', exact: true })
    .click();
  await expect(sectionTitles(page).first()).toHaveText('Quiz');
  await expect(sectionOf(page, 'Layout')).not.toHaveAttribute('open');
});
