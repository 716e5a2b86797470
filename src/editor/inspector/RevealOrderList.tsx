// The order a quiz slide's photos are revealed in: drag (or keys) to reorder, leave photos out, give each a clue.
import { useCallback, useMemo, useRef, type CSSProperties, type ReactNode, type Ref } from 'react';
import { useStore } from 'zustand';
import type { Deck, Item, Reveal, Slide } from '../../model/deck';
import type { ItemId, PhotoId } from '../../model/ids';
import { moveInList } from '../../model/moveInList';
import { commands } from '../../store/commands';
import type { SortableKit, SortableRowParts } from '../../ui/useSortableKit';
import { useSortableKit } from '../../ui/useSortableKit';
import { useEditorServices } from '../editorServices';
import { photoName } from '../library/photoName';
import { usePhotoUrls } from '../library/usePhotoUrls';
import { LIMITS } from '../../model/limits';

const INSTRUCTIONS =
  'To move this photo in the reveal, press Space. While moving it, use the arrow keys, then press Space to drop it, or Escape to cancel.';

type RevealOrderListProps = { readonly deck: Deck; readonly slide: Slide; readonly reveal: Reveal };

export function RevealOrderList({ deck, slide, reveal }: RevealOrderListProps) {
  const { deckStore } = useEditorServices();
  const urls = usePhotoUrls('thumbnail');
  const box = useRef<HTMLDivElement>(null);
  const kit = useSortableKit(box);
  const order = reveal.order;
  const items = new Map(slide.items.map((item) => [item.id, item]));
  // The reveal order first; then the photos left out, which show from the question on.
  const included = order.flatMap((id) => items.get(id) ?? []);
  const leftOut = slide.items.filter((item) => item.kind === 'photo' && !order.includes(item.id));
  const names = useMemo(
    () => new Map(slide.items.map((item) => [item.id, photoName(deck, item)])),
    [deck, slide.items],
  );

  const move = (from: number, to: number) => {
    if (from < 0 || to < 0 || from >= order.length || to >= order.length || from === to) return;
    deckStore
      .getState()
      .dispatch(commands.setRevealOrder, { slideId: slide.id, order: moveInList(order, from, to) });
  };
  const rowOf = (item: Item) => ({
    slide,
    item,
    name: names.get(item.id) ?? '',
    url: thumbnailUrl(urls, item),
  });
  const steps = included.map((item, index) => ({
    ...rowOf(item),
    step: index + 1,
    count: order.length,
    onMove: (by: -1 | 1) => move(index, index + by),
  }));
  const leftOutRows = leftOut.map((item) => <RevealRow key={item.id} {...rowOf(item)} />);

  return (
    // The box stays while the list is made again as a sortable one (useSortableKit keeps the focus in it).
    <div ref={box}>
      {kit ? (
        <SortableRevealList kit={kit} order={order} names={names} steps={steps} move={move}>
          {leftOutRows}
        </SortableRevealList>
      ) : (
        // Drag comes with the kit, a moment after the editor opens; the Move buttons work already.
        <ol aria-label="Reveal order" className="reveal-order">
          {steps.map((row) => (
            <RevealStepRow key={row.item.id} {...row} />
          ))}
          {leftOutRows}
        </ol>
      )}
    </div>
  );
}

type SortableRevealListProps = {
  readonly kit: SortableKit;
  readonly order: readonly ItemId[];
  readonly names: ReadonlyMap<ItemId, string>;
  readonly steps: readonly RevealStepRowProps[];
  readonly move: (from: number, to: number) => void;
  readonly children: ReactNode;
};

function SortableRevealList({ kit, order, names, steps, move, children }: SortableRevealListProps) {
  const nameOf = useCallback((id: ItemId) => names.get(id) ?? 'The photo', [names]);
  const sortable = kit.useSortableList({
    ids: order,
    nameOf,
    instructions: INSTRUCTIONS,
    dragDistance: 4,
    onMove: (_id, from, to) => move(from, to),
  });
  return (
    <kit.DndContext {...sortable}>
      <ol aria-label="Reveal order" className="reveal-order">
        <kit.SortableContext items={[...order]} strategy={kit.verticalListSortingStrategy}>
          {steps.map((row) => (
            <SortableRevealRow key={row.item.id} kit={kit} {...row} />
          ))}
        </kit.SortableContext>
        {children}
      </ol>
    </kit.DndContext>
  );
}

function thumbnailUrl(urls: ReadonlyMap<PhotoId, string>, item: Item): string | undefined {
  return item.kind === 'photo' ? urls.get(item.photoId) : undefined;
}

type RevealRowProps = {
  readonly slide: Slide;
  readonly item: Item;
  readonly name: string;
  readonly url: string | undefined;
};

type RevealStepRowProps = RevealRowProps & {
  /** 1-based: the reveal step that brings this photo in. */
  readonly step: number;
  readonly count: number;
  readonly onMove: (by: -1 | 1) => void;
};

