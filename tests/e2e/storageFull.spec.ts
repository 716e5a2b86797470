// A full disk, for real: Chromium's own quota for the app's origin made small (as on a nearly full laptop or a
// storage-limited profile), then photos imported until it is full. The editor says what happened and what to
// do, takes back the photos it could not store, and everything saved before is still there after a reload.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { fixturesDir, haveFixtures, noFixturesMessage } from './fixtures';
import { storedEntries } from './savedDeck';

const SMALL = path.join(fixturesDir, 'photos/astronaut-eileen-collins_square_512x512.jpg');
const BIG = [
  'LARGE_kleiber-nuthatch_upscaled_6600x3713.jpg',
  'aitzgorri-mountains_3088x2056.jpg',
  'bridge-beach_16x9_4352x2448.jpg',
  'evening-glow-boats_2560x1600.jpg',
].map((name) => path.join(fixturesDir, 'photos', name));
/** Room for the app's first deck and one small photo, not for the big ones. */
const QUOTA_BYTES = 3 * 1024 * 1024;

type Deck = { title: string; photos: Record<string, { fileName: string }>; slides: unknown[] };

// No service worker here: its precache (6 MB) would take the room first, at a moment of its own choosing.
test.use({ serviceWorkers: 'block' });

test.describe('a full disk', () => {
  test.skip(!haveFixtures, noFixturesMessage);

  test('stops the import, says what to do, and keeps everything saved before', async ({
    page,
    context,
    baseURL,
  }) => {
    // Set before the app first opens its database: Chromium reads the room an open database has once.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(baseURL ?? '').origin,
      quotaSize: QUOTA_BYTES,
    });

    await page.goto('/');
    await page.getByRole('textbox', { name: 'Deck title', exact: true }).fill('Saved before the disk filled');
    await page.getByLabel('Add photos').setInputFiles(SMALL);
    const photos = page.getByRole('list', { name: 'Photos' }).getByRole('listitem');
    await expect(photos).toHaveCount(1);
    await page.getByRole('button', { name: 'New slide', exact: true }).click();
    await expect(page.getByText('All changes saved')).toBeVisible();

    await page.getByLabel('Add photos').setInputFiles(BIG);
    const alert = page.getByRole('alert').filter({ hasText: 'Adding photos stopped' });
    await expect(alert).toBeVisible({ timeout: 60_000 });
    await expect(alert).toContainText("the browser's storage is full. Everything saved before this is kept.");
    await expect(alert).toContainText('Export a bundle to keep a copy');
    await expect(alert).toContainText(/\d photos? (was|were) not added\./);
    const kept = await photos.count();
    expect(kept).toBeLessThan(1 + BIG.length);
    // (Whether the deck itself can be saved again depends on what the failed writes left taking room; if not,
    // the editor says it keeps trying. Either way, the deck as saved is whole.)

    // After a reload (the laptop restarted), the deck as last saved, whole: the title and the slide, the small
    // photo, and every photo it names with all its pictures.
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Deck title', exact: true })).toHaveValue(
      'Saved before the disk filled',
    );
    const stored = {
      decks: (await storedEntries<Deck>(page, 'decks')).values,
      blobKeys: (await storedEntries(page, 'photoBlobs')).keys,
    };
    expect(stored.decks).toHaveLength(1);
    const [deck] = stored.decks as [Deck];
    expect(deck.title).toBe('Saved before the disk filled');
    expect(deck.slides).toHaveLength(1);
    const names = Object.values(deck.photos).map((photo) => photo.fileName);
    expect(names).toContain(path.basename(SMALL));
    for (const id of Object.keys(deck.photos)) {
      for (const variant of ['original', 'thumbnail', 'display'])
        expect(stored.blobKeys).toContain(`${id}/${variant}`);
    }
    await expect(photos).toHaveCount(names.length);
  });
});
