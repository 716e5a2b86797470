// "Check before presenting" as a person uses it: a deck with a soft photo, an empty answer and a too-long
// word; the check lists each on its slide, "Go to slide N" selects that slide, and a fixed problem is gone.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';

test.skip(!haveFixtures, noFixturesMessage);

/** A real PNG file of `width`×`height` in a colour gradient, made here so its size is known exactly. */
function pngFile(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1); // each row starts with filter type 0
    for (let x = 0; x < width; x += 1) {
      rows.set([(x * 255) / width, (y * 255) / height, 128], row + 1 + x * 3);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const slideButton = (page: Page, n: number) =>
  page
    .getByRole('list', { name: 'Slides' })
    .getByRole('listitem', { name: `Slide ${n}`, exact: true })
    .getByRole('button', { name: `Slide ${n}`, exact: true });

async function openCheck(page: Page) {
  await page.getByRole('button', { name: 'Check before presenting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check before presenting' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Checking…')).toHaveCount(0);
  return dialog;
}

test('the check lists each problem on its slide, goes to it, and forgets it once fixed', async ({ page }) => {
  const work = mkdtempSync(path.join(tmpdir(), 'pre-show-check-'));
  const small = path.join(work, 'small-320x240.png');
  writeFileSync(small, pngFile(320, 240));
  const sharp = fixtureFiles('photos').find((f) => path.basename(f).startsWith('evening-glow-boats'))!;

  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles([small, sharp]);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(2, { timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  const photoButton = (name: string) =>
    photos.getByRole('listitem', { name, exact: true }).getByRole('button').first();

  // Slide 1: the small photo filling the slide. Slide 2: a quiz of the sharp photo, with no answer yet.
  await photoButton('small-320x240.png').click();
  await page.getByRole('button', { name: 'New slide' }).click();
  await photoButton(path.basename(sharp)).click();
  await page.getByRole('button', { name: 'New slide' }).click();
  await page.getByRole('switch', { name: 'Quiz reveal' }).click();
  await expect(page.getByRole('switch', { name: 'Quiz reveal' })).toHaveAttribute('aria-checked', 'true');

  // Slide 3: no photo, a caption with a word too long for its box.
  await photoButton(path.basename(sharp)).click({ modifiers: ['Control'] });
  await page.getByRole('button', { name: 'New slide' }).click();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Add text' }).click();
  const editor = page.getByRole('textbox', { name: 'Text', exact: true });
  await editor.fill('Congratulations Supercalifragilisticexpialidociousnessfulnesses!');
  await page.keyboard.press('Control+Enter');
  await expect(editor).toHaveCount(0);
  await slideButton(page, 1).click();

  let dialog = await openCheck(page);
  // Each finding is an item of the list named Problems, saying which slide it is on.
  const problems = dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem');
  const onSlide = (n: number) => problems.filter({ hasText: new RegExp(`^(Problem|Note)Slide ${n} `) });
  await expect(onSlide(1)).toContainText(
    /small-320x240\.png is 320 px wide but fills \d+ px on a 1920×1080 screen/,
  );
  await expect(onSlide(2)).toContainText('The answer is empty');
  await expect(onSlide(3)).toContainText(
    '“Supercalifragilisticexpialidociousnessfulnesses!” is wider than its text box',
  );
  await expect(problems).toHaveCount(3);

  // "Go to slide 3" selects slide 3 and its caption, and closes the check.
  await onSlide(3).getByRole('button', { name: 'Go to slide 3' }).click();
  await expect(dialog).toBeHidden();
  await expect(slideButton(page, 3)).toHaveAttribute('aria-current', 'true');
  await expect(slideButton(page, 1)).not.toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('region', { name: 'Text style' })).toBeVisible();

  dialog = await openCheck(page);
  await onSlide(2).getByRole('button', { name: 'Go to slide 2' }).click();
  await expect(dialog).toBeHidden();
  await expect(slideButton(page, 2)).toHaveAttribute('aria-current', 'true');

  // Fixing the answer takes that problem off the list; the others stay.
  const answer = page.getByRole('textbox', { name: 'Answer', exact: true }).first();
  await answer.fill('Sunsets we shared');
  await answer.blur();
  dialog = await openCheck(page);
  await expect(dialog.getByText('The answer is empty')).toHaveCount(0);
  await expect(onSlide(2)).toHaveCount(0);
  await expect(problems).toHaveCount(2);
  await expect(onSlide(1)).toContainText('it will look soft');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test.describe('on a 1280 × 720 screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the check finds what embarrasses people on the day, each under Problems with its way to the slide', async ({
    page,
  }) => {
    const files = fixtureFiles('photos').filter((f) => /evening-glow-boats|bridge-beach/.test(f));
    await page.goto('/');
    await page.getByLabel('Add photos').setInputFiles(files);
    const photos = page.getByRole('list', { name: 'Photos' });
    await expect(photos.getByRole('listitem')).toHaveCount(2, { timeout: 60_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
    const canvasArea = page.getByRole('region', { name: 'Slide canvas' });
    const canvasBox = page.getByRole('application', { name: 'Canvas', exact: true });
    const said = canvasArea.getByRole('status');

    /**
     * Selects the item the canvas names as `name` ("Text 3 of 4 selected: …"), stepping through the items by
     * Tab, or Shift+Tab towards the first (past either end the focus leaves the canvas, so it comes back).
     */
    const selectOnCanvas = async (name: RegExp, key = 'Tab') => {
      for (let i = 0; i < 8 && !name.test((await said.textContent()) ?? ''); i += 1) {
        await canvasBox.focus();
        await page.keyboard.press(key);
      }
      await expect(said).toHaveText(name);
    };
    /** Adds a text at the slide's centre and writes `text` in it, in place (Add text starts the writing). */
    const addText = async (text: string) => {
      await page.getByRole('button', { name: 'Add text' }).click();
      const editor = page.getByRole('textbox', { name: 'Text', exact: true });
      await editor.fill(text);
      await page.keyboard.press('Control+Enter');
      await expect(editor).toHaveCount(0);
    };

    // Slide 1: a photo. (A text still saying "Double-click to edit" can no longer be left by Add text, which
    // removes a box nobody wrote in; older decks may have one: the unit and browser tests cover that finding.)
    await photos
      .getByRole('button', { name: /evening-glow-boats/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'New slide' }).click();

    // Slide 2: both photos, a caption low on the slide and one naming Rui, both shown from the start.
    await page.getByRole('button', { name: 'Select all' }).click();
    await page.getByRole('button', { name: 'New slide' }).click();
    await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(2);
    await addText('Lisbon, 2016');
    await selectOnCanvas(/^Text \d of 3 selected: Lisbon, 2016$/);
    // 45 nudges of 10 units take the line from the middle of the slide to where the question bar will be.
    for (let i = 0; i < 45; i += 1) await page.keyboard.press('Shift+ArrowDown');
    await addText('Rui at the harbour');

    // The quiz: its question left empty, the answer naming Rui.
    await page.getByRole('switch', { name: 'Quiz reveal' }).click();
    await expect(page.getByRole('switch', { name: 'Quiz reveal' })).toHaveAttribute('aria-checked', 'true');
    await page.getByRole('textbox', { name: 'Question' }).fill('');
    const answer = page.getByRole('textbox', { name: 'Answer', exact: true });
    await answer.fill('10 years of Ana and Rui!');
    await answer.blur();

    // A photo zoomed in three steps in crop mode: it shows well under half of itself.
    await selectOnCanvas(/^Photo 1 of 4 selected: /, 'Shift+Tab');
    await page.getByRole('button', { name: 'Crop', exact: true }).click();
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 3; i += 1) await zoomIn.click();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('slider', { name: 'Crop zoom' })).toHaveCount(0);

    const dialog = await openCheck(page);
    const problems = dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem');
    const problem = (text: string | RegExp) => problems.filter({ hasText: text });
    await expect(dialog.getByText('Everything looks ready')).toHaveCount(0);
    await expect(problem('The question is empty')).toContainText('Slide 2');
    await expect(
      problem('The text “Rui at the harbour” gives away “Rui”, a word of the answer'),
    ).toContainText('Slide 2');
    await expect(problem(/Only \d+ % of .+ shows in its frame/)).toContainText('Slide 2');
    await expect(problem('The text “Lisbon, 2016” is under the question bar')).toContainText('Slide 2');
    await expect(problems).toHaveCount(4);
    await page.screenshot({ path: test.info().outputPath('pre-show-check-1280x720.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: test.info().outputPath('pre-show-check-1440x900.png') });
    await page.setViewportSize({ width: 1280, height: 720 });

    // Each "Go to slide N" selects that slide and the item to change.
    const slideTwo = slideButton(page, 2);
    await problem('under the question bar').getByRole('button', { name: 'Go to slide 2' }).click();
    await expect(slideTwo).toHaveAttribute('aria-current', 'true');
    await expect(said).toHaveText(/^Text \d of 4 selected: Lisbon, 2016$/);

    await openCheck(page);
    await problem(/shows in its frame/)
      .getByRole('button', { name: 'Go to slide 2' })
      .click();
    await expect(said).toHaveText(/^Photo 1 of 4 selected: /);

    await openCheck(page);
    await problem('gives away').getByRole('button', { name: 'Go to slide 2' }).click();
    await expect(said).toHaveText(/^Text \d of 4 selected: Rui at the harbour$/);

    // Written, the question is no longer a problem; the rest still are.
    await page.getByRole('textbox', { name: 'Question' }).fill('Where did we meet?');
    await page.getByRole('textbox', { name: 'Question' }).blur();
    await openCheck(page);
    await expect(problem('The question is empty')).toHaveCount(0);
    await expect(problems).toHaveCount(3);
  });
});
