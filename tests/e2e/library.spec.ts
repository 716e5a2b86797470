// The photo library at phone scale: every fixture at once (good in, upright; bad named in alerts), sorting,
// alt text with undo/redo that survives a reload, and a photo added twice.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { savedDeck as readSavedDeck } from './savedDeck';
import { badFileNames, fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';

test.skip(!haveFixtures, noFixturesMessage);
// Pinned so the short dates read the same on every machine ("21 Jun 2015").
test.use({ locale: 'en-GB' });

const fixture = (folder: string, name: string) => {
  const file = fixtureFiles(folder).find((f) => path.basename(f) === name);
  if (!file) throw new Error(`missing fixture ${folder}/${name}`);
  return file;
};

const library = (page: Page) => page.getByRole('list', { name: 'Photos' });
const shownNames = (page: Page) =>
  library(page)
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));

/** Adds files through the file input and waits until the import has finished. */
async function addPhotos(page: Page, files: string[], expectedCount: number) {
  await page.getByLabel('Add photos').setInputFiles(files);
  await expect(library(page).getByRole('listitem')).toHaveCount(expectedCount, { timeout: 120_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 120_000 });
}

type SavedDeck = {
  photos: Record<string, { fileName: string }>;
  slides: { items: { kind: string; photoId?: string }[] }[];
};
const savedDeck = (page: Page) => readSavedDeck<SavedDeck>(page);

test('importing every fixture at once: good photos in and upright, one alert per bad file', async ({
  page,
}) => {
  const all = ['photos', 'formats', 'orientation', 'bad'].flatMap((folder) => fixtureFiles(folder));
  const good = all.filter((file) => !badFileNames.includes(path.basename(file)));
  const bad = all.filter((file) => badFileNames.includes(path.basename(file)));
  expect(bad).toHaveLength(badFileNames.length);

  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(all);
  const photos = library(page);
  // Waits for the import to finish before counting, so a late refusal cannot slip past the count.
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 150_000 });
  const alerts = page.getByRole('alert');
  await expect(alerts, `alerts: ${(await alerts.allInnerTexts()).join(' | ')}`).toHaveCount(bad.length);
  for (const file of bad) await expect(alerts.filter({ hasText: path.basename(file) })).toHaveCount(1);
  await expect(photos.getByRole('listitem')).toHaveCount(good.length);
  for (const file of good) {
    await expect(photos.getByRole('listitem', { name: path.basename(file), exact: true })).toBeVisible();
  }

  // Dates taken come from the EXIF of JPEG, AVIF and HEIC alike, shown as the camera's clock showed them.
  const dated = {
    'cold-ripple-pier_grayscale_1280x800.jpg': '21 Jun 2015',
    'paris_icc-exif-xmp_403x302.avif': '22 Aug 2022',
    'pug_iphone13pro_depthmap_4032x3024.heic': '21 Feb 2023',
  };
  for (const [name, day] of Object.entries(dated))
    await expect(photos.getByRole('listitem', { name, exact: true }).locator('time')).toHaveText(day);

  // Upright: every Landscape_N thumbnail looks like Landscape_1, every Portrait_N like Portrait_1 (both
  // stored upright, EXIF orientation 1, decoded here straight from the file), judged against how far a
  // wrongly turned or mirrored copy of that reference is from it.
  const orientation = fixtureFiles('orientation').map((file) => path.basename(file));
  for (const name of orientation) {
    const img = photos.getByRole('listitem', { name, exact: true }).locator('img');
    await expect(img).toBeVisible();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
      .toBe(true);
  }
  const references = {
    landscape: readFileSync(fixture('orientation', 'Landscape_1.jpg')).toString('base64'),
    portrait: readFileSync(fixture('orientation', 'Portrait_1.jpg')).toString('base64'),
  };
  const measured = await page.evaluate(
    async ({ names, references }) => {
      const SIZE = { landscape: [48, 32], portrait: [32, 48] } as const;
      // Scaled the way a thumbnail is, so only orientation can make a big difference.
      const decode = (base64: string, fit: ResizeOptions) =>
        createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]), {
          ...fit,
          resizeQuality: 'high',
        });
      type ResizeOptions = { resizeWidth: number } | { resizeHeight: number };
      const upright = {
        landscape: await decode(references.landscape, { resizeWidth: 320 }),
        portrait: await decode(references.portrait, { resizeHeight: 320 }),
      };
      const thumbnail = (name: string) =>
        document.querySelector<HTMLImageElement>(`li[aria-label="${CSS.escape(name)}"] img`)!;
      // Draws `image` small (through `transform`, for the wrongly turned copies) and returns its RGBA.
      const pixels = (image: CanvasImageSource, shape: 'landscape' | 'portrait', transform = '') => {
        const [width, height] = SIZE[shape];
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d')!;
        context.imageSmoothingQuality = 'high';
        if (transform === 'rotate180') context.setTransform(-1, 0, 0, -1, width, height);
        if (transform === 'mirror') context.setTransform(-1, 0, 0, 1, width, 0);
        if (transform === 'flip') context.setTransform(1, 0, 0, -1, 0, height);
        context.drawImage(image, 0, 0, width, height);
        return context.getImageData(0, 0, width, height).data;
      };
      const difference = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
        let sum = 0;
        for (let i = 0; i < a.length; i += 4)
          sum += Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
        return sum / ((a.length / 4) * 3);
      };
      return names.map((name) => {
        const shape = name.startsWith('Landscape') ? 'landscape' : 'portrait';
        const reference = pixels(upright[shape], shape);
        const img = thumbnail(name);
        return {
          name,
          shape,
          width: img.naturalWidth,
          height: img.naturalHeight,
          difference: difference(pixels(img, shape), reference),
          wrongest: Math.min(
            ...['rotate180', 'mirror', 'flip'].map((t) =>
              difference(pixels(upright[shape], shape, t), reference),
            ),
          ),
        };
      });
    },
    { names: orientation, references },
  );
  for (const photo of measured) {
    const message = JSON.stringify(photo);
    expect(
      photo.shape === 'landscape' ? photo.width > photo.height : photo.width < photo.height,
      message,
    ).toBe(true);
    // A right-way-up photo differs from its reference only by its digit; a wrong one by far more.
    expect(photo.difference, message).toBeLessThan(photo.wrongest / 3);
  }
});

