// "Delete this deck?": asked before a deck leaves the library. Cancel has the focus, so Enter deletes nothing.
import { useEffect, useRef } from 'react';

export type DeleteQuestion = { readonly title: string; readonly answer: (remove: boolean) => void };

export function DeleteDeckDialog({ question }: { readonly question: DeleteQuestion | null }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (question === null || dialog.current?.open) return;
    dialog.current?.showModal();
    cancelButton.current?.focus();
  }, [question]);

  if (question === null) return null;
  const choose = (remove: boolean) => {
    question.answer(remove);
    dialog.current?.close();
  };
  return (
    <dialog
      ref={dialog}
      className="home-dialog"
      aria-labelledby="delete-deck-heading"
      aria-describedby="delete-deck-text"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        choose(false);
      }}
      onClose={() => question.answer(false)}
    >
      <h2 id="delete-deck-heading">Delete this deck?</h2>
      <p id="delete-deck-text">
        “{question.title}” and the photos no other deck uses will be deleted from this browser. You can undo
        it for a few seconds; export a bundle first to keep a copy.
      </p>
      <div className="home-dialog-actions">
        <button type="button" ref={cancelButton} onClick={() => choose(false)}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => choose(true)}>
          Delete
        </button>
      </div>
    </dialog>
  );
}
