// The words for what is wrong with a deck, in one place: parseDeck and the limits give data (kinds, counts,
// paths), and every screen that tells the person (boot, Open bundle, a bundle's own page, a refused edit)
// takes its sentence from here, so each is said one way and can be said in another language.
import type { DeckOverLimit } from './deckLimits';
import { deckOverLimit } from './deckLimits';
import type { DeckError } from './parseDeck';

const APP_NAME = 'Common Thread';

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

/** "it has 1,001 slides (at most 1,000)": follows "because" or a colon. */
export function overLimitWords({ part, count: n, limit }: DeckOverLimit): string {
  switch (part) {
    case 'slides':
      return `it has ${count(n)} slides (at most ${count(limit)})`;
    case 'items':
      return `a slide holds ${count(n)} photos and texts (at most ${count(limit)})`;
    case 'photos':
      return `it has ${count(n)} photos (at most ${count(limit)})`;
  }
}

/** Why this deck is too large, in words that follow "because"; null within the limits. */
export function deckTooLarge(deck: unknown): string | null {
  const over = deckOverLimit(deck);
  return over === null ? null : overLimitWords(over);
}

/** The sentence the UI shows for a deck that could not be opened. */
export function deckErrorMessage(error: DeckError): string {
  switch (error.kind) {
    case 'not-json':
      return `This is not a ${APP_NAME} deck: it is not valid JSON.`;
    case 'not-a-document':
      return `This is not a ${APP_NAME} deck: it is not a document.`;
    case 'no-schema-version':
      return `This is not a ${APP_NAME} deck: it has no schema version.`;
    case 'too-new':
      return (
        `This deck was made by a newer version of ${APP_NAME} (schema ${error.version}); ` +
        `this app reads up to schema ${error.newest}.`
      );
    case 'too-large':
      return `This deck is too large to open: ${overLimitWords(error)}.`;
    case 'unreadable':
      return `This deck is damaged: the document could not be read (${error.cause}).`;
    case 'invalid': {
      // The first refused field is enough to say what is wrong; the rest are in the data for whoever mends it.
      const [first] = error.issues;
      if (!first) return 'This deck is damaged.';
      return first.path === ''
        ? `This deck is damaged: ${first.problem}.`
        : `This deck is damaged: ${first.problem} (at ${first.path}).`;
    }
  }
}

/** The same, said of the deck.json inside a bundle, after "… could not be opened: ". */
export function bundleDeckProblem(error: DeckError): string {
  if (error.kind === 'too-new') {
    return `it was made by a newer version of ${APP_NAME} (deck schema ${error.version}; this version opens up to schema ${error.newest}), so update ${APP_NAME} to open it`;
  }
  const message = deckErrorMessage(error);
  return message.charAt(0).toLowerCase() + message.slice(1);
}
