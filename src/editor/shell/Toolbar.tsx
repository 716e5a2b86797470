// The editor's top bar, one row at 1280 px: the Deck menu (new tribute, bundles, all decks), the deck's title and
// whether it is saved, adding photos, slides and text, undo/redo, the check before presenting, present.
import { useDeck } from '../../store/deckStore';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';
import { useStore } from 'zustand';
import { loadSlideFonts } from '../../slide/fonts';
import { useEffect, useRef, type RefObject, type Ref } from 'react';
import { PlayIcon, RedoIcon, UndoIcon } from '../../ui/icons';
import { DeckMenu } from './DeckMenu';
import { LazyTributeWizard } from '../dialogs/LazyTributeWizard';
import { PreShowCheck } from '../dialogs/PreShowCheck';
import type { Notice } from '../../ui/useNotices';
import { addTextAndEdit } from '../canvas/textEditing';
import { LIMITS } from '../../model/limits';
import type { PresentSession } from './usePresentSession';

/** Why Present is off on an empty deck, said where the button is. */
export const NOTHING_TO_PRESENT = 'Nothing to present yet: make a slide first.';

/** What the toolbar's buttons do that the editor decides (the rest they do to the deck themselves). */
export type ToolbarActions = {
  /** Back to the home screen's list of decks. */
  readonly showDecks: () => void;
  readonly addPhotos: (files: File[]) => void;
  readonly openBundle: (file: File) => void;
  readonly newSlide: () => void;
  /** Opens the export dialog. */
  readonly exportBundle: () => void;
};

/** The work in progress that changes what the toolbar offers. */
export type ToolbarBusy = {
  readonly exporting: boolean;
  /** Whether photos are being added right now, for the check before presenting. */
  readonly importing: boolean;
};

type ToolbarProps = {
  readonly actions: ToolbarActions;
  readonly busy: ToolbarBusy;
  /**
   * Present, and Presenter view (the presenter window beside the show); their buttons take the focus back when
   * the show they started ends.
   */
  readonly show: Pick<
    PresentSession,
    'present' | 'presentWithPresenter' | 'presentButton' | 'presenterViewButton'
  >;
  /** The deck title, which takes the focus when this tab takes the deck over from another. */
  readonly titleInput?: Ref<HTMLInputElement>;
  /** Shows a notice in the editor (used by the tribute wizard's import). */
  readonly notify: (kind: Notice['kind'], text: string) => void;
  /** The file inputs and the wizard, which the empty deck's welcome works too. */
  readonly ways?: WaysIn;
};

/** The toolbar's ways into a deck, handed to the empty deck's welcome: its two file inputs and the wizard. */
export type WaysIn = {
  readonly addPhotosInput: RefObject<HTMLInputElement | null>;
  readonly openBundleInput: RefObject<HTMLInputElement | null>;
  readonly openTribute: RefObject<(() => void) | null>;
};

