// Reads the deck that index.html embeds, through the one door every outside document takes: parseDeck.
import type { Deck } from '../model/deck';
import { deckErrorMessage } from '../model/deckErrorWords';
import { parseDeck } from '../model/parseDeck';

export type EmbeddedDeckResult = { ok: true; deck: Deck } | { ok: false; reason: string };

/** `jsonText` is the text of the deck's script element, or null when the page has none. */
export function parseEmbeddedDeck(jsonText: string | null): EmbeddedDeckResult {
  if (jsonText === null) return { ok: false, reason: 'this page holds no deck' };
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch {
    return { ok: false, reason: 'the deck in this page is damaged (it is not JSON)' };
  }
  const parsed = parseDeck(json);
  return parsed.ok ? { ok: true, deck: parsed.deck } : { ok: false, reason: deckErrorMessage(parsed.error) };
}
