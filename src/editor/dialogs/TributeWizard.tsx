// "New tribute": one short dialog (photos, names, question, answer) that starts a new deck and builds a finished
// tribute in it.
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { FormEvent } from 'react';
import { sharedPhotoImportPool } from '../../media/photoImportPool';
import { DEFAULT_QUESTION, newDeck } from '../../model/newDeck';
import { defaultAnswer, tributeDeckTitle } from '../../model/tributeSlides';
import { saveDeck, setCurrentDeckId } from '../../storage/deckStorage';
import { commands } from '../../store/commands';
import { ProgressBar } from '../../ui/ProgressBar';
import { useEditorServices } from '../editorServices';
import { addPhotoFiles, type ImportProgress } from '../library/usePhotoImport';
import type { Notice } from '../../ui/useNotices';
import './tributeWizard.css';
import { LIMITS } from '../../model/limits';
import { errorText } from '../../model/errorText';

/** Fewer photos than this make no quiz. */
const MIN_PHOTOS = 2;

type Problems = { readonly photos?: string; readonly names?: string };

export type TributeWizardProps = {
  /** The editor's notices: photos that failed to import are reported there, as with Add photos. */
  readonly notify: (kind: Notice['kind'], text: string) => void;
  /** Photos are being added to the open deck: a tribute (a deck of its own) waits until they are in. */
  readonly importing: boolean;
  /** Opens the wizard: the Deck menu's New tribute and the empty deck's welcome use it. */
  readonly openRef?: Ref<(() => void) | null>;
};