export function Toolbar({
  actions,
  busy: { exporting, importing },
  show: { present, presentWithPresenter, presentButton, presenterViewButton },
  titleInput,
  notify,
  ways,
}: ToolbarProps) {
  const { deckStore, session, saveState: saveStateStore } = useEditorServices();
  const saveState = useStore(saveStateStore);
  const title = useDeck(deckStore, (state) => state.deck.title);
  const canUndo = useDeck(deckStore, (state) => state.canUndo);
  const canRedo = useDeck(deckStore, (state) => state.canRedo);
  const slideCount = useDeck(deckStore, (state) => state.deck.slides.length);
  const { dispatch, undo, redo } = deckStore.getState();
  const selectedSlideId = useStore(session, (state) => state.selectedSlideId);
  const hasSelectedSlide = useDeck(deckStore, (state) =>
    state.deck.slides.some((slide) => slide.id === selectedSlideId),
  );

  // Loaded ahead, so a caption added later is drawn (and gets its handles) at once.
  useEffect(() => {
    void loadSlideFonts();
  }, []);

  // The Deck menu and the welcome share the wizard and the bundle input, so the refs are the editor's when given.
  const ownBundleInput = useRef<HTMLInputElement>(null);
  const bundleInput = ways?.openBundleInput ?? ownBundleInput;
  const ownWizard = useRef<(() => void) | null>(null);
  const tributeWizard = ways?.openTribute ?? ownWizard;

  // The canvas starts writing in the new box, and the focus goes there: a second Space types a space.
  const addText = () => addTextAndEdit(deckStore, session);

  return (
    <header className="toolbar">
      <h1 className="brand">Common Thread</h1>
      <DeckMenu
        onNewTribute={() => tributeWizard.current?.()}
        onOpenBundle={() => bundleInput.current?.click()}
        onExport={actions.exportBundle}
        exporting={exporting}
        onShowDecks={actions.showDecks}
      />
      <div className="title-field">
        <label>
          <span className="visually-hidden">Deck title</span>
          <input
            ref={titleInput}
            type="text"
            value={title}
            maxLength={LIMITS.shortText}
            onBlur={() => deckStore.getState().breakMerge()}
            onChange={(event) => dispatch(commands.setDeckTitle, { title: event.target.value })}
          />
        </label>
        <span className="save-state" role="status">
          {saveState.status === 'saved'
            ? 'All changes saved'
            : saveState.status === 'saving'
              ? 'Saving…'
              : 'Not saved'}
        </span>
      </div>
      <div className="toolbar-group">
        <label className="button file-button">
          Add photos
          <input
            ref={ways?.addPhotosInput}
            type="file"
            multiple
            accept="image/*,.heic,.heif"
            className="visually-hidden"
            onBlur={() => deckStore.getState().breakMerge()}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = '';
              actions.addPhotos(files);
            }}
          />
        </label>
        <button
          type="button"
          onClick={actions.newSlide}
          title="A slide of the selected photos; with none selected, of the photos not yet on a slide"
        >
          New slide
        </button>
        <button type="button" onClick={addText} disabled={!hasSelectedSlide}>
          Add text
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="icon-button"
          onClick={undo}
          disabled={!canUndo}
          title="Undo (Ctrl+Z)"
        >
          <UndoIcon />
          <span className="visually-hidden">Undo</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={redo}
          disabled={!canRedo}
          title="Redo (Ctrl+Shift+Z)"
        >
          <RedoIcon />
          <span className="visually-hidden">Redo</span>
        </button>
      </div>
      <LazyTributeWizard notify={notify} importing={importing} openRef={tributeWizard} />
      {/* Opened from the Deck menu and the welcome; out of the tab order, as its menu entry is the way in. */}
      <input
        ref={bundleInput}
        type="file"
        accept=".zip,application/zip"
        aria-label="Open bundle"
        tabIndex={-1}
        className="visually-hidden"
        onBlur={() => deckStore.getState().breakMerge()}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) actions.openBundle(file);
        }}
      />
      <div className="toolbar-group toolbar-end">
        <PreShowCheck importing={importing} />
        <button
          type="button"
          className="primary"
          ref={presentButton}
          onClick={present}
          disabled={slideCount === 0}
          aria-describedby={slideCount === 0 ? 'present-reason' : undefined}
          title={slideCount === 0 ? NOTHING_TO_PRESENT : 'Present full screen, from the selected slide'}
        >
          <PlayIcon />
          Present
        </button>
        <button
          type="button"
          ref={presenterViewButton}
          onClick={presentWithPresenter}
          disabled={slideCount === 0}
          aria-describedby={slideCount === 0 ? 'present-reason' : undefined}
          title={
            slideCount === 0
              ? NOTHING_TO_PRESENT
              : 'Present with a second window of notes, timer and the next step (P while presenting)'
          }
        >
          Presenter view
        </button>
        <span id="present-reason" className="visually-hidden">
          {NOTHING_TO_PRESENT}
        </span>
      </div>
    </header>
  );
}
