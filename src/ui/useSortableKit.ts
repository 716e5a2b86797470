// The sortable lists' drag and keyboard moves (@dnd-kit) arrive after the editor's first load. A list renders
// without them until then; when they arrive its rows are made again as sortable ones, and what had the focus in
// the list (a slide, a handle, a clue being typed) has it again, caret and all.
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type HTMLAttributes,
  type RefObject,
} from 'react';

export type SortableKit = typeof import('./sortableKit');

/** What a sortable row passes to its element and its drag handle (sortableKit's useSortableRow). */
export type SortableRowParts = {
  readonly rowRef: (element: HTMLElement | null) => void;
  readonly dragging: boolean;
  readonly style: CSSProperties;
  readonly handleRef: (element: HTMLElement | null) => void;
  /** The handle's attributes and listeners, its onKeyDown (Space lifts) among them. */
  readonly handle: HTMLAttributes<HTMLElement>;
};

let kitLoading: Promise<SortableKit> | null = null;
let kitLoaded: SortableKit | null = null;

/** Fetches the kit once (the editor asks for it once it is idle); a failed fetch may be tried again. */
export function loadSortableKit(): Promise<SortableKit> {
  kitLoading ??= import('./sortableKit').then(
    (kit) => (kitLoaded = kit),
    (error: unknown) => {
      kitLoading = null;
      throw error;
    },
  );
  return kitLoading;
}

/** The element of a list that keeps the focus over the swap: its `data-focus-key`, and a text field's caret. */
type Focus = { readonly key: string; readonly selection: readonly [number, number] | null };

function focusIn(list: HTMLElement | null): Focus | null {
  const active = document.activeElement;
  if (!list || !(active instanceof HTMLElement) || !list.contains(active)) return null;
  const key = active.dataset.focusKey;
  if (key === undefined) return null;
  const selection =
    active instanceof HTMLInputElement && active.selectionStart !== null && active.selectionEnd !== null
      ? ([active.selectionStart, active.selectionEnd] as const)
      : null;
  return { key, selection };
}

function focusAgain(list: HTMLElement | null, focus: Focus) {
  const element = list?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focus.key)}"]`);
  if (!element) return;
  element.focus({ preventScroll: true });
  if (focus.selection && element instanceof HTMLInputElement) element.setSelectionRange(...focus.selection);
}

/** The kit once it is here (null before); `list` holds the rows, whose focus is kept when they are remade. */
export function useSortableKit(list: RefObject<HTMLElement | null>): SortableKit | null {
  const [kit, setKit] = useState<SortableKit | null>(kitLoaded);
  const refocus = useRef<Focus | null>(null);
  useEffect(() => {
    if (kit) return;
    let live = true;
    loadSortableKit().then(
      (loaded) => {
        if (!live) return;
        refocus.current = focusIn(list.current);
        setKit(loaded);
      },
      // Offline with nothing cached: the list stays as it is, its buttons still move and select.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [kit, list]);
  useLayoutEffect(() => {
    const focus = refocus.current;
    if (!kit || !focus) return;
    refocus.current = null;
    focusAgain(list.current, focus);
  }, [kit, list]);
  return kit;
}
