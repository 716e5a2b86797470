// How a click changes a list selection: plain click picks one, Ctrl/Cmd toggles, Shift extends a range.
export type ClickModifiers = { readonly shift: boolean; readonly toggle: boolean };

export function nextSelection<T>(
  all: readonly T[],
  selected: readonly T[],
  clicked: T,
  anchor: T | null,
  { shift, toggle }: ClickModifiers,
): T[] {
  if (shift && anchor !== null && all.includes(anchor)) {
    const from = all.indexOf(anchor);
    const to = all.indexOf(clicked);
    const range = all.slice(Math.min(from, to), Math.max(from, to) + 1);
    const kept = toggle ? selected.filter((id) => !range.includes(id)) : [];
    return all.filter((id) => kept.includes(id) || range.includes(id));
  }
  if (toggle) {
    return selected.includes(clicked)
      ? selected.filter((id) => id !== clicked)
      : all.filter((id) => id === clicked || selected.includes(id));
  }
  return [clicked];
}

/** What the library says of its selection ("3 photos selected"); nothing when none is selected. */
export function selectedPhotosText(count: number): string {
  if (count <= 0) return '';
  return `${count} ${count === 1 ? 'photo' : 'photos'} selected`;
}
