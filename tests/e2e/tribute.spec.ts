// "New tribute": one dialog turns photos, names and an answer into a new, finished, editable deck.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { allSavedDecks } from './savedDeck';
import { chooseDeckAction } from './deckMenu';

test.skip(!haveFixtures, noFixturesMessage);

/** Four photos with an EXIF date taken, then eight without one, chosen in neither order. */
const dated = [
  'formats/pug_iphone13pro_depthmap_4032x3024.heic', // 2023-02-21
  'formats/cold-ripple-pier_grayscale_1280x800.jpg', // 2015-06-21
  'formats/paris_icc-exif-xmp_403x302.avif', // 2022-08-24
  'formats/fallen-leaf_cmyk_1280x800.jpg', // 2015-10-29
];
const undated = [
  'photos/wine-room_portrait_2560x3837.jpg',
  'photos/aitzgorri-mountains_3088x2056.jpg',
  'photos/welder-sparks_1024x684.jpg',
  'photos/astronaut-eileen-collins_square_512x512.jpg',
  'photos/hurricane-ridge-360-panorama_4096x512.jpg',
  'photos/bridge-beach_16x9_4352x2448.jpg',
  'photos/friends-dogs-at-window_portrait_2056x3088.jpg',
  'photos/evening-glow-boats_2560x1600.jpg',
];
/** How the file names start, in the order the photos were taken (undated ones last, by name). */
const takenOrder = [
  'cold-ripple',
  'fallen-leaf',
  'paris',
  'pug',
  'aitzgorri',
  'astronaut',
  'bridge',
  'evening',
  'friends',
  'hurricane',
  'welder',
  'wine',
];

type SavedDeck = {
  id: string;
  title: string;
  photos: Record<string, { fileName: string; takenAt?: string }>;
  slides: {
    items: ({ kind: 'photo'; photoId: string } | { kind: 'text'; text: string })[];
    reveal: { order: string[]; answer: { title: string }; continues: boolean } | null;
  }[];
};

