// How the player moves onto the selected slide: at once, fading, or sliding in.
import { useId } from 'react';
import type { Slide } from '../../model/deck';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';

const TRANSITIONS: readonly { value: Slide['transition']; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'fade', label: 'Fade' },
  { value: 'slide', label: 'Slide' },
];

export function TransitionPicker({ slide }: { readonly slide: Slide }) {
  const { deckStore } = useEditorServices();
  const hintId = useId();
  return (
    <>
      <label className="field">
        <span>Transition</span>
        <select
          aria-describedby={hintId}
          value={slide.transition}
          onChange={(event) => {
            const transition = TRANSITIONS.find((t) => t.value === event.target.value)?.value;
            if (!transition) return;
            deckStore.getState().dispatch(commands.setSlideTransition, { slideId: slide.id, transition });
          }}
        >
          {TRANSITIONS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <p id={hintId} className="hint">
        How the player moves onto this slide.
      </p>
    </>
  );
}
