// Which deck an opened bundle becomes: itself, or a copy when this browser holds the same deck with other
// content (a bundle exported earlier must never overwrite the edits made since).
import type { Deck } from '../model/deck';
import type { DeckId } from '../model/ids';
import { newId } from '../model/ids';
import { parseDeck } from '../model/parseDeck';

export type DeckToOpen = { deck: Deck; asCopy: boolean };

/** `stored` is what this browser keeps under the bundle deck's id (undefined when nothing). */
export function deckToOpen(
  bundleDeck: Deck,
  stored: unknown,
  makeId: () => DeckId = newId<DeckId>,
): DeckToOpen {
  if (stored === undefined) return { deck: bundleDeck, asCopy: false };
  const parsed = parseDeck(stored);
  if (parsed.ok && sameContent(parsed.deck, bundleDeck)) return { deck: bundleDeck, asCopy: false };
  return { deck: { ...bundleDeck, id: makeId(), title: copyTitle(bundleDeck.title) }, asCopy: true };
}

function sameContent(a: Deck, b: Deck): boolean {
  const withoutTimes = (deck: Deck) => JSON.stringify({ ...deck, createdAt: '', updatedAt: '' });
  return withoutTimes(a) === withoutTimes(b);
}

function copyTitle(title: string): string {
  return `${title} (copy)`.slice(0, 1000);
}
