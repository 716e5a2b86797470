// The selected slide's speaker notes, for the presenter's eyes only; typing is one undo step.
import { useId } from 'react';
import type { Slide } from '../../model/deck';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';
import { LIMITS } from '../../model/limits';

export function SpeakerNotes({ slide }: { readonly slide: Slide }) {
  const { deckStore } = useEditorServices();
  const hintId = useId();
  return (
    <>
      <label className="field">
        <span>Speaker notes</span>
        <textarea
          rows={4}
          value={slide.notes}
          maxLength={LIMITS.notes}
          aria-describedby={hintId}
          onBlur={() => deckStore.getState().breakMerge()}
          onChange={(event) =>
            deckStore
              .getState()
              .dispatch(commands.setSlideNotes, { slideId: slide.id, notes: event.target.value })
          }
        />
      </label>
      <p id={hintId} className="hint">
        Shown in the presenter view, never on the big screen.
      </p>
    </>
  );
}
