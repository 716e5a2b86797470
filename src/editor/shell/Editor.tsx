// The editor screen: toolbar, photo library, slide list, canvas and inspector, and present mode over them.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { PhotoFile } from '../../media/importPhoto';
import type { SlideId } from '../../model/ids';
import { newId } from '../../model/ids';
import { newSlidePhotoIds } from '../../model/newSlidePhotos';
import { commands } from '../../store/commands';
import { useDeck } from '../../store/deckStore';
import { NoticeList } from '../../ui/NoticeList';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { errorText } from '../../model/errorText';
import { ProgressBar } from '../../ui/ProgressBar';
import { DeckAlreadyHereDialog } from '../dialogs/DeckAlreadyHereDialog';
import { useEditorServices } from '../editorServices';
import { followSlideSelection } from '../../session/followSlideSelection';
import { Inspector } from '../inspector/Inspector';
import { PhotoLibrary } from '../library/PhotoLibrary';
import { sortPhotos } from '../library/photoSort';
import { loadPlayer, PresentMode } from './PresentMode';
import { whenIdle } from '../../ui/whenIdle';
import { SlideCanvas } from '../canvas/SlideCanvas';
import { SlideSorter } from '../sorter/SlideSorter';
import { Toolbar, type WaysIn } from './Toolbar';
import { Welcome } from './Welcome';
import { useBundleExport } from '../dialogs/useBundleExport';
import { useBundleOpen } from '../dialogs/useBundleOpen';
import { useFileDrop } from './useFileDrop';
import { useLeaveForDecks } from './useLeaveForDecks';
import { useNotices } from '../../ui/useNotices';
import { usePhotoImport } from '../library/usePhotoImport';
import { useUndoKeys } from './useUndoKeys';
import { usePresentSession } from './usePresentSession';
import { useEditingTab } from './useEditingTab';
import { useDeckNotices } from './useDeckNotices';
import type { DeckError } from '../../model/parseDeck';

// Loaded when first opened, not with the editor (the service worker keeps it offline).
const ExportDialog = lazy(() =>
  import('../dialogs/ExportDialog').then((module) => ({ default: module.ExportDialog })),
);

type EditorProps = {
  /** Why the deck saved last could not be opened on start (a new one was started), or null. */
  readonly bootProblem: DeckError | null;
  /** Leaves the editor for the home screen's list of decks. */
  readonly onShowDecks: () => void;
};

