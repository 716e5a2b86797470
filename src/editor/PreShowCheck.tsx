// "Check before presenting": a button and a dialog listing, slide by slide, what could go wrong on the day.
import { useRef, useState } from 'react';
import type { Deck } from '../model/deck';
import { checkDeck, type PreShowProblem } from '../model/preShowCheck';
import { loadSlideFonts } from '../slide/fonts';
import { measureText } from '../slide/measureText';
import { useEditorServices } from './editorServices';
import { missingPhotos } from './missingPhotos';
import './preShowCheck.css';

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
      await loadSlideFonts();
      const missingPhotoIds = await missingPhotos(db, deck, unsavedPhotos);
      const problems = checkDeck(deck, {
        missingPhotoIds,
        importing,
        measureText: (item, { theme }) => measureText(item, theme.fontFamily),
      });
      if (run === runs.current) setState({ status: 'done', problems });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
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
      <div className="pre-show-groups">
        {groupBySlide(problems).map(([slideIndex, group]) => {
          const heading = slideIndex === null ? 'Whole deck' : `Slide ${slideIndex + 1}`;
          const headingId = `pre-show-${slideIndex ?? 'deck'}`;
          return (
            <section key={headingId} aria-labelledby={headingId} className="pre-show-group">
              <h3 id={headingId}>{heading}</h3>
              <ul>
                {group.map((problem, index) => (
                  <li key={index} className={`pre-show-${problem.severity}`}>
                    <span className="pre-show-severity">
                      {problem.severity === 'problem' ? 'Problem' : 'Note'}
                    </span>
                    <span className="pre-show-message">{problem.message}</span>
                    {slideIndex !== null && (
                      <button type="button" className="small" onClick={() => onGoTo(problem)}>
                        Go to slide {slideIndex + 1}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}

/** Problems in runs of the same slide; checkDeck lists them in slide order. */
function groupBySlide(problems: readonly PreShowProblem[]): [number | null, PreShowProblem[]][] {
  const groups: [number | null, PreShowProblem[]][] = [];
  for (const problem of problems) {
    const last = groups.at(-1);
    if (last && last[0] === problem.slideIndex) last[1].push(problem);
    else groups.push([problem.slideIndex, [problem]]);
  }
  return groups;
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
