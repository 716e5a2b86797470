// The first open of the editor in a fresh browser makes one deck, even when its start runs twice at once (React's
// StrictMode runs effects twice in development; two tabs can open together).
import { deleteDB } from 'idb';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { openEditor } from '../../../src/session/bootEditor';
import { DATABASE_NAME, openDatabase } from '../../../src/storage/database';
import { getCurrentDeckId } from '../../../src/storage/deckStorage';
import { freshDatabase } from '../storage/freshDatabase';
import { mount, useRenderingCleanup, whileLoading } from '../slide/slideTestKit';

describe('the first open', () => {
  useRenderingCleanup();
  beforeEach(() => deleteDB(DATABASE_NAME));
  afterEach(() => deleteDB(DATABASE_NAME));

  it('makes one deck when the app mounts in StrictMode, and opens that one', async () => {
    const view = await mount(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    await whileLoading(() =>
      expect.poll(() => view.container.querySelector('input[type="text"]'), { timeout: 10_000 }).toBeTruthy(),
    );
    // Whatever a second start would write has been written by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const db = await openDatabase();
    try {
      const decks = await db.getAllKeys('decks');
      expect(decks).toHaveLength(1);
      expect(await getCurrentDeckId(db)).toBe(decks[0]);
    } finally {
      db.close();
    }
    await view.unmount();
  });

  it('makes one deck when two starts race on a fresh database, and both open it', async () => {
    const db = await freshDatabase();
    const [first, second] = await Promise.all([openEditor(db, null), openEditor(db, null)]);
    const decks = await db.getAllKeys('decks');
    expect(decks).toHaveLength(1);
    expect(first.services.deckStore.getState().deck.id).toBe(decks[0]);
    expect(second.services.deckStore.getState().deck.id).toBe(decks[0]);
    expect(await getCurrentDeckId(db)).toBe(decks[0]);
  });
});
