// The controls for a selected text item: when it appears on a quiz slide, size, colour, alignment, bold, font.
import { useRef, type KeyboardEvent } from 'react';
import type { Deck, Slide, TextItem } from '../../model/deck';
import { FONT_LABELS, type SlideFont } from '../../slide/fonts';
import { commands } from '../../store/commands';
import { MIN_FONT_SIZE, type TextStyle } from '../../store/commands/setTextStyle';
import { useEditorServices } from '../editorServices';
import { InspectorSection } from './InspectorSection';
import { TextAppearsField } from './TextAppearsField';
import { LIMITS } from '../../model/limits';

export type TextPanelProps = {
  readonly deck: Deck;
  readonly slide: Slide;
  /** The selected text item, as it is in the deck now. */
  readonly item: TextItem;
};

const ALIGNMENTS: readonly { value: TextItem['align']; label: string }[] = [
  { value: 'left', label: 'Left' },
  { value: 'center', label: 'Centre' },
  { value: 'right', label: 'Right' },
];

/** The slider covers sizes people pick by eye; the number field takes anything the deck allows. */
const SLIDER_MAX = 300;

/** A colour input only shows #rrggbb; other CSS colours (e.g. an old deck's "#fff") are shown as that. */
function hexColour(colour: string): string {
  if (/^#[0-9a-f]{6}$/i.test(colour)) return colour.toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  return short
    ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase()
    : '#ffffff';
}

export function TextPanel({ deck, slide, item }: TextPanelProps) {
  const slideId = slide.id;
  const { deckStore } = useEditorServices();
  const alignButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const set = (style: Partial<TextStyle>) =>
    deckStore.getState().dispatch(commands.setTextStyle, { slideId, itemId: item.id, style });
  const endRun = () => deckStore.getState().breakMerge();

  // A radio group is one tab stop; the arrow keys choose among its options.
  const onAlignKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + ALIGNMENTS.length) % ALIGNMENTS.length;
    const choice = ALIGNMENTS[next];
    if (!choice) return;
    set({ align: choice.value });
    alignButtons.current[next]?.focus();
  };

  return (
    <InspectorSection section="text" title="Text">
      <section className="text-panel" aria-label="Text style">
        <TextAppearsField deck={deck} slide={slide} item={item} />
        <div className="field text-size-field">
          <label htmlFor={`font-size-${item.id}`}>Font size</label>
          <div className="text-size-controls">
            <input
              type="range"
              min={MIN_FONT_SIZE}
              max={SLIDER_MAX}
              value={Math.min(item.fontSize, SLIDER_MAX)}
              aria-hidden="true"
              tabIndex={-1}
              onChange={(event) => set({ fontSize: event.target.valueAsNumber })}
              onPointerUp={endRun}
            />
            <input
              id={`font-size-${item.id}`}
              type="number"
              min={MIN_FONT_SIZE}
              max={LIMITS.fontSize}
              value={item.fontSize}
              onChange={(event) => {
                if (Number.isFinite(event.target.valueAsNumber))
                  set({ fontSize: event.target.valueAsNumber });
              }}
              onBlur={endRun}
            />
          </div>
        </div>
        <label className="field text-colour-field">
          <span>Text colour</span>
          <input
            type="color"
            value={hexColour(item.color)}
            onChange={(event) => set({ color: event.target.value })}
            onBlur={endRun}
          />
        </label>
        <div className="field">
          <span id={`text-align-${item.id}`}>Alignment</span>
          <div role="radiogroup" aria-labelledby={`text-align-${item.id}`} className="segmented">
            {ALIGNMENTS.map(({ value, label }, index) => (
              <button
                key={value}
                ref={(button) => {
                  alignButtons.current[index] = button;
                }}
                type="button"
                role="radio"
                aria-checked={item.align === value}
                tabIndex={item.align === value ? 0 : -1}
                className={item.align === value ? 'small selected' : 'small'}
                onClick={() => set({ align: value })}
                onKeyDown={(event) => onAlignKeyDown(event, index)}
              >
                {label}
              </button>
            ))}
          </div>
        </div>
        <div className="field text-style-row">
          <button
            type="button"
            className={item.bold ? 'small selected' : 'small'}
            aria-pressed={item.bold}
            onClick={() => set({ bold: !item.bold })}
          >
            Bold
          </button>
          <span className="text-font-field">
            <label htmlFor={`text-font-${item.id}`}>Font</label>
            <select
              id={`text-font-${item.id}`}
              value={item.font}
              onChange={(event) => set({ font: event.target.value as SlideFont })}
            >
              {(Object.keys(FONT_LABELS) as SlideFont[]).map((font) => (
                <option key={font} value={font}>
                  {FONT_LABELS[font]}
                </option>
              ))}
            </select>
          </span>
        </div>
      </section>
    </InspectorSection>
  );
}
