// The app shell: boots the editor from IndexedDB on the deck open last; from there the home screen lists every
// deck to open another. Or it is the presenter window.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { LoadBoundary } from '../ui/LoadBoundary';
import { whenIdle } from '../ui/whenIdle';
import type { DeckId } from '../model/ids';
import type { Database } from '../storage/database';
import { isPresenterAddress } from '../present/presenter/presenterAddress';
import { openDatabase } from '../storage/database';
import { bootEditor, openEditor, startNewDeck, type BootResult } from '../session/bootEditor';
import { beginStart, localStorageOrNull, safeStartMessage, startFinished } from '../session/safeStart';
import { Editor } from '../editor/shell/Editor';
import { EditorServicesContext } from '../editor/editorServices';
import { errorText } from '../model/errorText';

// Only the presenter window needs it: the editor's first load goes without (the service worker keeps it offline).
const PresenterWindow = lazy(() =>
  import('../present/presenter/PresenterWindow').then((module) => ({ default: module.PresenterWindow })),
);

// The list of decks is a screen of its own, opened now and then: not in the first load, fetched once the
// editor is idle so that the Deck menu's All decks opens at once (and when first shown, if that comes first).
const loadHomeScreen = () => import('../home/HomeScreen');
const HomeScreen = lazy(() => loadHomeScreen().then((module) => ({ default: module.HomeScreen })));

export function App() {
  // Decided before anything boots: the presenter window gets everything from the show, never from storage.
  return isPresenterAddress(window.location.hash) ? (
    <LoadBoundary
      fallback={<p role="alert">The presenter view could not be loaded. Reload this window to try again.</p>}
    >
      <Suspense fallback={null}>
        <PresenterWindow />
      </Suspense>
    </LoadBoundary>
  ) : (
    <EditorApp />
  );
}

type Screen =
  | { readonly kind: 'opening' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'editor'; readonly boot: BootResult; readonly opening: number }
  | { readonly kind: 'home'; readonly db: Database; readonly notice?: string };

function EditorApp() {
  const [screen, setScreen] = useState<Screen>({ kind: 'opening' });

  // Booted once per app: React's StrictMode runs this effect twice in development, and a second boot would
  // open the database and build the editor's services again (see also saveFirstDeck, for two tabs).
  const booting = useRef<Promise<Screen> | null>(null);
  useEffect(() => {
    let cancelled = false;
    booting.current ??= bootScreen();
    booting.current.then(
      (first) => {
        if (!cancelled) setScreen(first);
      },
      (error: unknown) => {
        if (!cancelled) setScreen({ kind: 'failed', message: errorText(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  // The start has finished once the first screen past "Opening…" has been drawn and the tab answers again.
  const started = screen.kind !== 'opening';
  useEffect(() => {
    if (!started) return;
    const frame = requestAnimationFrame(() => setTimeout(() => startFinished(localStorageOrNull()), 0));
    return () => cancelAnimationFrame(frame);
  }, [started]);

  const inEditor = screen.kind === 'editor';
  useEffect(
    () => (inEditor ? whenIdle(() => void loadHomeScreen().catch(() => undefined)) : undefined),
    [inEditor],
  );

  const openings = useRef(0);
  const open = useCallback((db: Database, deckId: DeckId | null) => {
    setScreen({ kind: 'opening' });
    openEditor(db, deckId).then(
      (boot) => setScreen({ kind: 'editor', boot, opening: (openings.current += 1) }),
      (error: unknown) => setScreen({ kind: 'failed', message: errorText(error) }),
    );
  }, []);

  // The editor has written what autosave had not (useLeaveForDecks) before it asks for this.
  const showDecks = useCallback((boot: BootResult) => {
    boot.services.photoUrls.dispose();
    setScreen({ kind: 'home', db: boot.services.db });
  }, []);

  if (screen.kind === 'opening') return <Opening />;
  if (screen.kind === 'failed') {
    return (
      <main className="boot">
        <p role="alert">
          Common Thread could not open its storage in this browser ({screen.message}). Private windows and
          some browser settings block it; try a normal window.
        </p>
      </main>
    );
  }
  if (screen.kind === 'home') {
    const { db, notice } = screen;
    return (
      <LoadBoundary
        fallback={
          <main className="boot">
            <p role="alert">{HOME_UNAVAILABLE}</p>
          </main>
        }
      >
        <Suspense fallback={<Opening />}>
          <HomeScreen
            db={db}
            notice={notice}
            onOpen={(id) => open(db, id)}
            onNew={() => {
              setScreen({ kind: 'opening' });
              startNewDeck(db).then(
                (id) => open(db, id),
                (error: unknown) => setScreen({ kind: 'failed', message: errorText(error) }),
              );
            }}
          />
        </Suspense>
      </LoadBoundary>
    );
  }
  const { boot } = screen;
  return (
    <EditorServicesContext.Provider value={boot.services}>
      <Editor
        // A new editor for each deck opened from the home screen: nothing of the last one's state is kept.
        key={screen.opening}
        bootProblem={boot.problem}
        onShowDecks={() => showDecks(boot)}
      />
    </EditorServicesContext.Provider>
  );
}

const HOME_UNAVAILABLE =
  'The list of decks could not be loaded. Reload the page to try again; your decks are kept in this browser.';

function Opening() {
  return (
    <main className="boot" aria-busy="true">
      <p>Opening Common Thread…</p>
    </main>
  );
}

/** The first screen: the deck open last, or after a safe start the list of decks with a line saying why. */
async function bootScreen(): Promise<Screen> {
  const safe = beginStart(window.location, localStorageOrNull());
  if (safe === null) return { kind: 'editor', boot: await bootEditor(), opening: 0 };
  return { kind: 'home', db: await openDatabase(), notice: safeStartMessage(safe) };
}
