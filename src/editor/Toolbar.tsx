// The editor's top bar: the deck's title, adding photos, opening and exporting bundles, undo/redo, present.
import { useDeck } from '../store/deckStore';
import { commands } from '../store/commands';
import { useEditorServices } from './editorServices';
import { useStore } from 'zustand';
import { MAX_SHORT_TEXT } from '../store/commands/findSlide';
import { loadSlideFonts } from '../slide/fonts';
import { useEffect, type Ref } from 'react';
import { TributeWizard } from './TributeWizard';
import { PreShowCheck } from './PreShowCheck';
import type { Notice } from './useNotices';
import { addTextAndEdit } from './textEditing';

/** Why Present is off on an empty deck, said where the button is. */
export const NOTHING_TO_PRESENT = 'Nothing to present yet: make a slide first.';

type ToolbarProps = {
  /** Back to the home screen's list of decks. */
  readonly onShowDecks: () => void;
  readonly onAddPhotos: (files: File[]) => void;
  readonly onOpenBundle: (file: File) => void;
  readonly onNewSlide: () => void;
  readonly onPresent: () => void;
  /** Presents with the presenter window (current and next step, notes, timer) beside the show. */
  readonly onPresenterView: () => void;
  /** The Present and Presenter view buttons, which the editor focuses again when the show they started ends. */
  readonly presentButton?: Ref<HTMLButtonElement>;
  readonly presenterViewButton?: Ref<HTMLButtonElement>;
  /** The deck title, which takes the focus when this tab takes the deck over from another. */
  readonly titleInput?: Ref<HTMLInputElement>;
  readonly onExport: () => void;
  readonly exporting: boolean;
  /** Whether photos are being added right now, for the check before presenting. */
  readonly importing: boolean;
  /** Shows a notice in the editor (used by the tribute wizard's import). */
  readonly notify: (kind: Notice['kind'], text: string) => void;
  /** The file inputs and the wizard, which the empty deck's welcome uses too. */
  readonly addPhotosInput?: Ref<HTMLInputElement>;
  readonly openBundleInput?: Ref<HTMLInputElement>;
  readonly openTribute?: Ref<(() => void) | null>;
};

export function Toolbar({
  onShowDecks,
  onAddPhotos,
  onOpenBundle,
  onNewSlide,
  onPresent,
  onPresenterView,
  presentButton,
  presenterViewButton,
  titleInput,
  onExport,
  exporting,
  importing,
  notify,
  addPhotosInput,
  openBundleInput,
  openTribute,
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

  // The canvas starts writing in the new box, and the focus goes there: a second Space types a space.
  const addText = () => addTextAndEdit(deckStore, session);

  return (
    <header className="toolbar">
      <h1 className="brand">Common Thread</h1>
      <button type="button" onClick={onShowDecks}>
        All decks
      </button>
      <label className="title-field">
        <span className="visually-hidden">Deck title</span>
        <input
          ref={titleInput}
          type="text"
          value={title}
          maxLength={MAX_SHORT_TEXT}
          onBlur={() => deckStore.getState().breakMerge()}
          onChange={(event) => dispatch(commands.setDeckTitle, { title: event.target.value })}
        />
      </label>
      <div className="toolbar-group">
        <label className="button file-button">
          Add photos
          <input
            ref={addPhotosInput}
            type="file"
            multiple
            accept="image/*,.heic,.heif"
            className="visually-hidden"
            onBlur={() => deckStore.getState().breakMerge()}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = '';
              onAddPhotos(files);
            }}
          />
        </label>
        <button
          type="button"
          onClick={onNewSlide}
          title="A slide of the selected photos; with none selected, of the photos not yet on a slide"
        >
          New slide
        </button>
        <button type="button" onClick={addText} disabled={!hasSelectedSlide}>
          Add text
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
      </div>
      <span className="save-state" role="status">
        {saveState.status === 'saved'
          ? 'All changes saved'
          : saveState.status === 'saving'
            ? 'Saving…'
            : 'Not saved'}
      </span>
      <div className="toolbar-group toolbar-end">
        <TributeWizard notify={notify} importing={importing} openRef={openTribute} />
        <label className="button file-button">
          Open bundle
          <input
            ref={openBundleInput}
            type="file"
            accept=".zip,application/zip"
            className="visually-hidden"
            onBlur={() => deckStore.getState().breakMerge()}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) onOpenBundle(file);
            }}
          />
        </label>
        <button type="button" onClick={onExport} disabled={exporting}>
          Export bundle
        </button>
        <PreShowCheck importing={importing} />
        <button
          type="button"
          className="primary"
          ref={presentButton}
          onClick={onPresent}
          disabled={slideCount === 0}
          aria-describedby={slideCount === 0 ? 'present-reason' : undefined}
          title={slideCount === 0 ? NOTHING_TO_PRESENT : 'Present full screen, from the selected slide'}
        >
          Present
        </button>
        <button
          type="button"
          ref={presenterViewButton}
          onClick={onPresenterView}
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
