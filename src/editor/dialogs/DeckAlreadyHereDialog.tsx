// "This deck is already here": asked when an opened bundle holds a deck this browser has with other changes.
// The person chooses to open the bundle as a copy (both kept), to replace the deck here, or to cancel.
import { useEffect, useRef } from 'react';
import type { OpenChoice } from '../../session/deckToOpen';

export type DeckQuestion = {
  readonly title: string;
  /** Called once with the choice; later calls are ignored by whoever asked. */
  readonly answer: (choice: OpenChoice | 'cancel') => void;
};

export function DeckAlreadyHereDialog({ question }: { readonly question: DeckQuestion | null }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (question === null || dialog.current?.open) return;
    dialog.current?.showModal();
    // The choice that loses nothing has the focus, so Enter cannot overwrite a deck by accident.
    copyButton.current?.focus();
  }, [question]);

  if (question === null) return null;
  const choose = (choice: OpenChoice | 'cancel') => {
    question.answer(choice);
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      className="deck-here-dialog"
      aria-labelledby="deck-here-heading"
      aria-describedby="deck-here-text"
      // Esc is Cancel. Handled here rather than left to the browser, which may skip its close request for a
      // dialog that opened without a click (this one opens when a bundle has been read), and keeps the
      // editor's own Esc handlers from seeing it.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        choose('cancel');
      }}
      // Any other way the dialog closes is Cancel too.
      onClose={() => question.answer('cancel')}
    >
      <h2 id="deck-here-heading">This deck is already here</h2>
      <p id="deck-here-text">
        This browser already holds “{question.title}”, with changes that are not in this bundle. Open the
        bundle as a copy to keep both, or replace the deck here with the bundle’s version.
      </p>
      <div className="deck-here-actions">
        <button type="button" ref={copyButton} onClick={() => choose('copy')}>
          Open as a copy
        </button>
        <button type="button" onClick={() => choose('replace')}>
          Replace
        </button>
        <button type="button" onClick={() => choose('cancel')}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
