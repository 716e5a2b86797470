// Autosave in real IndexedDB: what is changed before it starts is saved when it starts, and every change after.
import { afterEach, describe, expect, it } from 'vitest';
import { createSaveStateStore, startAutosave } from '../../../src/editor/autosave';
import { newDeck } from '../../../src/model/newDeck';
import { parseDeck } from '../../../src/model/parseDeck';
import type { Database } from '../../../src/storage/database';
import { loadDeck, saveDeck } from '../../../src/storage/deckStorage';
import { commands } from '../../../src/store/commands';
import { createDeckStore } from '../../../src/store/deckStore';
import { freshDatabase } from '../storage/freshDatabase';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function savedTitle(db: Database, id: string): Promise<string | undefined> {
  const parsed = parseDeck(await loadDeck(db, id));
  return parsed.ok ? parsed.deck.title : undefined;
}

describe('startAutosave', () => {
  it('saves a change made before it started, then each change after', async () => {
    const db = await freshDatabase();
    const deck = newDeck(new Date('2026-01-01T00:00:00Z'));
    await saveDeck(db, deck);
    const deckStore = createDeckStore(deck);
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Changed before autosave' });
    const saveState = createSaveStateStore();
    const stop = startAutosave(db, deckStore, saveState);
    cleanups.unshift(async () => stop());
    await expect.poll(() => savedTitle(db, deck.id)).toBe('Changed before autosave');
    deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Changed after' });
    await expect.poll(() => savedTitle(db, deck.id)).toBe('Changed after');
    expect(saveState.getState().status).toBe('saved');
  });
});