test('New tribute makes one quiz over slides in date order and a closing collage in a new deck', async ({
  page,
}) => {
  await page.goto('/');
  // The deck open before the tribute, with a change of its own: it must stay saved.
  await page.getByLabel('Deck title').fill('Club night');
  await expect(page.getByText('All changes saved')).toBeVisible();

  await chooseDeckAction(page, 'New tribute');
  const dialog = page.getByRole('dialog', { name: 'New tribute' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Question')).toHaveValue('What do these photos have in common?');

  // Nothing chosen: the dialog says what is missing and stays open.
  await dialog.getByRole('button', { name: 'Make tribute' }).click();
  await expect(dialog.getByText('Choose at least 2 photos (0 chosen).')).toBeVisible();
  await expect(dialog.getByText(/Write who the tribute is for/)).toBeVisible();
  await expect(dialog.getByLabel('Photos')).toBeFocused();

  // One file that is no photo at all: reported as usual and left out.
  const files = [...dated, 'bad/text-file-renamed.jpg', ...undated];
  await dialog.getByLabel('Photos').setInputFiles(files.map((f) => path.join(fixturesDir, f)));
  await dialog.getByLabel('Names').fill('Ana and Rui');
  await dialog.getByLabel('Answer').fill('10 years of Ana and Rui!');
  await dialog.getByRole('button', { name: 'Make tribute' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Adding photos' })).toHaveAttribute(
    'aria-valuetext',
    /^\d+ of 13 photos$/,
  );
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('“text-file-renamed.jpg” could not be added');

  const slides = page.getByRole('list', { name: 'Slides' });
  await expect(slides.getByRole('listitem')).toHaveCount(3);
  await expect(slides.getByRole('button', { name: 'Slide 1', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
  // Named by the day: the deck's title is the bundle's page title, which must not give the answer away.
  await expect(page.getByLabel('Deck title')).toHaveValue(/^Photo quiz, \d{1,2} \w+ \d{4}$/);
  const deckTitle = await page.getByLabel('Deck title').inputValue();
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(12);

  const decks = await allSavedDecks<SavedDeck>(page);
  expect(decks.map((deck) => deck.title).sort()).toEqual(['Club night', deckTitle]);
  const tribute = decks.find((deck) => deck.title === deckTitle)!;
  const rest = [...tribute.slides];
  const closing = rest.pop()!;
  expect(closing.items.filter((item) => item.kind === 'text').map((item) => item.text)).toContain(
    'Ana and Rui',
  );
  expect(rest).toHaveLength(2);
  const photoIdsOf = (slide: SavedDeck['slides'][number]) =>
    slide.items.flatMap((item) => (item.kind === 'photo' ? [item.photoId] : []));
  // One quiz over two slides: the first continues onto the second, which alone answers it.
  expect(rest.map((quiz) => quiz.reveal?.continues)).toEqual([true, false]);
  for (const quiz of rest) {
    expect(photoIdsOf(quiz).length).toBeLessThanOrEqual(9);
    expect(quiz.reveal?.answer.title).toBe('10 years of Ana and Rui!');
    expect(quiz.reveal?.order).toHaveLength(photoIdsOf(quiz).length);
  }
  const quizOrder = rest.flatMap(photoIdsOf).map((id) => tribute.photos[id]!.fileName);
  expect(quizOrder).toHaveLength(takenOrder.length);
  quizOrder.forEach((fileName, i) => expect(fileName.startsWith(takenOrder[i]!), fileName).toBe(true));
  expect(new Set(photoIdsOf(closing))).toEqual(new Set(Object.keys(tribute.photos)));
  expect(closing.reveal).toBeNull();

  // The whole build is one undo step; redo brings it back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(slides.getByRole('listitem')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(slides.getByRole('listitem')).toHaveCount(3);
  await slides.getByRole('button', { name: 'Slide 1', exact: true }).click();

  // Present the whole tribute with a clicker's keys: PageDown through every step of every slide. The photos
  // count on over both quiz slides, and only the last one answers.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const player = page.locator('[data-player]');
  const status = player.getByRole('status');
  await expect(player).toHaveAttribute('data-slide', '1');
  await expect(status).toHaveText('Slide 1 of 3, question');
  let counted = 0;
  for (const [index, quiz] of rest.entries()) {
    const slide = index + 1;
    if (index > 0) {
      await page.keyboard.press('PageDown');
      await expect(status).toHaveText(`Slide ${slide} of 3, question`);
    }
    const count = photoIdsOf(quiz).length;
    for (let step = 1; step <= count; step += 1) {
      await page.keyboard.press('PageDown');
      counted += 1;
      await expect(status).toHaveText(`Slide ${slide} of 3, photo ${counted} of 12`);
      await expect(player).toHaveAttribute('data-step', String(step));
    }
  }
  await page.keyboard.press('PageDown');
  await expect(status).toHaveText('Slide 2 of 3, answer');
  await page.keyboard.press('PageDown');
  await expect(status).toHaveText('Slide 3 of 3');
  // The end of the show stays put; PageUp goes back one step, onto the quiz's answer.
  await page.keyboard.press('PageDown');
  await expect(status).toHaveText('Slide 3 of 3');
  await page.keyboard.press('PageUp');
  await expect(status).toHaveText('Slide 2 of 3, answer');
  // B blacks the screen out and B again brings the slide back, where it was.
  await page.keyboard.press('b');
  await expect(player.locator('[data-blank="black"]')).toHaveCount(1);
  await page.keyboard.press('b');
  await expect(player.locator('[data-blank]')).toHaveCount(0);
  await expect(status).toHaveText('Slide 2 of 3, answer');
  await page.keyboard.press('Escape');

  // A reload opens the tribute, not the deck open before it.
  await page.reload();
  await expect(page.getByLabel('Deck title')).toHaveValue(deckTitle);
  await expect(slides.getByRole('listitem')).toHaveCount(3);
});

test('Cancel closes the dialog unchanged, and during the import stops it before any slide is made', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Deck title').fill('Club night');
  await chooseDeckAction(page, 'New tribute');
  const dialog = page.getByRole('dialog', { name: 'New tribute' });
  await dialog.getByLabel('Names').fill('Ana and Rui');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Deck title')).toHaveValue('Club night');

  // Opening again starts empty.
  await chooseDeckAction(page, 'New tribute');
  await expect(dialog.getByLabel('Names')).toHaveValue('');
  const photos = ['photos/LARGE_kleiber-nuthatch_upscaled_6600x3713.jpg', ...undated, ...dated];
  await dialog.getByLabel('Photos').setInputFiles(photos.map((f) => path.join(fixturesDir, f)));
  await dialog.getByLabel('Names').fill('Ana and Rui');
  await dialog.getByRole('button', { name: 'Make tribute' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Adding photos' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/The tribute was cancelled before its slides were made/)).toBeVisible();
  await expect(page.getByLabel('Deck title')).toHaveValue(/^Photo quiz, /);
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem')).toHaveCount(0);
  const decks = await allSavedDecks<SavedDeck>(page);
  expect(decks.map((deck) => deck.title).sort()).toEqual([
    'Club night',
    await page.getByLabel('Deck title').inputValue(),
  ]);
});
