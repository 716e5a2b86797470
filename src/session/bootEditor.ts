// Opens the saved deck (or starts a new one) and builds the editor's services around it.
import { newDeck } from '../model/newDeck';
import { parseDeck, type DeckError } from '../model/parseDeck';
import type { DeckId } from '../model/ids';
import { openDatabase, type Database } from '../storage/database';
import {
  getCurrentDeckId,
  loadDeck,
  saveDeck,
  saveFirstDeck,
  setCurrentDeckId,
} from '../storage/deckStorage';
import { unlessStorageFull } from '../storage/storageFullError';
import { createPhotoUrlCache } from '../storage/photoUrls';
import { createUnsavedPhotos } from '../storage/unsavedPhotos';
import { askToKeepStorage } from '../storage/storageSpace';
import { createDeckStore } from '../store/deckStore';
import { createSessionStore } from '../store/sessionStore';
import { createAutosaveHandle, createSaveStateStore } from './autosave';
import type { EditorServices } from './editorSession';

/** `problem`: why the deck saved last could not be opened (a new one was started in its place). */
export type BootResult = { services: EditorServices; problem: DeckError | null };

/** Opens the deck that was open last (or starts a new one) on first load. */
export async function bootEditor(): Promise<BootResult> {
  const db = await openDatabase();
  // Weeks of work live here: ask the browser not to clear them when the disk runs low (not waited for).
  void askToKeepStorage();
  return openEditor(db, null);
}

/** A new, empty deck, saved (if there is room) and made the deck the editor opens with. */
export async function startNewDeck(db: Database): Promise<DeckId> {
  const deck = newDeck(new Date());
  await unlessStorageFull(() => saveDeck(db, deck, { current: true }));
  return deck.id;
}

/** The editor's services around deck `deckId`, or around the deck that was open last when null. */
export async function openEditor(db: Database, deckId: DeckId | null): Promise<BootResult> {
  let problem: DeckError | null = null;
  let deck = null;
  const storedCurrentId = await getCurrentDeckId(db);
  const currentId = deckId ?? storedCurrentId;
  if (currentId) {
    const stored = await loadDeck(db, currentId);
    if (stored !== undefined) {
      const parsed = parseDeck(stored);
      if (parsed.ok) deck = parsed.deck;
      else problem = parsed.error;
    }
  }
  // The deck opened is the one the editor opens with next time. On a full disk the deck still opens: every
  // deck saved before is intact, and the editor says that changes are not being saved.
  if (deck) {
    const id = deck.id;
    await unlessStorageFull(() => setCurrentDeckId(db, id));
  } else if (deckId !== null) {
    const fresh = newDeck(new Date());
    await unlessStorageFull(() => saveDeck(db, fresh, { current: true }));
    deck = fresh;
  } else {
    // The first deck of a fresh browser (or in place of one that cannot be read). Another start may be making
    // it at the same moment (React runs effects twice in development; two tabs may open at once): then that
    // one is opened, and no second empty deck is stored.
    const fresh = newDeck(new Date());
    let madeId = fresh.id;
    await unlessStorageFull(async () => {
      madeId = await saveFirstDeck(db, fresh, storedCurrentId);
    });
    if (madeId !== fresh.id) return openEditor(db, null);
    deck = fresh;
  }
  const deckStore = createDeckStore(deck);
  const session = createSessionStore();
  const unsavedPhotos = createUnsavedPhotos();
  session.getState().selectSlide(deck.slides[0]?.id ?? null);
  return {
    services: {
      db,
      deckStore,
      session,
      photoUrls: createPhotoUrlCache(db, unsavedPhotos),
      unsavedPhotos,
      saveState: createSaveStateStore(),
      autosave: createAutosaveHandle(),
      revealStash: new Map(),
    },
    problem,
  };
}