export function TributeWizard({ notify, importing: addingPhotos, openRef }: TributeWizardProps) {
  const { db, deckStore, session, unsavedPhotos, autosave } = useEditorServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const photosInput = useRef<HTMLInputElement>(null);
  const namesInput = useRef<HTMLInputElement>(null);
  const importing = useRef<AbortController | null>(null);
  // A new key each time the dialog opens gives it empty fields (a file input cannot be emptied otherwise).
  const [formKey, setFormKey] = useState(0);
  const [files, setFiles] = useState<readonly File[]>([]);
  const [names, setNames] = useState('');
  const [answer, setAnswer] = useState('');
  const [question, setQuestion] = useState(DEFAULT_QUESTION);
  const [problems, setProblems] = useState<Problems>({});
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  // The form exists only while the dialog is open, so its fields never shadow the inspector's for assistive tech.
  const [isOpen, setIsOpen] = useState(false);

  useEffect(() => {
    if (isOpen && !dialog.current?.open) dialog.current?.showModal();
  }, [isOpen]);

  const open = () => {
    if (addingPhotos) {
      notify(
        'info',
        'Photos are still being added to this deck; wait for them to finish, then start the tribute.',
      );
      return;
    }
    setFormKey((key) => key + 1);
    setFiles([]);
    setNames('');
    setAnswer('');
    setQuestion(DEFAULT_QUESTION);
    setProblems({});
    setIsOpen(true);
  };

  useImperativeHandle(openRef, () => open);

  const make = async (event: FormEvent) => {
    event.preventDefault();
    if (importing.current) return;
    const trimmedNames = names.trim();
    const found: Problems = {
      ...(files.length < MIN_PHOTOS && {
        photos: `Choose at least ${MIN_PHOTOS} photos (${files.length} chosen).`,
      }),
      ...(trimmedNames === '' && { names: 'Write who the tribute is for, e.g. “Ana and Rui”.' }),
    };
    setProblems(found);
    if (found.photos || found.names) {
      (found.photos ? photosInput : namesInput).current?.focus();
      return;
    }

    const abort = new AbortController();
    importing.current = abort;
    setProgress({ done: 0, total: files.length });
    try {
      // The deck open until now is saved before the tribute takes its place: nothing of it is dropped.
      try {
        await autosave.flush();
      } catch (error) {
        const reason = errorText(error);
        throw new Error(`the latest changes to this deck could not be saved first (${reason})`, {
          cause: error,
        });
      }
      // A deck of its own, saved and made the one a reload opens.
      // Named by the day only: the bundle's page title and the browser tab must not give the answer away.
      const made = new Date();
      const deck = newDeck(made, tributeDeckTitle(made));
      await saveDeck(db, deck);
      await setCurrentDeckId(db, deck.id);
      deckStore.getState().replaceDeck(deck);
      const { selectSlide, selectItems, selectPhotos } = session.getState();
      selectSlide(null);
      selectItems([]);
      selectPhotos([]);
      // The editor's own import: photos that fail are reported and left out, the rest are stored and added.
      await addPhotoFiles(files, {
        deckStore,
        unsavedPhotos,
        pool: sharedPhotoImportPool(),
        notify,
        onProgress: setProgress,
        signal: abort.signal,
      });
      if (abort.signal.aborted) {
        notify(
          'info',
          `The tribute was cancelled before its slides were made; the photos added so far are in the library of “${deck.title}”.`,
        );
        return;
      }
      // The whole tribute is one command, so one Undo takes it back and every slide is ordinary content.
      deckStore.getState().dispatch(commands.buildTribute, { names: trimmedNames, answer, question });
      selectSlide(deckStore.getState().deck.slides[0]?.id ?? null);
    } catch (error) {
      notify('error', `The tribute could not be made: ${errorText(error)}.`);
    } finally {
      importing.current = null;
      setProgress(null);
      dialog.current?.close();
    }
  };

  return (
    <>
      <dialog
        ref={dialog}
        className="tribute-dialog"
        aria-labelledby="tribute-heading"
        onClose={() => setIsOpen(false)}
        onCancel={(event) => {
          // Esc while photos are being added stops the import; the dialog closes when it has stopped.
          if (!importing.current) return;
          event.preventDefault();
          importing.current.abort();
        }}
      >
        {isOpen && (
          <form key={formKey} noValidate onSubmit={(event) => void make(event)}>
            <h2 id="tribute-heading">New tribute</h2>
            <p className="tribute-hint">
              A new deck: one quiz over the photos in the order they were taken (the names stay secret until
              the answer, on the last click), then a closing collage with the names.
            </p>
            <fieldset disabled={progress !== null}>
              <div className="field">
                <span id="tribute-photos-label">Photos</span>
                <label className="tribute-file">
                  <input
                    ref={photosInput}
                    type="file"
                    multiple
                    accept="image/*,.heic,.heif"
                    className="visually-hidden"
                    aria-labelledby="tribute-photos-label"
                    aria-invalid={problems.photos !== undefined}
                    aria-describedby="tribute-photos-chosen tribute-photos-problem"
                    onChange={(event) => {
                      setFiles(Array.from(event.target.files ?? []));
                      setProblems((now) => ({ ...now, photos: undefined }));
                    }}
                  />
                  <span className="tribute-file-button" aria-hidden="true">
                    Choose photos…
                  </span>
                  <span id="tribute-photos-chosen" className="tribute-file-count">
                    {files.length === 0
                      ? 'None chosen yet'
                      : `${files.length} ${files.length === 1 ? 'photo' : 'photos'} chosen`}
                  </span>
                </label>
              </div>
              <p id="tribute-photos-problem" className="tribute-problem">
                {problems.photos}
              </p>
              <label className="field">
                <span>Names</span>
                <input
                  ref={namesInput}
                  type="text"
                  value={names}
                  maxLength={LIMITS.shortText}
                  placeholder="Ana and Rui"
                  aria-invalid={problems.names !== undefined}
                  aria-describedby="tribute-names-problem"
                  onChange={(event) => {
                    setNames(event.target.value);
                    setProblems((now) => ({ ...now, names: undefined }));
                  }}
                />
              </label>
              <p id="tribute-names-problem" className="tribute-problem">
                {problems.names}
              </p>
              <label className="field">
                <span>Question</span>
                <input
                  type="text"
                  value={question}
                  maxLength={LIMITS.shortText}
                  onChange={(event) => setQuestion(event.target.value)}
                />
              </label>
              <label className="field">
                <span>Answer</span>
                <input
                  type="text"
                  value={answer}
                  maxLength={LIMITS.shortText}
                  placeholder={defaultAnswer(names) || 'Ana and Rui!'}
                  aria-describedby="tribute-answer-hint"
                  onChange={(event) => setAnswer(event.target.value)}
                />
              </label>
              <p id="tribute-answer-hint" className="tribute-hint">
                {names.trim() === ''
                  ? 'Shown on the last click.'
                  : `Shown on the last click; left empty, it is “${defaultAnswer(names)}”.`}
              </p>
            </fieldset>
            {progress ? (
              <ProgressBar
                label="Adding photos"
                done={progress.done}
                total={progress.total}
                text={`${progress.done} of ${progress.total} photos`}
                onCancel={() => importing.current?.abort()}
              />
            ) : (
              <div className="tribute-actions">
                <button type="button" onClick={() => dialog.current?.close()}>
                  Cancel
                </button>
                <button type="submit" className="primary">
                  Make tribute
                </button>
              </div>
            )}
          </form>
        )}
      </dialog>
    </>
  );
}
