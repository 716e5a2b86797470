// The browser killed (no unload, no goodbye) at random moments while photos are added and while slides are
// edited: started again on the same profile, the editor opens the deck as of its last save, never half-written:
// it parses, and every photo it names is stored whole.
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';
import { fixtureFiles, haveFixtures, noFixturesMessage } from './fixtures';

/** A Chromium of our own on a profile on disk, so it can be killed like a crash and started again. */
async function startChromium(profile: string): Promise<{ browser: Browser; process: ChildProcess }> {
  const port = 9400 + Math.floor(Math.random() * 500);
  const process = spawn(
    chromiumPath,
    [
      ...chromiumArgs,
      '--headless=new',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      'about:blank',
    ],
    // Its own process group, so a crash takes the helpers (renderer, GPU, utility) with it, as a real one does.
    { stdio: 'ignore', detached: true },
  );
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { browser: await chromium.connectOverCDP(`http://127.0.0.1:${port}`), process };
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Kills the whole browser at once, no goodbye, and waits until its main process is gone. */
async function crash(browser: Browser, child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.pid !== undefined) globalThis.process.kill(-child.pid, 'SIGKILL');
  await exited;
  await browser.close().catch(() => {});
}

async function openEditor(browser: Browser, baseURL: string): Promise<Page> {
  const context = browser.contexts()[0];
  if (!context) throw new Error('no default context');
  const page = await context.newPage();
  await page.goto(baseURL);
  await expect(page.getByRole('textbox', { name: 'Deck title', exact: true })).toBeVisible();
  return page;
}

/** The deck as saved, checked whole: it parses (no alert), and every photo it names has its stored blobs. */
async function expectDeckWhole(page: Page): Promise<{ photos: number; slides: number }> {
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('common-thread');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T>(store: string, key: IDBValidKey) =>
      new Promise<T>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    const currentId = await read<string>('settings', 'currentDeckId');
    const deck = await read<{ photos: Record<string, unknown>; slides: { items: { photoId?: string }[] }[] }>(
      'decks',
      currentId,
    );
    for (const id of Object.keys(deck.photos)) {
      for (const variant of ['original', 'thumbnail', 'display']) {
        const blob = await read<Blob | undefined>('photoBlobs', `${id}/${variant}`);
        if (!(blob instanceof Blob) || blob.size === 0) throw new Error(`photo ${id} has no ${variant}`);
      }
    }
    for (const slide of deck.slides)
      for (const item of slide.items)
        if (item.photoId && !(item.photoId in deck.photos)) throw new Error(`a slide names a missing photo`);
    db.close();
    return { photos: Object.keys(deck.photos).length, slides: deck.slides.length };
  });
}

test.skip(!haveFixtures, noFixturesMessage);

test('killed mid-import and mid-edit, the deck comes back whole as of its last save', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'common-thread-crash-'));
  const photos = fixtureFiles('photos').slice(0, 8);
  // Deterministic "random" moments, so a failure can be run again as it was.
  const killAfterMs = [350, 900, 1600];
  let seen = { photos: 0, slides: 0 };
  try {
    for (const [round, delay] of killAfterMs.entries()) {
      const { browser, process } = await startChromium(profile);
      const page = await openEditor(browser, baseURL ?? '');
      const before = await expectDeckWhole(page);
      // Nothing saved before the crash is lost.
      expect(before.photos).toBeGreaterThanOrEqual(seen.photos);
      expect(before.slides).toBeGreaterThanOrEqual(seen.slides);
      await page.getByLabel('Add photos').setInputFiles(photos);
      if (round > 0) {
        // Edits while the import runs: new slides of what the library holds.
        for (let i = 0; i < 3; i += 1)
          await page.getByRole('button', { name: 'New slide', exact: true }).click();
      }
      await page.waitForTimeout(delay);
      // What is saved now must all be there after the crash.
      seen = await expectDeckWhole(page);
      await crash(browser, process);
    }
    const { browser, process } = await startChromium(profile);
    const page = await openEditor(browser, baseURL ?? '');
    const after = await expectDeckWhole(page);
    expect(after.photos).toBeGreaterThanOrEqual(seen.photos);
    expect(after.slides).toBeGreaterThanOrEqual(seen.slides);
    await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(after.photos);
    await crash(browser, process);
  } finally {
    // A helper dying a moment late may still hold a file; the profile is in tmp, so a leftover says so, no more.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`crashRecovery: could not remove ${profile}: ${String(error)}`);
    }
  }
});
