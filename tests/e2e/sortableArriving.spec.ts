// Drag in the slide list and the reveal order (@dnd-kit) comes a moment after the editor's first load. Until it
// is here the lists work without it (select, Move up / down); when it arrives the rows are made again as
// sortable ones, and what had the focus keeps it — a clue half typed goes on where it was.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { haveFixtures, noFixturesMessage } from './fixtures';
import { addPhotos, quizOfAll } from './photosIn';

test.skip(!haveFixtures, noFixturesMessage);
// The page's own requests, where the test can hold the kit's chunk back (a service worker would answer them).
test.use({ serviceWorkers: 'block' });

const PHOTOS = ['astronaut-eileen-collins', 'welder-sparks', 'hurricane-ridge'];

/** The editor with its sortable kit held back until the returned function is called. */
async function editorWithKitHeldBack(page: Page) {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  await page.route(/\/assets\/sortableKit-[^/]*\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('/');
  const photos = await addPhotos(page, PHOTOS);
  return { arrive, photos };
}

/** dnd-kit's own attribute on a handle: the kit has made the row sortable. */
const sortable = (handle: Locator) => expect(handle).toHaveAttribute('aria-describedby', /\S/);

/** Space lifts the focused row, the arrow moves it one place, Space drops it. */
async function liftMoveDrop(page: Page, arrow: 'ArrowUp' | 'ArrowDown') {
  await page.keyboard.press('Space');
  // @dnd-kit's keyboard sensor listens for the arrows a task after the pick-up (see sorter.spec.ts).
  await page.waitForTimeout(100);
  await page.keyboard.press(arrow);
  await page.waitForTimeout(100);
  await page.keyboard.press('Space');
}

async function rowNames(list: Locator): Promise<string[]> {
  return list.getByRole('listitem').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')!));
}

test('the reveal order works before drag arrives, and a clue being typed keeps the focus and caret', async ({
  page,
}) => {
  const { arrive, photos } = await editorWithKitHeldBack(page);
  await quizOfAll(page, photos);
  const order = page.getByRole('list', { name: 'Reveal order' });
  await expect(order.getByRole('listitem')).toHaveCount(3);
  const [first, second, third] = await rowNames(order);
  const firstHandle = order.getByRole('button', { name: `Move ${first}` });
  await expect(firstHandle).not.toHaveAttribute('aria-describedby', /\S/);

  // Without the kit: the Move buttons reorder.
  await order.getByRole('listitem', { name: first }).getByRole('button', { name: 'Move down' }).click();
  await expect.poll(() => rowNames(order)).toEqual([second, first, third]);

  const clue = order.getByRole('listitem', { name: first }).getByRole('textbox', { name: 'Clue' });
  await clue.click();
  await page.keyboard.type('Lisbn');
  await page.keyboard.press('ArrowLeft');
  arrive();
  await sortable(firstHandle);
  await expect(clue).toBeFocused();
  await page.keyboard.type('o');
  await expect(clue).toHaveValue('Lisbon');

  // With it: Space lifts, an arrow moves, Space drops.
  await firstHandle.focus();
  await liftMoveDrop(page, 'ArrowUp');
  await expect.poll(() => rowNames(order)).toEqual([first, second, third]);
});

test('a slide focused in the list keeps the focus as drag arrives, and then moves by keyboard', async ({
  page,
}) => {
  const { arrive, photos } = await editorWithKitHeldBack(page);
  const slides = page.getByRole('list', { name: 'Slides' });
  for (let n = 0; n < 2; n += 1) {
    await photos.getByRole('button').nth(n).click();
    await page.getByRole('button', { name: 'New slide' }).click();
    await expect(slides.getByRole('listitem')).toHaveCount(n + 1);
  }
  const slide = (n: number) => slides.getByRole('button', { name: `Slide ${n}`, exact: true });
  // Without the kit: a click selects.
  await slide(1).click();
  await expect(slide(1)).toHaveAttribute('aria-current', 'true');
  await expect(slide(1)).toBeFocused();
  arrive();
  await sortable(slide(1));
  await expect(slide(1)).toBeFocused();
  await liftMoveDrop(page, 'ArrowDown');
  // The selected slide, first before, is now second.
  await expect(slide(2)).toHaveAttribute('aria-current', 'true');
  await expect(slide(1)).not.toHaveAttribute('aria-current', 'true');
});
