// A list with one entry moved: the reveal order's Move up / Move down and its drops.

/** A copy of `list` with the entry at `from` at `to` instead, the others keeping their order. */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  const moved = [...list];
  const [entry] = moved.splice(from, 1);
  if (entry !== undefined) moved.splice(to, 0, entry);
  return moved;
}
