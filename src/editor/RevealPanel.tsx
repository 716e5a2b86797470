// How a quiz slide plays: the order its photos come in, the style they come in with, and the "3 / 8" counter.
import { useId } from 'react';
import type { Deck, Reveal, Slide } from '../model/deck';
import { commands } from '../store/commands';
import { useEditorServices } from './editorServices';
import { InspectorSection } from './InspectorSection';
import { RevealOrderList } from './RevealOrderList';

const STYLES: readonly { value: Reveal['style']; label: string }[] = [
  { value: 'appear', label: 'Appear' },
  { value: 'fade', label: 'Fade' },
  { value: 'zoom', label: 'Zoom in' },
  { value: 'unblur', label: 'Unblur' },
  { value: 'spotlight', label: 'Spotlight' },
];

type RevealPanelProps = { readonly deck: Deck; readonly slide: Slide; readonly reveal: Reveal };

export function RevealPanel({ deck, slide, reveal }: RevealPanelProps) {
  const { deckStore } = useEditorServices();
  const counterId = useId();
  const counterHintId = useId();
  const { dispatch } = deckStore.getState();
  const photoCount = slide.items.filter((item) => item.kind === 'photo').length;

  return (
    <>
      <InspectorSection title="Reveal order" className="reveal-order-section">
        <p className="hint">
          {reveal.order.length} of {photoCount} photos come in one click at a time, in this order, each with
          its clue if it has one. Photos left out of the reveal show from the question on.
        </p>
        {photoCount > 0 || reveal.order.length > 0 ? (
          <RevealOrderList deck={deck} slide={slide} reveal={reveal} />
        ) : (
          <p className="empty">This slide has no photos yet.</p>
        )}
      </InspectorSection>
      <InspectorSection title="Reveal style">
        <fieldset className="reveal-styles" role="radiogroup">
          <legend className="visually-hidden">Reveal style</legend>
          {STYLES.map(({ value, label }) => (
            <label key={value} className="reveal-style">
              <input
                type="radio"
                name={`reveal-style-${slide.id}`}
                value={value}
                checked={reveal.style === value}
                onChange={() => dispatch(commands.setRevealOptions, { slideId: slide.id, style: value })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <div className="field switch-field">
          <button
            type="button"
            role="switch"
            id={counterId}
            aria-checked={reveal.showCounter}
            aria-describedby={counterHintId}
            className="switch"
            onClick={() =>
              dispatch(commands.setRevealOptions, { slideId: slide.id, showCounter: !reveal.showCounter })
            }
          >
            <span className="switch-knob" aria-hidden="true" />
          </button>
          <label htmlFor={counterId}>Show counter</label>
        </div>
        <p id={counterHintId} className="hint">
          “3 / 8” in a corner while the photos come in.
        </p>
      </InspectorSection>
    </>
  );
}
