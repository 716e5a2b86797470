// "Open bundle": reads a bundle zip and, only if all of it is good, makes it the open deck. When this browser
// already holds the same deck with other changes, the person chooses: open as a copy, replace, or cancel.
// Loaded when a bundle is first opened (useBundleOpen), not with the editor.
import { openBundleOffThread } from '../../bundle/openBundleOffThread';
import type { PhotoImportPool } from '../../media/photoImportPool';
import type { Deck } from '../../model/deck';
import { parseDeck } from '../../model/parseDeck';
import type { PhotoId } from '../../model/ids';
import type { Database } from '../../storage/database';
import { loadDeck, saveDeck } from '../../storage/deckStorage';
import { isDeckOpenInATab } from '../../session/deckInOneTab';
import type { PhotoBlobs } from '../../storage/photoStorage';
import type { DeckStore } from '../../store/deckStore';
import { deckToOpen, heldDeck, type OpenChoice } from '../../session/deckToOpen';
import type { Notices } from '../../ui/useNotices';
import { errorText } from '../../model/errorText';
import { bundleProblemWords } from '../../words/bundleWords';
import { photoProblemWords } from '../../words/photoWords';

const PROGRESS_INTERVAL_MS = 250;

export type BundleOpenProgress = { done: number; total: number };

export type BundleOpenOptions = {
  readonly db: Database;
  readonly deckStore: DeckStore;
  readonly pool: PhotoImportPool;
  readonly notify: Notices['add'];
  readonly onProgress: (progress: BundleOpenProgress) => void;
  /** Asks what to do when the deck is already here with other changes; the title is the bundle deck's. */
  readonly ask: (title: string) => Promise<OpenChoice | 'cancel'>;
  /** Saves what is not saved yet of the deck open now, which the bundle's deck is about to replace. */
  readonly flushSaves: () => Promise<void>;
};

/**
 * Opens a bundle file into the deck store. Nothing is written (photos or deck) before every check has passed,
 * every photo's renditions are made and the person has chosen; the deck itself is saved by autosave.
 * Resolves with the deck opened, or null when it was refused or cancelled (a notice says why when refused).
 */
export async function openBundleFile(file: File, options: BundleOpenOptions): Promise<Deck | null> {
  const { db, deckStore, pool, notify, onProgress } = options;
  // Every reason reads after the colon; a browser's own error message may end with a stop: end with one.
  const fail = (reason: string) => {
    notify('error', `“${file.name}” could not be opened: ${reason.replace(/\.$/, '')}.`);
    return null;
  };
  try {
    // Read and checked in a worker of its own; the zip reader is loaded only when a bundle is opened.
    const bundle = await openBundleOffThread(file);
    if (!bundle.ok) return fail(bundleProblemWords(bundle.error));
    // Make every photo's renditions first, in the import workers: a bundle opens whole or not at all.
    const entries = [...bundle.media];
    const blobs = new Map<PhotoId, PhotoBlobs>();
    const files = entries.map(([id, original]) => {
      const fileName = bundle.deck.photos[id]?.fileName ?? id;
      return new File([original], fileName, { type: original.type });
    });
    // The first damaged photo stops the rest: the bundle will not open anyway.
    const stop = new AbortController();
    let damaged: string | undefined;
    let shown = 0;
    onProgress({ done: 0, total: entries.length });
    await pool.importFiles(
      files,
      (result, index) => {
        if (!result.ok) {
          damaged ??= `the photo “${result.fileName}” in it is damaged (${photoProblemWords(result.error)})`;
          stop.abort();
          return;
        }
        const [id, original] = entries[index] as [PhotoId, Blob];
        // The deck's own facts about the photo stand; only the renditions are new.
        blobs.set(id, { original, thumbnail: result.thumbnail, display: result.display });
        // Progress is shown a few times a second, not per photo: each update re-renders the editor.
        if (blobs.size === entries.length || performance.now() - shown >= PROGRESS_INTERVAL_MS) {
          shown = performance.now();
          onProgress({ done: blobs.size, total: entries.length });
        }
      },
      stop.signal,
    );
    if (damaged !== undefined) return fail(damaged);
    if (blobs.size !== entries.length) return fail('not all of its photos could be read');

    // The open deck is newer than its last save when it is the same deck: compare with it, not the stored one.
    const current = deckStore.getState().deck;
    const stored = current.id === bundle.deck.id ? current : await loadDeck(db, bundle.deck.id);
    const held = heldDeck(bundle.deck, stored);
    // An identical deck just opens; only a deck with other changes needs the person's word.
    const choice = held === 'different' ? await options.ask(bundle.deck.title) : 'replace';
    if (choice === 'cancel') return null;
    const deck = deckToOpen(bundle.deck, choice);
    // Not over a deck another tab is editing: that tab would save its own version over this one.
    if (deck.id !== current.id && (await isDeckOpenInATab(deck.id))) {
      return fail(
        `“${deck.title}” is open in another tab; close it there first, or open the bundle as a copy`,
      );
    }

    try {
      await options.flushSaves();
    } catch (error) {
      const reason = errorText(error);
      return fail(`the latest changes to the deck open now could not be saved first (${reason})`);
    }
    // The deck and all its photos in one transaction: a bundle opens whole or leaves storage as it was. A
    // replaced deck's photos that the bundle's does not name go with it (kept while another deck names them).
    const release = await replacedPhotos(db, deck);
    await saveDeck(db, deck, { photos: blobs, current: true, ...(release ? { release } : {}) });
    deckStore.getState().replaceDeck(deck);
    if (choice === 'copy') {
      notify(
        'info',
        `The bundle was opened as a copy, “${deck.title}”. “${bundle.deck.title}” is kept as it was.`,
      );
    }
    return deck;
  } catch (error) {
    return fail(errorText(error));
  }
}

/** What replacing the stored deck of the same id takes out: its photos the new deck does not name. */
async function replacedPhotos(
  db: Database,
  deck: Deck,
): Promise<{ photoIds: PhotoId[]; ifStoredAt: string } | undefined> {
  const stored = parseDeck(await loadDeck(db, deck.id));
  if (!stored.ok) return undefined;
  const photoIds = (Object.keys(stored.deck.photos) as PhotoId[]).filter((id) => !(id in deck.photos));
  return photoIds.length === 0 ? undefined : { photoIds, ifStoredAt: stored.deck.updatedAt };
}