test('sorting the library by date taken, name and date added', async ({ page }) => {
  await page.goto('/');
  // Added one at a time, so "date added" has a known order.
  const added = [
    fixture('photos', 'welder-sparks_1024x684.jpg'),
    fixture('formats', 'paris_icc-exif-xmp_403x302.avif'), // taken 2022-08-22 20:30:46 +02:00
    fixture('photos', 'astronaut-eileen-collins_square_512x512.jpg'),
    fixture('formats', 'fallen-leaf_cmyk_1280x800.jpg'), // taken 2015-10-29 15:44:44
    fixture('formats', 'cold-ripple-pier_grayscale_1280x800.jpg'), // taken 2015-06-21 02:05:56
  ];
  for (const [index, file] of added.entries()) await addPhotos(page, [file], index + 1);
  const addedNames = added.map((file) => path.basename(file));
  const [welder, paris, astronaut, leaf, pier] = addedNames as [string, string, string, string, string];

  const sort = page.getByLabel('Sort photos');
  await expect(sort).toHaveValue('dateAdded');
  await expect.poll(() => shownNames(page)).toEqual(addedNames);

  await sort.selectOption({ label: 'Name' });
  await expect.poll(() => shownNames(page)).toEqual([astronaut, pier, leaf, paris, welder]);

  await sort.selectOption({ label: 'Date taken' });
  await expect.poll(() => shownNames(page)).toEqual([pier, leaf, paris, astronaut, welder]);

  // Each dated photo shows its day as the camera wrote it, the undated ones none.
  const item = (name: string) => library(page).getByRole('listitem', { name, exact: true });
  await expect(item(pier).locator('time')).toHaveText('21 Jun 2015');
  await expect(item(leaf).locator('time')).toHaveText('29 Oct 2015');
  await expect(item(paris).locator('time')).toHaveText('22 Aug 2022');
  await expect(item(welder).locator('time')).toHaveCount(0);

  // A Shift range follows the order shown, and so does the slide made from it.
  const buttons = library(page).getByRole('button');
  await buttons.nth(2).click();
  await buttons.nth(4).click({ modifiers: ['Shift'] });
  const pressed = () =>
    library(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { pressed: true }) })
      .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
  await expect.poll(pressed).toEqual([paris, astronaut, welder]);
  const slideList = page.getByRole('list', { name: 'Slides' });
  // Polled: the autosave may not have caught up with the latest slide yet.
  const slidePhotos = async () => {
    const deck = await savedDeck(page);
    return deck.slides.map((slide) => slide.items.map((item) => deck.photos[item.photoId!]!.fileName));
  };
  await page.getByRole('button', { name: 'New slide' }).click();
  await expect(slideList.getByRole('listitem')).toHaveCount(1);
  await expect.poll(slidePhotos).toEqual([[paris, astronaut, welder]]);

  // Sorting again keeps the same photos selected, now in the new order, which a new slide follows.
  await sort.selectOption({ label: 'Name' });
  await expect.poll(pressed).toEqual([astronaut, paris, welder]);
  await page.getByRole('button', { name: 'New slide' }).click();
  await expect(slideList.getByRole('listitem')).toHaveCount(2);
  await expect.poll(slidePhotos).toContainEqual([astronaut, paris, welder]);

  await sort.selectOption({ label: 'Date added' });
  await expect.poll(() => shownNames(page)).toEqual(addedNames);
});

