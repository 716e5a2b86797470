// The one door for deck documents from outside: version check, migrations, then validation.
import { CURRENT_SCHEMA_VERSION, deckSchema } from './deck';
import type { Deck } from './deck';
import { deckTooLarge } from './deckLimits';
import { migrations } from './migrations';

export type DeckError =
  | { kind: 'not-a-deck'; message: string }
  | { kind: 'too-new'; version: number; message: string }
  | { kind: 'too-large'; message: string }
  | { kind: 'invalid'; path: string; message: string };

export type ParseDeckResult =
  { ok: true; deck: Deck; migratedFrom: number | null } | { ok: false; error: DeckError };

const APP_NAME = 'Common Thread';

/** Reads a deck from a JSON string or an already-parsed value. Never throws. */
export function parseDeck(input: unknown): ParseDeckResult {
  try {
    return parseUnsafely(input);
  } catch (cause) {
    // Hostile values (throwing getters, proxies, absurd nesting) end here rather than at the user.
    return invalid('', `the document could not be read (${describe(cause)})`);
  }
}

/** The sentence the UI shows for a deck that could not be opened. */
export function deckErrorMessage(error: DeckError): string {
  switch (error.kind) {
    case 'not-a-deck':
    case 'too-new':
    case 'too-large':
      return error.message;
    case 'invalid':
      return error.path === ''
        ? `This deck is damaged: ${error.message}.`
        : `This deck is damaged: ${error.message} (at ${error.path}).`;
  }
}

function parseUnsafely(input: unknown): ParseDeckResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return notADeck(`This is not a ${APP_NAME} deck: it is not valid JSON.`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return notADeck(`This is not a ${APP_NAME} deck: it is not a document.`);
  }
  const doc = value as Record<string, unknown>;
  if (!('schemaVersion' in doc)) {
    return notADeck(`This is not a ${APP_NAME} deck: it has no schema version.`);
  }
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return invalid('schemaVersion', 'the schema version must be a whole number from 1');
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: {
        kind: 'too-new',
        version,
        message:
          `This deck was made by a newer version of ${APP_NAME} (schema ${version}); ` +
          `this app reads up to schema ${CURRENT_SCHEMA_VERSION}.`,
      },
    };
  }

  // Counted before migrating and validating, which would take minutes on a crafted 500,000-slide document.
  const tooLarge = deckTooLarge(doc);
  if (tooLarge !== null) {
    return {
      ok: false,
      error: { kind: 'too-large', message: `This deck is too large to open: ${tooLarge}.` },
    };
  }

  let migrated = doc;
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    migrated = { ...migration.migrate(migrated), schemaVersion: migration.version };
  }

  const result = deckSchema.safeParse(migrated);
  if (!result.success) {
    const issue = result.error.issues[0];
    return invalid(
      issue ? issue.path.map(String).join('.') : '',
      issue?.message ?? 'it does not match the schema',
    );
  }
  return { ok: true, deck: result.data, migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version };
}

function notADeck(message: string): ParseDeckResult {
  return { ok: false, error: { kind: 'not-a-deck', message } };
}

function invalid(path: string, message: string): ParseDeckResult {
  return { ok: false, error: { kind: 'invalid', path, message } };
}

function describe(cause: unknown): string {
  try {
    return cause instanceof Error ? cause.message : String(cause);
  } catch {
    return 'unknown error';
  }
}
