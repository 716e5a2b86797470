// Which deck an opened bundle becomes. When this browser already holds the same deck (same id) with other
// content, the person chooses: replace it with the bundle's, or open the bundle as a copy and keep both.
import type { Deck } from '../model/deck';
import type { DeckId } from '../model/ids';
import { newId } from '../model/ids';
import { parseDeck } from '../model/parseDeck';

/** What this browser holds under the bundle deck's id: nothing, the same deck, or a different one. */
export type HeldDeck = 'none' | 'same' | 'different';

/** How the person chose to open a bundle whose deck is already here. */
export type OpenChoice = 'copy' | 'replace';

/** `stored` is what this browser keeps under the bundle deck's id (undefined when nothing). */
export function heldDeck(bundleDeck: Deck, stored: unknown): HeldDeck {
  if (stored === undefined) return 'none';
  const parsed = parseDeck(stored);
  // A stored deck that cannot be read still is something the person may want to keep: they choose too.
  return parsed.ok && sameContent(parsed.deck, bundleDeck) ? 'same' : 'different';
}

/** The deck to open: the bundle's own (new, same, or replacing), or a copy with a new id and title. */
export function deckToOpen(bundleDeck: Deck, choice: OpenChoice, makeId: () => DeckId = newId<DeckId>): Deck {
  return choice === 'replace'
    ? bundleDeck
    : { ...bundleDeck, id: makeId(), title: copyTitle(bundleDeck.title) };
}

// Opening and exporting touch the timestamps only; they do not make a deck different.
function sameContent(a: Deck, b: Deck): boolean {
  const withoutTimes = (deck: Deck) => JSON.stringify({ ...deck, createdAt: '', updatedAt: '' });
  return withoutTimes(a) === withoutTimes(b);
}

function copyTitle(title: string): string {
  return `${title} (copy)`.slice(0, 1000);
}
