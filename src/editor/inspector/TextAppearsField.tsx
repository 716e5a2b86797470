// On a quiz slide, when a selected text shows: from the start, with one of the reveal's photos, or with the answer.
import type { Deck, Slide, TextAppears, TextItem } from '../../model/deck';
import type { ItemId } from '../../model/ids';
import { commands } from '../../store/commands';
import { useEditorServices } from '../editorServices';
import { photoName } from '../library/photoName';

type TextAppearsFieldProps = {
  readonly deck: Deck;
  readonly slide: Slide;
  readonly item: TextItem;
};

/** The select's value for a setting: 'start', 'answer' or 'photo:<item id>'. */
function optionValue(slide: Slide, appears: TextAppears): string {
  if (appears === 'start' || appears === 'answer') return appears;
  // A photo gone from the reveal leaves the text to the answer, as the player does.
  return slide.reveal?.order.includes(appears.withItem) ? `photo:${appears.withItem}` : 'answer';
}

function appearsOf(value: string): TextAppears {
  if (value.startsWith('photo:')) return { withItem: value.slice('photo:'.length) as ItemId };
  return value === 'start' ? 'start' : 'answer';
}

export function TextAppearsField({ deck, slide, item }: TextAppearsFieldProps) {
  const { deckStore } = useEditorServices();
  const reveal = slide.reveal;
  if (!reveal) return null;
  const photos = reveal.order.flatMap((id) => slide.items.filter((other) => other.id === id));
  const id = `text-appears-${item.id}`;
  return (
    <div className="field text-appears-field">
      <label htmlFor={id}>Appears</label>
      <select
        id={id}
        value={optionValue(slide, item.appears)}
        aria-describedby={`${id}-hint`}
        onChange={(event) =>
          deckStore.getState().dispatch(commands.setTextAppears, {
            slideId: slide.id,
            itemId: item.id,
            appears: appearsOf(event.target.value),
          })
        }
      >
        <option value="start">From the start</option>
        {photos.map((photo, index) => (
          <option key={photo.id} value={`photo:${photo.id}`}>
            With photo {index + 1} ({photoName(deck, photo)})
          </option>
        ))}
        <option value="answer">With the answer</option>
      </select>
      <p id={`${id}-hint`} className="hint">
        {item.appears === 'start'
          ? 'The room reads it from the question on: keep the answer out of it.'
          : 'Hidden until then in the show, the bundle and the thumbnails.'}
      </p>
    </div>
  );
}