export function Editor({ bootProblem, onShowDecks }: EditorProps) {
  const { db, deckStore, session, unsavedPhotos, autosave } = useEditorServices();
  const notices = useNotices();
  const { add: addNotice } = notices;
  const show = usePresentSession();
  // The empty deck's welcome works the toolbar's own file inputs and wizard.
  const ways: WaysIn = {
    addPhotosInput: useRef<HTMLInputElement>(null),
    openBundleInput: useRef<HTMLInputElement>(null),
    openTribute: useRef<(() => void) | null>(null),
  };
  const deckIsEmpty = useDeck(
    deckStore,
    (state) => state.deck.slides.length === 0 && Object.keys(state.deck.photos).length === 0,
  );
  useDeckNotices(deckStore, bootProblem, addNotice);
  const photoImport = usePhotoImport(addNotice);
  const bundleExport = useBundleExport(addNotice);
  const [exportOpen, setExportOpen] = useState(false);
  // Mounted from its first opening on, so it keeps what it shows while it closes.
  const [exportMounted, setExportMounted] = useState(false);
  if (exportOpen && !exportMounted) setExportMounted(true);
  const bundleOpen = useBundleOpen(addNotice);
  const selectedPhotoIds = useStore(session, (state) => state.selectedPhotoIds);

  // Only the tab that edits the deck saves it; another tab with it open follows its saves.
  const editing = useEditingTab({
    db,
    deckStore,
    unsavedPhotos,
    addNotice,
    cancelImport: photoImport.cancel,
  });
  const { editingHere, titleInput } = editing;
  useEffect(() => followSlideSelection(deckStore, session), [deckStore, session]);
  // The player (present mode) comes once the editor is idle, so Present starts at once without weighing on
  // the editor's first load.
  useEffect(() => whenIdle(() => void loadPlayer().catch(() => undefined)), []);

  const leaveForDecks = useLeaveForDecks({
    flush: autosave.flush,
    cancelImport: photoImport.cancel,
    addNotice,
    onShowDecks,
  });
  const showDecks = () => void leaveForDecks();

  const startImport = photoImport.start;
  const onFiles = useCallback((files: PhotoFile[]) => void startImport(files), [startImport]);
  useFileDrop(onFiles, show.presenting === null && editingHere);
  useUndoKeys(deckStore, show.presenting === null && editingHere);

  const newSlide = () => {
    const { deck, dispatch } = deckStore.getState();
    const { selectedSlideId, photoSortOrder } = session.getState();
    const slideId = newId<SlideId>();
    const current = deck.slides.findIndex((s) => s.id === selectedSlideId);
    const libraryOrder = sortPhotos(Object.values(deck.photos), photoSortOrder).map((photo) => photo.id);
    dispatch(commands.addSlide, {
      photoIds: newSlidePhotoIds(deck, libraryOrder, selectedPhotoIds),
      slideId,
      index: current >= 0 ? current : undefined,
    });
    session.getState().selectSlide(slideId);
    session.getState().selectItems([]);
  };

  // While presenting, the editor is not rendered at all, so none of its keys can fire behind the player.
  if (show.presenting !== null) {
    return (
      <PresentMode startSlide={show.presenting} onExit={show.stop} presenterBlocked={show.presenterBlocked} />
    );
  }

  return (
    <div className="editor">
      {!editingHere && (
        <div className="other-tab" role="status">
          <p>
            This deck is open in another tab, and is edited there. This tab shows its changes as they are
            saved, and can edit once that tab is closed, or at once with Edit here instead.
          </p>
          <button type="button" onClick={editing.takeOver} disabled={editing.takingOver}>
            Edit here instead
          </button>
          <button type="button" onClick={showDecks}>
            All decks
          </button>
        </div>
      )}
      <div className="editor-body" inert={!editingHere}>
        <Toolbar
          actions={{
            showDecks,
            addPhotos: onFiles,
            openBundle: (file) => {
              // Another deck may take this one's place: the photos being added must be in (and saved) first.
              if (photoImport.progress) {
                addNotice(
                  'info',
                  'Photos are still being added; wait for them to finish, then open the bundle.',
                );
              } else void bundleOpen.open(file);
            },
            newSlide,
            exportBundle: () => setExportOpen(true),
          }}
          busy={{ exporting: bundleExport.progress !== null, importing: photoImport.progress !== null }}
          show={show}
          titleInput={titleInput}
          notify={addNotice}
          ways={ways}
        />
        <div className="progress-area">
          {photoImport.progress && (
            <ProgressBar
              label="Adding photos"
              done={photoImport.progress.done}
              total={photoImport.progress.total}
              text={`${photoImport.progress.done} of ${photoImport.progress.total} photos`}
              onCancel={photoImport.cancel}
            />
          )}
          {bundleOpen.busy && (
            <ProgressBar
              label="Opening bundle"
              done={bundleOpen.busy.done}
              total={bundleOpen.busy.total}
              text={`Opening bundle: ${bundleOpen.busy.done} of ${bundleOpen.busy.total} photos`}
            />
          )}
        </div>
        {exportMounted && (
          <LoadBoundary
            onError={(error) => {
              setExportOpen(false);
              setExportMounted(false);
              addNotice(
                'error',
                `The export could not be opened: ${errorText(error)}. Reload the page to try again.`,
              );
            }}
          >
            <Suspense fallback={null}>
              <ExportDialog
                open={exportOpen}
                onClose={() => setExportOpen(false)}
                progress={bundleExport.progress}
                onExport={bundleExport.start}
                onCancel={bundleExport.cancel}
              />
            </Suspense>
          </LoadBoundary>
        )}
        <NoticeList notices={notices.list} onDismiss={notices.dismiss} onDismissAll={notices.dismissAll} />
        <DeckAlreadyHereDialog question={bundleOpen.question} />
        <main className="workspace">
          <div className="sidebar">
            <PhotoLibrary addNotice={addNotice} />
            <SlideSorter />
          </div>
          {deckIsEmpty ? (
            <Welcome
              onNewTribute={() => ways.openTribute.current?.()}
              onAddPhotos={() => ways.addPhotosInput.current?.click()}
              onOpenBundle={() => ways.openBundleInput.current?.click()}
            />
          ) : (
            <SlideCanvas />
          )}
          <Inspector />
        </main>
      </div>
    </div>
  );
}
