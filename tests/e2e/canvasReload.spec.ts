// After a reload the editor canvas shows the photos from their thumbnail rendition while the display rendition
// is still decoding, then the display rendition in its place: photo pixels, not grey frames, from the start.
import { expect, test, type Page } from '@playwright/test';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';

test.skip(!haveFixtures, noFixturesMessage);

/** What PhotoFrame draws for a photo whose image is not loaded. */
const FRAME_GREY = [0x2a, 0x30, 0x38];

type HeldWindow = Window & { heldDecodes?: number; releaseDecodes?: () => void };
type KonvaWindow = Window & {
  Konva?: {
    stages: { container(): HTMLElement; findOne(selector: string): { image(): unknown } | undefined }[];
  };
};

/**
 * From the next page load on, every decode bigger than a thumbnail waits until the test lets it go, so which
 * rendition is ready first is the test's choice and not the machine's speed.
 */
async function holdDisplayDecodes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const held = window as HeldWindow;
    const decode = window.createImageBitmap.bind(window);
    const released = new Promise<void>((resolve) => {
      held.releaseDecodes = resolve;
    });
    held.heldDecodes = 0;
    const holding = async (source: ImageBitmapSource, options?: ImageBitmapOptions) => {
      const bitmap = await decode(source, options);
      if (Math.max(bitmap.width, bitmap.height) > 480) {
        held.heldDecodes = (held.heldDecodes ?? 0) + 1;
        await released;
      }
      return bitmap;
    };
    window.createImageBitmap = holding as typeof createImageBitmap;
  });
}

/** The colour at the middle of the editor canvas. */
function centreColour(page: Page): Promise<number[]> {
  return page
    .getByRole('region', { name: 'Slide canvas' })
    .locator('canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context) return [];
      const { data } = context.getImageData(
        Math.floor(canvas.width / 2),
        Math.floor(canvas.height / 2),
        1,
        1,
      );
      return [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
    });
}

/** The long edge of the image the canvas draws for its photo, 0 while it draws a grey frame. */
function drawnLongEdge(page: Page): Promise<number> {
  return page.evaluate(() => {
    const area = document.querySelector('[aria-label="Slide canvas"]');
    const stage = (window as KonvaWindow).Konva?.stages.find((s) => area?.contains(s.container()));
    const image = stage?.findOne('Image')?.image();
    return image instanceof ImageBitmap || image instanceof HTMLImageElement
      ? Math.max(image.width, image.height)
      : 0;
  });
}

const isGrey = (colour: number[]) => colour.every((value, i) => Math.abs(value - (FRAME_GREY[i] ?? 0)) <= 3);

test('after a reload the canvas draws the thumbnail at once, then the display rendition', async ({
  page,
}) => {
  await page.goto('/');
  const files = fixtureFiles('photos').filter((f) => /evening-glow-boats/.test(f));
  await page.getByLabel('Add photos').setInputFiles(files);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(1, { timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  await photos.getByRole('button').first().click();
  await page.getByRole('button', { name: 'New slide' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  // The photo fills the middle of the slide: what is drawn there is the photo (or its grey frame).
  await expect.poll(() => drawnLongEdge(page)).toBeGreaterThan(480);

  await holdDisplayDecodes(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Slide canvas' }).locator('canvas').first()).toBeVisible();
  // The display rendition is decoding (held back), and meanwhile the canvas draws the thumbnail's pixels.
  await expect.poll(() => page.evaluate(() => (window as HeldWindow).heldDecodes ?? 0)).toBeGreaterThan(0);
  await expect.poll(() => drawnLongEdge(page)).toBeGreaterThan(0);
  expect(await drawnLongEdge(page)).toBeLessThanOrEqual(480);
  expect(isGrey(await centreColour(page))).toBe(false);

  // Let go, the display rendition takes the thumbnail's place.
  await page.evaluate(() => (window as HeldWindow).releaseDecodes?.());
  await expect.poll(() => drawnLongEdge(page)).toBeGreaterThan(480);
  expect(isGrey(await centreColour(page))).toBe(false);
});