function SortableRevealRow({ kit, ...row }: RevealStepRowProps & { readonly kit: SortableKit }) {
  return <RevealStepRow {...row} {...kit.useSortableRow(row.item.id)} />;
}

type RevealStepRowLayoutProps = RevealStepRowProps & Partial<SortableRowParts>;

function RevealStepRow({
  step,
  count,
  onMove,
  rowRef,
  dragging,
  style,
  handleRef,
  handle,
  ...row
}: RevealStepRowLayoutProps) {
  const id = row.item.id;
  return (
    <RevealRow
      {...row}
      rowRef={rowRef}
      dragging={dragging}
      style={style}
      handle={
        <button
          type="button"
          ref={handleRef}
          {...handle}
          data-focus-key={`handle ${id}`}
          aria-label={`Move ${row.name}`}
          aria-roledescription="sortable photo"
          title="Drag, or press Space and then the arrow keys"
          className="reveal-handle"
        >
          <span aria-hidden="true">⠿</span>
        </button>
      }
      step={
        <span className="reveal-step">
          Photo {step}
          <span className="visually-hidden"> of {count}</span>
        </span>
      }
      moves={
        <span className="reveal-moves">
          {/* aria-disabled, not disabled: a button that turns disabled under the focus would drop it. */}
          <MoveButton
            focusKey={`up ${id}`}
            label="Move up"
            symbol="↑"
            disabled={step === 1}
            onClick={() => onMove(-1)}
          />
          <MoveButton
            focusKey={`down ${id}`}
            label="Move down"
            symbol="↓"
            disabled={step === count}
            onClick={() => onMove(1)}
          />
        </span>
      }
    />
  );
}

type MoveButtonProps = {
  readonly focusKey: string;
  readonly label: string;
  readonly symbol: string;
  readonly disabled: boolean;
  readonly onClick: () => void;
};

function MoveButton({ focusKey, label, symbol, disabled, onClick }: MoveButtonProps) {
  return (
    <button
      type="button"
      data-focus-key={focusKey}
      className="small"
      aria-label={label}
      title={label}
      aria-disabled={disabled}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
}

type RevealRowLayoutProps = RevealRowProps & {
  readonly rowRef?: Ref<HTMLLIElement>;
  readonly dragging?: boolean;
  readonly style?: CSSProperties;
  readonly handle?: ReactNode;
  readonly step?: ReactNode;
  readonly moves?: ReactNode;
};

function RevealRow({
  slide,
  item,
  name,
  url,
  rowRef,
  dragging,
  style,
  handle,
  step,
  moves,
}: RevealRowLayoutProps) {
  const { deckStore, session } = useEditorServices();
  const selected = useStore(session, (state) => state.selectedItemIds.includes(item.id));
  const included = slide.reveal?.order.includes(item.id) ?? false;
  const dispatch = deckStore.getState().dispatch;
  const classes = [
    'reveal-row',
    included ? '' : 'left-out',
    dragging ? 'dragging' : '',
    selected ? 'selected' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li
      ref={rowRef}
      aria-label={name}
      className={classes}
      style={style}
      // Working on a row selects its photo on the canvas, so the user sees which one it is.
      onFocus={() => {
        if (!selected) session.getState().selectItems([item.id]);
      }}
    >
      <div className="reveal-row-head">
        {handle ?? <span className="reveal-handle-space" aria-hidden="true" />}
        {url ? <img className="reveal-thumb" src={url} alt="" /> : <span className="reveal-thumb" />}
        <span className="reveal-row-title">
          <span className="reveal-name" title={name}>
            {name}
          </span>
          {step ?? <span className="reveal-step">Left out: always shown</span>}
        </span>
        {moves}
      </div>
      <div className="reveal-row-options">
        <label className="reveal-included">
          <input
            type="checkbox"
            data-focus-key={`included ${item.id}`}
            checked={included}
            onChange={(event) =>
              dispatch(commands.setRevealIncluded, {
                slideId: slide.id,
                itemId: item.id,
                included: event.target.checked,
              })
            }
          />
          In the reveal
        </label>
        {/* A clue comes with the photo's reveal step, so a photo left out has none to show. */}
        {item.kind === 'photo' && included && (
          <label className="reveal-clue">
            <span>Clue</span>
            <input
              type="text"
              data-focus-key={`clue ${item.id}`}
              value={item.clue ?? ''}
              maxLength={LIMITS.clue}
              placeholder="Optional"
              title="A caption shown with the photo when it comes in, e.g. Lisbon, 2016"
              onBlur={() => deckStore.getState().breakMerge()}
              onChange={(event) =>
                dispatch(commands.setPhotoClue, {
                  slideId: slide.id,
                  itemId: item.id,
                  clue: event.target.value,
                })
              }
            />
          </label>
        )}
      </div>
    </li>
  );
}
