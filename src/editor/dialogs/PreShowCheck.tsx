// "Check before presenting": a button and a dialog listing, in slide order, what could go wrong on the day.
import { useRef, useState } from 'react';
import type { Deck } from '../../model/deck';
import type { PreShowProblem } from '../../model/preShowCheck';
import { loadSlideFonts } from '../../slide/fonts';
import { measureText } from '../../slide/measureText';
import { useEditorServices } from '../editorServices';
import { missingPhotos } from '../library/missingPhotos';
import './preShowCheck.css';
import { errorText } from '../../model/errorText';

type CheckState =
  | { readonly status: 'checking' }
  | { readonly status: 'done'; readonly problems: readonly PreShowProblem[] }
  | { readonly status: 'failed'; readonly reason: string };

type PreShowCheckProps = {
  /** Whether photos are being added right now (the editor's import progress). */
  readonly importing: boolean;
};

export function PreShowCheck({ importing }: PreShowCheckProps) {
  const { db, deckStore, session, unsavedPhotos } = useEditorServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<CheckState>({ status: 'checking' });
  // Each opening starts a new check; an older one still finishing must not overwrite it.
  const runs = useRef(0);

  const check = async (deck: Deck) => {
    const run = ++runs.current;
    setState({ status: 'checking' });
    try {
      // Text is measured in the shipped fonts, as the slide draws it.
      // The check's rules load with the first check, not with the editor.
      const [{ checkDeck }] = await Promise.all([import('../../model/preShowCheck'), loadSlideFonts()]);
      const missingPhotoIds = await missingPhotos(db, deck, unsavedPhotos);
      const problems = checkDeck(deck, {
        missingPhotoIds,
        importing,
        measureText: (item, { theme }) => measureText(item, theme.fontFamily),
      });
      if (run === runs.current) setState({ status: 'done', problems });
    } catch (error) {
      const reason = errorText(error);
      if (run === runs.current) setState({ status: 'failed', reason });
    }
  };

  const open = () => {
    dialog.current?.showModal();
    void check(deckStore.getState().deck);
  };

  const goTo = (problem: PreShowProblem) => {
    if (problem.slideId === null) return;
    const { selectSlide, selectItems } = session.getState();
    selectSlide(problem.slideId);
    selectItems(problem.itemId ? [problem.itemId] : []);
    dialog.current?.close();
  };

  return (
    <>
      <button type="button" onClick={open}>
        Check before presenting
      </button>
      <dialog
        ref={dialog}
        className="pre-show-dialog"
        aria-labelledby="pre-show-heading"
        onClose={() => {
          runs.current += 1;
        }}
      >
        <h2 id="pre-show-heading">Check before presenting</h2>
        <CheckResult state={state} onGoTo={goTo} />
        <div className="pre-show-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}

function CheckResult({
  state,
  onGoTo,
}: {
  readonly state: CheckState;
  readonly onGoTo: (problem: PreShowProblem) => void;
}) {
  if (state.status === 'checking') return <p role="status">Checking…</p>;
  if (state.status === 'failed') return <p role="alert">The check could not finish: {state.reason}.</p>;
  const { problems } = state;
  if (problems.length === 0) return <p role="status">Everything looks ready.</p>;
  return (
    <>
      <p role="status">{summary(problems)}</p>
      <ul className="pre-show-problems" aria-label="Problems">
        {problems.map((problem, index) => {
          const slide = problem.slideIndex === null ? null : problem.slideIndex + 1;
          return (
            <li key={index} className={`pre-show-${problem.severity}`}>
              <span className="pre-show-severity">{problem.severity === 'problem' ? 'Problem' : 'Note'}</span>
              <span className="pre-show-message">
                <span className="pre-show-where">{slide === null ? 'Whole deck' : `Slide ${slide}`}</span>{' '}
                {problem.message}
              </span>
              {slide !== null && (
                <button type="button" className="small" onClick={() => onGoTo(problem)}>
                  Go to slide {slide}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function summary(problems: readonly PreShowProblem[]): string {
  const serious = problems.filter((problem) => problem.severity === 'problem').length;
  const notes = problems.length - serious;
  const parts = [
    serious > 0 ? `${serious} ${serious === 1 ? 'problem' : 'problems'}` : '',
    notes > 0 ? `${notes} ${notes === 1 ? 'note' : 'notes'}` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} to look at.`;
}
