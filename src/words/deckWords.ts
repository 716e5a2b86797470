// The words for what is wrong with a deck, in one place: parseDeck and the limits give data (kinds, counts,
// paths), and every screen that tells the person (boot, Open bundle, a bundle's own page, a refused edit)
// takes its sentence from here, so each is said one way and can be said in another language.
import type { DeckOverLimit } from '../model/deckLimits';
import type { DeckError } from '../model/parseDeck';
import { APP_NAME } from './appName';
import { count } from './numbers';

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

/** The notice for an edit refused because it would take the deck past its limits. */
export function refusedEditWords(over: DeckOverLimit): string {
  return `Not done: the deck would be too large, as ${overLimitWords(over)}.`;
}

/** The notice when the deck saved last cannot be opened on start, and a new one was started in its place. */
export function savedDeckProblemWords(error: DeckError): string {
  return `The saved deck could not be opened: ${deckProblemWords(error)}. A new deck was started; the old one is kept.`;
}

/** Why a deck could not be opened, after a colon: "this deck is damaged: …", with no full stop. */
export function deckProblemWords(error: DeckError): string {
  switch (error.kind) {
    case 'not-json':
      return `this is not a ${APP_NAME} deck: it is not valid JSON`;
    case 'not-a-document':
      return `this is not a ${APP_NAME} deck: it is not a document`;
    case 'no-schema-version':
      return `this is not a ${APP_NAME} deck: it has no schema version`;
    case 'bad-schema-version':
      return 'this deck is damaged: the schema version must be a whole number from 1 (at schemaVersion)';
    case 'too-new':
      return (
        `this deck was made by a newer version of ${APP_NAME} (schema ${error.version}); ` +
        `this app reads up to schema ${error.newest}`
      );
    case 'too-large':
      return `this deck is too large to open: ${overLimitWords(error)}`;
    case 'unreadable':
      return `this deck is damaged: the document could not be read (${error.cause})`;
    case 'invalid': {
      // The first refused field is enough to say what is wrong; the rest are in the data for whoever mends it.
      const [first] = error.issues;
      if (!first) return 'this deck is damaged: it does not match the schema';
      return first.path === ''
        ? `this deck is damaged: ${first.problem}`
        : `this deck is damaged: ${first.problem} (at ${first.path})`;
    }
  }
}

/** The same as a sentence of its own: "This deck is damaged: …." */
export function deckErrorMessage(error: DeckError): string {
  const words = deckProblemWords(error);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/** The same, said of the deck.json inside a bundle, after "… could not be opened: ". */
export function bundleDeckProblem(error: DeckError): string {
  if (error.kind === 'too-new') {
    return `it was made by a newer version of ${APP_NAME} (deck schema ${error.version}; this version opens up to schema ${error.newest}), so update ${APP_NAME} to open it`;
  }
  return deckProblemWords(error);
}
