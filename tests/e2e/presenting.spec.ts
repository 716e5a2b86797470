// Presenting with a clicker: every step of a quiz reveal, photos on screen on the very next frame, blackout,
// the overview and jumping by slide number, in the built app with real photos.
import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';
import { savedDeck } from './savedDeck';

test.skip(!haveFixtures, noFixturesMessage);

type Rect = { x: number; y: number; width: number; height: number };
type SavedItem = Rect & { id: string; kind: string };
type SavedDeck = {
  size: { width: number; height: number };
  theme: { background: string };
  slides: { items: SavedItem[]; reveal: { order: string[] } | null; background?: string }[];
};
type Rgb = readonly [number, number, number];

/** Small and medium real photos, so adding them stays quick on a slow machine. */
const photoNames = [
  'astronaut-eileen-collins_square_512x512.jpg',
  'welder-sparks_1024x684.jpg',
  'evening-glow-boats_2560x1600.jpg',
  'aitzgorri-mountains_3088x2056.jpg',
  'friends-dogs-at-window_portrait_2056x3088.jpg',
  'wine-room_portrait_2560x3837.jpg',
];
/** What an empty photo frame (a photo not yet decoded) is filled with. */
const EMPTY_FRAME: Rgb = [0x2a, 0x30, 0x38];

