// How a quiz slide's photos come in: the style, the seconds each takes, and the "3 / 8" counter.
import { useId } from 'react';
import { MAX_STEP_SECONDS, MIN_STEP_SECONDS, type Reveal, type Slide } from '../../model/deck';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';
import { InspectorSection } from './InspectorSection';

const STYLES: readonly { value: Reveal['style']; label: string }[] = [
  { value: 'appear', label: 'Appear' },
  { value: 'fade', label: 'Fade' },
  { value: 'zoom', label: 'Zoom in' },
  { value: 'unblur', label: 'Unblur' },
  { value: 'spotlight', label: 'Spotlight' },
];

/** The slider's end: slower than this suits few rooms (the schema allows up to MAX_STEP_SECONDS). */
const PACE_SLIDER_MAX = Math.min(3, MAX_STEP_SECONDS);

function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(1)} s`;
}

type RevealStylePanelProps = { readonly slide: Slide; readonly reveal: Reveal };

export function RevealStylePanel({ slide, reveal }: RevealStylePanelProps) {
  const { deckStore } = useEditorServices();
  const counterId = useId();
  const counterHintId = useId();
  const paceHintId = useId();
  const paceLabelId = useId();
  const { dispatch } = deckStore.getState();

  return (
    <InspectorSection section="revealStyle" title="Reveal style">
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
      <label className="field style-range reveal-pace">
        <span>
          <span id={paceLabelId}>Seconds per photo</span> <output>{formatSeconds(reveal.stepSeconds)}</output>
        </span>
        <input
          type="range"
          min={MIN_STEP_SECONDS}
          max={Math.max(PACE_SLIDER_MAX, reveal.stepSeconds)}
          step={0.1}
          value={reveal.stepSeconds}
          aria-labelledby={paceLabelId}
          aria-describedby={paceHintId}
          aria-valuetext={formatSeconds(reveal.stepSeconds)}
          onChange={(event) =>
            dispatch(commands.setRevealPace, { slideId: slide.id, stepSeconds: event.target.valueAsNumber })
          }
          // A drag is one undo step: dispatches merge until the gesture ends here.
          onPointerUp={() => deckStore.getState().breakMerge()}
          onBlur={() => deckStore.getState().breakMerge()}
        />
      </label>
      <p id={paceHintId} className="hint">
        {reveal.style === 'appear'
          ? 'Appear shows each photo at once; the other styles take this long.'
          : 'How long a photo takes to fade or zoom in; unblur and spotlight take longer, in step.'}
      </p>
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
  );
}
