// Taking a deck over ("Edit here instead") with two editors' hooks in one page, as two tabs: they share the
// origin's Web Locks, BroadcastChannel and IndexedDB as two tabs do.
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { letGoAnnounced } from '../../../src/session/deckInOneTab';
import { useEditingHere, type EditingHere } from '../../../src/editor/shell/useEditingHere';
import { newDeck } from '../../../src/model/newDeck';
import type { Database } from '../../../src/storage/database';
import { saveDeck } from '../../../src/storage/deckStorage';
import { commands } from '../../../src/store/commands';
import { createDeckStore, type DeckStore } from '../../../src/store/deckStore';
import { freshDatabase } from '../storage/freshDatabase';

const roots: Root[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) root.unmount();
});

/** One tab's editor, reduced to the hook; `now()` is what the hook answered last. */
function tab(db: Database, deckStore: DeckStore) {
  let latest: EditingHere | null = null;
  function Probe() {
    latest = useEditingHere(db, deckStore);
    return null;
  }
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  roots.push(root);
  root.render(<Probe />);
  return {
    deckStore,
    now: () => latest,
    editingHere: () => latest?.editingHere ?? null,
    title: () => deckStore.getState().deck.title,
  };
}

describe('useEditingHere', () => {
  it('"Edit here instead": the taking tab reads the deck as last saved, then edits; the other follows', async () => {
    const db = await freshDatabase();
    const deck = { ...newDeck(new Date('2026-01-01T00:00:00Z')), title: 'Saved' };
    await saveDeck(db, deck);
    const first = tab(db, createDeckStore(deck));
    await expect.poll(first.editingHere).toBe(true);
    const second = tab(db, createDeckStore(deck));
    await expect.poll(second.editingHere).toBe(false);

    // The first tab's last write, not yet announced when the second takes over (a save in flight).
    first.deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Written last by the first' });
    await saveDeck(db, first.deckStore.getState().deck);
    expect(second.title()).toBe('Saved');

    // Listening as the taking tab does, before the lock moves.
    const started = performance.now();
    const firstLetGo = letGoAnnounced(deck.id, 10_000).then(() => performance.now() - started);
    second.now()?.takeOver();
    await expect.poll(first.editingHere).toBe(false);
    // The first said it stopped saving (the editor's autosave ends as editingHere turns false), well before
    // the taking tab would stop waiting for it.
    expect(await firstLetGo).toBeLessThan(5000);
    await expect.poll(second.editingHere).toBe(true);
    expect(second.now()?.takingOver).toBe(false);
    expect(second.title()).toBe('Written last by the first');

    // And back again: the first takes it, and starts from what the second saved.
    second.deckStore.getState().dispatch(commands.setDeckTitle, { title: 'Written by the second' });
    await saveDeck(db, second.deckStore.getState().deck);
    first.now()?.takeOver();
    await expect.poll(first.editingHere).toBe(true);
    expect(second.editingHere()).toBe(false);
    expect(first.title()).toBe('Written by the second');
  });
});