function hexColour(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function near(a: Rgb, b: Rgb): boolean {
  return a.every((value, i) => Math.abs(value - (b[i] ?? 0)) <= 8);
}

/**
 * Arms a one-shot listener: on the next key press, right after the player has handled it, it waits for the
 * next animation frame (Konva draws a change on that frame) and reads a grid of the player canvas's pixels
 * inside each rectangle (in slide units).
 */
async function readPixelsOnNextFrame(page: Page, rects: readonly Rect[], slideWidth: number) {
  await page.evaluate(
    ({ rects, slideWidth }) => {
      const holder = window as unknown as { nextFramePixels?: Promise<number[][][]> };
      holder.nextFramePixels = new Promise((resolve, reject) => {
        const read = () => {
          const canvas = document.querySelector<HTMLCanvasElement>('[data-player] [aria-busy] canvas');
          const context = canvas?.getContext('2d');
          if (!canvas || !context) return reject(new Error('no player canvas'));
          const scale = canvas.width / slideWidth;
          resolve(
            rects.map((rect) => {
              const points: number[][] = [];
              // A 9×9 grid over the middle 70 % of the photo, clear of its frame and corners.
              for (let i = 0; i < 9; i++) {
                for (let j = 0; j < 9; j++) {
                  const x = (rect.x + rect.width * (0.15 + (0.7 * i) / 8)) * scale;
                  const y = (rect.y + rect.height * (0.15 + (0.7 * j) / 8)) * scale;
                  points.push([...context.getImageData(Math.floor(x), Math.floor(y), 1, 1).data.slice(0, 3)]);
                }
              }
              return points;
            }),
          );
        };
        const onKey = () => {
          window.removeEventListener('keydown', onKey);
          // Added after the player's own listener, this runs after it; the microtask runs after React's
          // render of the key's update, which asks Konva to draw on the next frame before this asks to read.
          queueMicrotask(() => requestAnimationFrame(read));
        };
        window.addEventListener('keydown', onKey);
      });
    },
    { rects, slideWidth },
  );
}

async function pixelsReadOnNextFrame(page: Page): Promise<Rgb[][]> {
  return page.evaluate(
    () => (window as unknown as { nextFramePixels: Promise<Rgb[][]> }).nextFramePixels,
  ) as Promise<Rgb[][]>;
}

/** Most of the rectangle shows a photo: neither the slide's background nor an empty frame, in varied colours. */
function expectPhotoShown(points: readonly Rgb[], background: Rgb, what: string) {
  const photoPoints = points.filter((point) => !near(point, background) && !near(point, EMPTY_FRAME));
  expect(photoPoints.length, `${what}: photo pixels of ${points.length}`).toBeGreaterThan(
    points.length * 0.6,
  );
  const distinct = new Set(photoPoints.map((point) => point.join(',')));
  expect(distinct.size, `${what}: distinct colours`).toBeGreaterThan(5);
}

async function expectAt(player: Locator, slide: number, step: number, status: string) {
  await expect(player).toHaveAttribute('data-slide', String(slide));
  await expect(player).toHaveAttribute('data-step', String(step));
  await expect(player.getByRole('status')).toHaveText(status);
}

test('presenting with a clicker: every step, photos drawn at once, blackout, overview, slide numbers', async ({
  page,
}) => {
  const files = fixtureFiles('photos').filter((file) => photoNames.includes(path.basename(file)));
  expect(files).toHaveLength(photoNames.length);

  await page.goto('/');
  await page.getByLabel('Add photos').setInputFiles(files);
  const photos = page.getByRole('list', { name: 'Photos' });
  await expect(photos.getByRole('listitem')).toHaveCount(files.length, { timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  // Slide 1: a collage of four photos as a quiz. Slides 2 and 3: one other photo each, no reveal (so the
  // player must have decoded them ahead, as the next slide's, not as the current one's).
  const photoButtons = photos.getByRole('button');
  const slides = page.getByRole('list', { name: 'Slides' });
  await photoButtons.nth(0).click();
  await photoButtons.nth(3).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'New slide' }).click();
  await expect(slides.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('switch', { name: 'Quiz reveal' }).click();
  await expect(page.getByRole('switch', { name: 'Quiz reveal' })).toHaveAttribute('aria-checked', 'true');
  for (const [index, count] of [
    [4, 2],
    [5, 3],
  ] as const) {
    await photoButtons.nth(index).click();
    await page.getByRole('button', { name: 'New slide' }).click();
    await expect(slides.getByRole('listitem')).toHaveCount(count);
  }
  const deck = await savedDeck<SavedDeck>(page);
  expect(deck.slides.map((slide) => slide.items.length)).toEqual([4, 1, 1]);
  const photoIdsOf = (slide: number) =>
    deck.slides[slide]!.items.map((item) => (item as SavedItem & { photoId: string }).photoId);
  expect(new Set([...photoIdsOf(0), ...photoIdsOf(1), ...photoIdsOf(2)]).size).toBe(6);
  const order = deck.slides[0]!.reveal!.order;
  expect(order).toHaveLength(4);
  const background = hexColour(deck.theme.background);
  const itemRect = (slide: number, id: string) => deck.slides[slide]!.items.find((item) => item.id === id)!;

  await slides.getByRole('listitem', { name: 'Slide 1' }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const player = page.locator('[data-player]');
  await expectAt(player, 1, 0, 'Slide 1 of 3, question');
  // The presenter lets the question sink in while the photos around it decode.
  await expect(player.locator('[aria-busy="false"]')).toHaveCount(1, { timeout: 30_000 });

  // Forward with the clicker's PageDown through every step; each new photo is on screen on the next frame.
  const forward: ReadonlyArray<{ slide: number; step: number; status: string; photo?: Rect }> = [
    ...order.map((id, index) => ({
      slide: 1,
      step: index + 1,
      status: `Slide 1 of 3, photo ${index + 1} of 4`,
      photo: itemRect(0, id),
    })),
    { slide: 1, step: 5, status: 'Slide 1 of 3, answer' },
    { slide: 2, step: 0, status: 'Slide 2 of 3', photo: deck.slides[1]!.items[0]! },
    { slide: 3, step: 0, status: 'Slide 3 of 3', photo: deck.slides[2]!.items[0]! },
  ];
  for (const step of forward) {
    if (step.photo) await readPixelsOnNextFrame(page, [step.photo], deck.size.width);
    await page.keyboard.press('PageDown');
    if (step.photo) {
      const [points] = await pixelsReadOnNextFrame(page);
      expectPhotoShown(points!, background, step.status);
    }
    await expectAt(player, step.slide, step.step, step.status);
    if (step.photo) await expect(player.locator('[aria-busy="false"]')).toHaveCount(1, { timeout: 30_000 });
  }
  // At the very end the clicker moves nothing.
  await page.keyboard.press('PageDown');
  await expectAt(player, 3, 0, 'Slide 3 of 3');

  // Back with PageUp through every step; B blacks out on the way, and the next click only brings it back.
  const back = [...forward].reverse().slice(1);
  back.push({ slide: 1, step: 0, status: 'Slide 1 of 3, question' });
  for (const [index, step] of back.entries()) {
    if (index === 3) {
      await page.keyboard.press('b');
      await expect(player.locator('[data-blank="black"]')).toBeVisible();
      await page.keyboard.press('PageUp');
      await expect(player.locator('[data-blank]')).toHaveCount(0);
      await page.keyboard.press('.');
      await expect(player.locator('[data-blank="black"]')).toBeVisible();
      await page.keyboard.press('.');
      await expect(player.locator('[data-blank]')).toHaveCount(0);
    }
    await page.keyboard.press('PageUp');
    await expectAt(player, step.slide, step.step, step.status);
  }

  // The overview: every slide, the current one marked; a click goes to that slide.
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'Slide overview' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('button')).toHaveCount(3);
  await expect(overview.getByRole('button', { name: 'Slide 1' })).toHaveAttribute('aria-current', 'true');
  await expect(overview.getByRole('button', { name: 'Slide 1' })).toBeFocused();
  await overview.getByRole('button', { name: 'Slide 2' }).click();
  await expect(overview).toHaveCount(0);
  await expectAt(player, 2, 0, 'Slide 2 of 3');

  // The overview by keyboard: arrows move, Enter picks; O again closes without moving (Esc does too, but in
  // full screen the browser takes Esc to leave full screen, and with it the show).
  await page.keyboard.press('o');
  await expect(overview.getByRole('button', { name: 'Slide 2' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(overview.getByRole('button', { name: 'Slide 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
  await expectAt(player, 1, 0, 'Slide 1 of 3, question');
  await page.keyboard.press('o');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('O');
  await expect(overview).toHaveCount(0);
  await expectAt(player, 1, 0, 'Slide 1 of 3, question');

  // Typing a slide number then Enter jumps there; a number past the end says so and stays.
  await page.keyboard.press('3');
  await expect(player.getByText('Go to slide 3')).toBeVisible();
  await page.keyboard.press('Enter');
  await expectAt(player, 3, 0, 'Slide 3 of 3');
  await page.keyboard.press('9');
  await page.keyboard.press('Enter');
  await expect(player.getByText('No slide 9: the last is 3')).toBeVisible();
  await expectAt(player, 3, 0, 'Slide 3 of 3');
  // Home and End still go to the very start and the very end.
  await page.keyboard.press('Home');
  await expectAt(player, 1, 0, 'Slide 1 of 3, question');
  await page.keyboard.press('End');
  await expectAt(player, 3, 0, 'Slide 3 of 3');
});
