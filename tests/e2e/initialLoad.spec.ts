// What the editor's first load fetches: the editing screens, not the parts used now and then. The export dialog,
// the pre-show check's rules, the tribute wizard, the presenter window, the bundle writer and reader (with the
// zip library), the player written into bundles, the EXIF reader, the HEIC decoder, smartcrop and the confetti
// load when first used; the show's player, drag in the lists and the list of decks come once the editor is up
// (the service worker precaches them all, so offline still works).
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseDeckAction, deckMenuButton } from './deckMenu';

/** Chunks (by the start of their file name) that the first load must not fetch, and what each is. */
const LATER = {
  ExportDialog: 'the export dialog',
  preShowCheck: "the pre-show check's rules",
  PresenterWindow: 'the presenter window',
  exportBundle: 'the bundle writer',
  openBundle: 'the bundle reader',
  openBundleFile: 'opening a bundle into the editor',
  TributeWizard: 'the tribute wizard',
  '_virtual_bundle-player': 'the player written into bundles',
  'full.esm': 'the EXIF reader',
  decodeHeic: 'the HEIC decoder',
  'wasm-bundle': "the HEIC decoder's WASM",
  smartcrop: 'smartcrop',
  'confetti.module': 'the confetti',
} as const;

/** Chunks the first load leaves out but fetches once the editor is up, so using them is instant. */
const WHEN_IDLE = {
  Player: "the show's player",
  sortableKit: 'drag in the slide list and the reveal order',
  HomeScreen: 'the list of decks',
} as const;

const dist = process.env.E2E_DIST ?? 'dist';

const built = readdirSync(path.join(dist, 'assets'));

test('each part left for later is a chunk of its own in the build', () => {
  for (const [prefix, what] of Object.entries({ ...LATER, ...WHEN_IDLE })) {
    expect(
      built.some((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js')),
      what,
    ).toBe(true);
  }
});

test("index.html's scripts (the entry and what it preloads) hold none of them", () => {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/assets\/([^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  expect(initial.length).toBeGreaterThan(0);
  for (const [prefix, what] of Object.entries({ ...LATER, ...WHEN_IDLE })) {
    expect(
      initial.filter((name) => name.startsWith(`${prefix}-`)),
      `${what} is in the first load`,
    ).toEqual([]);
  }
});

function scriptsFetched(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script')
      names.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  return names;
}

test('the first load leaves the export, the check, the presenter window and the bundle code for later', async ({
  page,
}) => {
  const fetched = scriptsFetched(page);
  await page.goto('/');
  await expect(deckMenuButton(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  for (const [prefix, what] of Object.entries(LATER)) {
    expect(
      fetched.filter((name) => name.startsWith(`${prefix}-`)),
      `${what} is fetched by the first load`,
    ).toEqual([]);
  }
  let bytes = 0;
  for (const entry of await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => (e as PerformanceResourceTiming).encodedBodySize),
  ))
    bytes += entry;
  console.log(`editor first load: ${fetched.length} scripts, ${(bytes / 1024).toFixed(1)} KiB as sent`);

  // The show's player, drag and the list of decks arrive by themselves, once the editor is up.
  for (const prefix of Object.keys(WHEN_IDLE)) {
    await expect.poll(() => fetched.some((name) => name.startsWith(`${prefix}-`))).toBe(true);
  }

  // Each comes when first used.
  await chooseDeckAction(page, 'Export bundle');
  await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible();
  expect(fetched.some((name) => name.startsWith('ExportDialog-'))).toBe(true);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Check before presenting' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Check before presenting' }).getByRole('status'),
  ).toBeVisible();
  expect(fetched.some((name) => name.startsWith('preShowCheck-'))).toBe(true);
});
