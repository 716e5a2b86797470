// The selected slide's style: its background and, when it has photos, the collage's gutter, corners, border, shuffle.
import type { Deck, Slide } from '../../model/deck';
import { DEFAULT_LAYOUT_REF } from '../../model/layouts/arrangePhotos';
import { commands } from '../../store/commands';
import type { SetSlideStyleArgs } from '../../store/commands';
import { useEditorServices } from '../editorServices';
import { InspectorSection } from './InspectorSection';

type SlideStylePanelProps = { readonly deck: Deck; readonly slide: Slide };

type NumberField = 'gutter' | 'cornerRadius' | 'borderWidth';

const SLIDERS: readonly { field: NumberField; label: string; max: number }[] = [
  { field: 'gutter', label: 'Gutter', max: 120 },
  { field: 'cornerRadius', label: 'Corner radius', max: 200 },
  { field: 'borderWidth', label: 'Border width', max: 40 },
];

export function SlideStylePanel({ deck, slide }: SlideStylePanelProps) {
  const { deckStore } = useEditorServices();
  const style = slide.layout ?? DEFAULT_LAYOUT_REF;
  const hasPhotos = slide.items.some((item) => item.kind === 'photo');
  const set = (change: Omit<SetSlideStyleArgs, 'slideId'>) =>
    deckStore.getState().dispatch(commands.setSlideStyle, { slideId: slide.id, ...change });
  // A drag is one undo step: dispatches merge until the gesture ends here.
  const endGesture = () => deckStore.getState().breakMerge();

  return (
    <InspectorSection section="style" title="Style" className="slide-style" headingId="slide-style-heading">
      {/* Gutter, corners and border shape photos; a slide without any has only its background to set. */}
      {hasPhotos &&
        SLIDERS.map(({ field, label, max }) => (
          <label key={field} className="field style-range">
            <span>
              {label} <output>{Math.round(style[field])}</output>
            </span>
            <input
              type="range"
              min={0}
              max={Math.max(max, Math.ceil(style[field]))}
              step={1}
              value={style[field]}
              // The label also holds the value shown beside it, which would make the slider's name "Gutter 24".
              aria-label={label}
              onChange={(event) => set({ [field]: event.target.valueAsNumber })}
              onPointerUp={endGesture}
              onBlur={endGesture}
            />
          </label>
        ))}
      <div className="style-colours">
        {hasPhotos && (
          <label className="field">
            <span>Border colour</span>
            <input
              type="color"
              value={asHexColour(style.borderColor, '#ffffff')}
              onChange={(event) => set({ borderColor: event.target.value })}
              onBlur={endGesture}
            />
          </label>
        )}
        <label className="field">
          <span>Background</span>
          <input
            type="color"
            value={asHexColour(slide.background ?? deck.theme.background, '#000000')}
            onChange={(event) => set({ background: event.target.value })}
            onBlur={endGesture}
          />
        </label>
      </div>
      {hasPhotos && (
        <button
          type="button"
          onClick={() =>
            deckStore.getState().dispatch(commands.shuffleSlide, {
              slideId: slide.id,
              seed: Math.floor(Math.random() * 2 ** 31),
            })
          }
        >
          Shuffle
        </button>
      )}
    </InspectorSection>
  );
}

/** A colour input only takes #rrggbb; any other CSS colour in the deck shows as the fallback. */
function asHexColour(colour: string, fallback: string): string {
  if (/^#[0-9a-f]{6}$/i.test(colour)) return colour.toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  return short
    ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase()
    : fallback;
}
