// The home screen: every deck this browser holds, newest first, to open, rename, duplicate or delete, and a
// new one. A deleted deck can be brought back for a few seconds before it (and photos no other deck uses) goes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck } from '../model/deck';
import type { DeckId } from '../model/ids';
import type { Database } from '../storage/database';
import { isDeckOpenInATab, whileNoTabHasDeck } from '../session/deckInOneTab';
import { deleteDeck, duplicateDeck, listDecks, renameDeck } from '../storage/deckLibrary';
import { createPhotoUrlCache, type PhotoUrlCache } from '../storage/photoUrls';
import { formatBytes, storageSpace, type StorageSpace } from '../storage/storageSpace';
import { DeckCard } from './DeckCard';
import { DeleteDeckDialog, type DeleteQuestion } from './DeleteDeckDialog';
import './home.css';
import { errorText } from '../model/errorText';

/** How long "Undo" is offered after a deck is deleted. */
export const UNDO_DELETE_MS = 10_000;

type HomeScreenProps = {
  readonly db: Database;
  readonly onOpen: (id: DeckId) => void;
  readonly onNew: () => void;
  /** A line above the list, e.g. why a safe start shows the decks instead of the deck open last. */
  readonly notice?: string;
};

type Deleted = { readonly deck: Deck; readonly timer: ReturnType<typeof setTimeout> };

export function HomeScreen({ db, onOpen, onNew, notice }: HomeScreenProps) {
  const [decks, setDecks] = useState<readonly Deck[] | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [question, setQuestion] = useState<DeleteQuestion | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [photoUrls] = useState<PhotoUrlCache>(() => createPhotoUrlCache(db));
  const heading = useRef<HTMLHeadingElement>(null);

  // Bumped after each change, to read the library again.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    listDecks(db).then(
      (library) => {
        if (cancelled) return;
        setDecks(library.decks);
        setUnreadable(library.unreadable);
      },
      (error: unknown) => {
        if (!cancelled) setProblem(`The decks could not be read: ${errorText(error)}.`);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [db, version]);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => () => photoUrls.dispose(), [photoUrls]);

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setVersion((v) => v + 1);
    } catch (error) {
      setProblem(`That did not work: ${errorText(error)}.`);
    }
  };

  // The deck is deleted for good once Undo is no longer offered, or at once when the screen is left (or
  // another deck is deleted meanwhile).
  const finishDelete = useCallback(
    async (pending: Deleted) => {
      clearTimeout(pending.timer);
      try {
        // Never under a tab that has it open: that tab would save it again, naming photos deleted here.
        const gone = await whileNoTabHasDeck(pending.deck.id, () => deleteDeck(db, pending.deck.id));
        if (!gone) {
          setProblem(`“${pending.deck.title}” was opened in another tab meanwhile, so it was kept.`);
        }
      } catch (error) {
        setProblem(`The deck could not be deleted: ${errorText(error)}.`);
      }
      setDeleted((now) => (now?.deck.id === pending.deck.id ? null : now));
      setVersion((v) => v + 1);
    },
    [db],
  );
  const deletedRef = useRef<Deleted | null>(null);
  useEffect(() => {
    deletedRef.current = deleted;
  }, [deleted]);
  useEffect(
    () => () => {
      if (deletedRef.current) void finishDelete(deletedRef.current);
    },
    [finishDelete],
  );

  // Under the deck's lock: a tab with the deck open would save its own title over the new one.
  const rename = (deck: Deck, title: string) =>
    act(async () => {
      const renamed = await whileNoTabHasDeck(deck.id, async () => {
        await renameDeck(db, deck.id, title, new Date());
      });
      if (!renamed) setProblem(`“${deck.title}” is open in another tab. Rename it there.`);
    });

  const askDelete = async (deck: Deck) => {
    // (This tab has no deck open while it shows the library: any holder is another tab.)
    if (await isDeckOpenInATab(deck.id)) {
      setProblem(`“${deck.title}” is open in another tab. Close it there to delete it here.`);
      return;
    }
    setProblem(null);
    setQuestion({
      title: deck.title,
      answer: (remove) => {
        setQuestion(null);
        if (!remove) return;
        if (deletedRef.current) void finishDelete(deletedRef.current);
        const timer = setTimeout(() => {
          if (deletedRef.current?.deck.id === deck.id) void finishDelete(deletedRef.current);
        }, UNDO_DELETE_MS);
        setDeleted({ deck, timer });
      },
    });
  };

  const undoDelete = () => {
    if (!deleted) return;
    clearTimeout(deleted.timer);
    setDeleted(null);
  };

  const shown = (decks ?? []).filter((deck) => deck.id !== deleted?.deck.id);
  return (
    <main className="home" aria-busy={decks === null}>
      <header className="home-header">
        <h1 ref={heading} tabIndex={-1}>
          Your decks
        </h1>
        <button type="button" className="primary" onClick={onNew}>
          New deck
        </button>
      </header>
      {notice && <p className="home-note home-notice">{notice}</p>}
      {problem && <p role="alert">{problem}</p>}
      <div role="status" className="home-status">
        {deleted && (
          <>
            Deleted “{deleted.deck.title}”.{' '}
            <button type="button" onClick={undoDelete}>
              Undo
            </button>
          </>
        )}
      </div>
      {unreadable > 0 && (
        <p className="home-note">
          {unreadable === 1 ? 'One saved deck' : `${unreadable} saved decks`} could not be read and{' '}
          {unreadable === 1 ? 'is' : 'are'} kept as {unreadable === 1 ? 'it is' : 'they are'}.
        </p>
      )}
      {decks !== null && shown.length === 0 && <p className="home-note">No decks yet. Start a new one.</p>}
      <ul className="deck-list" aria-label="Decks">
        {shown.map((deck) => (
          <DeckCard
            key={deck.id}
            deck={deck}
            photoUrls={photoUrls}
            onOpen={() => onOpen(deck.id)}
            onRename={(title) => void rename(deck, title)}
            onDuplicate={() => void act(() => duplicateDeck(db, deck.id, new Date()))}
            onDelete={() => void askDelete(deck)}
          />
        ))}
      </ul>
      <StorageLine version={version} />
      <DeleteDeckDialog question={question} />
    </main>
  );
}

/** How much room the library takes, and whether the browser keeps it; read again after each change. */
function StorageLine({ version }: { readonly version: number }) {
  const [space, setSpace] = useState<StorageSpace | null>(null);
  useEffect(() => {
    let cancelled = false;
    void storageSpace().then((read) => {
      if (!cancelled) setSpace(read);
    });
    return () => {
      cancelled = true;
    };
  }, [version]);
  if (!space) return null;
  return (
    <p className="home-storage">
      Your decks and photos use {formatBytes(space.usage)} of this browser’s storage
      {space.quota > 0 ? ` (about ${formatBytes(space.quota)} available)` : ''}.{' '}
      {space.kept
        ? 'The browser keeps them even when the disk runs low.'
        : 'The browser may clear them when the disk runs low: export a bundle of each deck to keep a copy.'}
    </p>
  );
}