test('alt text: defaults to the file name, edits as one undo step, survives a reload', async ({ page }) => {
  await page.goto('/');
  await addPhotos(page, [fixture('photos', 'welder-sparks_1024x684.jpg')], 1);
  const item = library(page).getByRole('listitem', { name: 'welder-sparks_1024x684.jpg' });
  const thumbnail = item.locator('img');
  await expect(thumbnail).toHaveAttribute('alt', 'welder-sparks_1024x684');

  await item.getByRole('button').click();
  const details = page.getByRole('region', { name: 'Photo details' });
  await expect(details).toContainText('welder-sparks_1024x684.jpg');
  await expect(details).toContainText('1024 × 684 px');
  const alt = details.getByLabel('Alt text');
  await expect(alt).toHaveValue('welder-sparks_1024x684');

  // Typed key by key: many edits, one undo step.
  await alt.fill('');
  await alt.pressSequentially('Sparks fly');
  await expect(thumbnail).toHaveAttribute('alt', 'Sparks fly');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(alt).toHaveValue('welder-sparks_1024x684');
  await expect(thumbnail).toHaveAttribute('alt', 'welder-sparks_1024x684');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(alt).toHaveValue('Sparks fly');
  await expect(thumbnail).toHaveAttribute('alt', 'Sparks fly');

  // After leaving the field, more typing is a step of its own.
  await alt.press('End');
  await alt.pressSequentially(' from a welder’s torch');
  await alt.blur();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(alt).toHaveValue('Sparks fly');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(alt).toHaveValue('Sparks fly from a welder’s torch');

  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(thumbnail).toHaveAttribute('alt', 'Sparks fly from a welder’s torch');
  await item.getByRole('button').click();
  await expect(page.getByRole('region', { name: 'Photo details' }).getByLabel('Alt text')).toHaveValue(
    'Sparks fly from a welder’s torch',
  );
});

test('adding a photo that is already in the library says so and adds nothing', async ({ page }) => {
  await page.goto('/');
  const file = fixture('photos', 'welder-sparks_1024x684.jpg');
  await addPhotos(page, [file], 1);
  await page.getByLabel('Add photos').setInputFiles([]);
  await page.getByLabel('Add photos').setInputFiles([file]);
  const notes = page.getByRole('status').filter({ hasText: 'welder-sparks_1024x684.jpg' });
  await expect(notes).toHaveCount(1);
  await expect(notes).toContainText('“welder-sparks_1024x684.jpg” is already in the library.');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(library(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
