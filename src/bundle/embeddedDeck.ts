// Reads the deck that index.html embeds, through the one door every outside document takes: parseDeck.
import type { Deck } from '../model/deck';
import { parseDeck } from '../model/parseDeck';
import { failure, type Result } from '../model/result';
import type { EmbeddedDeckProblem } from './bundleProblem';

export type EmbeddedDeckResult = Result<{ deck: Deck }, EmbeddedDeckProblem>;

/** `jsonText` is the text of the deck's script element, or null when the page has none. */
export function parseEmbeddedDeck(jsonText: string | null): EmbeddedDeckResult {
  if (jsonText === null) return failure({ kind: 'no-deck' });
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch {
    return failure({ kind: 'not-json' });
  }
  const parsed = parseDeck(json);
  return parsed.ok ? { ok: true, deck: parsed.deck } : failure({ kind: 'deck', error: parsed.error });
}
