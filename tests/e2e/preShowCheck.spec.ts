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
  const group = (n: number) => dialog.getByRole('region', { name: `Slide ${n}`, exact: true });
  await expect(group(1)).toContainText(
    /small-320x240\.png is 320 px wide but fills \d+ px on a 1920×1080 screen/,
  );
  await expect(group(2)).toContainText('The answer is empty');
  await expect(group(3)).toContainText(
    '“Supercalifragilisticexpialidociousnessfulnesses!” is wider than its text box',
  );
  await expect(dialog.getByRole('listitem')).toHaveCount(3);

  // "Go to slide 3" selects slide 3 and its caption, and closes the check.
  await group(3).getByRole('button', { name: 'Go to slide 3' }).click();
  await expect(dialog).toBeHidden();
  await expect(slideButton(page, 3)).toHaveAttribute('aria-current', 'true');
  await expect(slideButton(page, 1)).not.toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('region', { name: 'Text style' })).toBeVisible();

  dialog = await openCheck(page);
  await group(2).getByRole('button', { name: 'Go to slide 2' }).click();
  await expect(dialog).toBeHidden();
  await expect(slideButton(page, 2)).toHaveAttribute('aria-current', 'true');

  // Fixing the answer takes that problem off the list; the others stay.
  const answer = page.getByRole('textbox', { name: 'Answer', exact: true }).first();
  await answer.fill('Sunsets we shared');
  await answer.blur();
  dialog = await openCheck(page);
  await expect(dialog.getByText('The answer is empty')).toHaveCount(0);
  await expect(group(2)).toHaveCount(0);
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expect(group(1)).toContainText('it will look soft');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
