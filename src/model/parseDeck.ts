// The one door for deck documents from outside: version check, migrations, then validation.
import { CURRENT_SCHEMA_VERSION, deckSchema } from './deck';
import type { Deck } from './deck';
import { deckOverLimit, type DeckOverLimit } from './deckLimits';
import { migrations } from './migrations';
import { errorText } from './errorText';
import { failure, type Result } from './result';

/** One field the schema refused: where, and zod's own words for what is wrong with it. */
export type DeckIssue = { readonly path: string; readonly problem: string };

/** Why a document is not a deck this app can open, as data; src/words/deckWords.ts says it in words. */
export type DeckError =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-a-document' }
  | { readonly kind: 'no-schema-version' }
  /** The schema version is not a whole number from 1. */
  | { readonly kind: 'bad-schema-version' }
  | { readonly kind: 'too-new'; readonly version: number; readonly newest: number }
  | ({ readonly kind: 'too-large' } & DeckOverLimit)
  /** The schema refused these fields (the first few; zod's words for each, in its locale). */
  | { readonly kind: 'invalid'; readonly issues: readonly DeckIssue[] }
  /** Reading the value itself threw (a throwing getter, a proxy, absurd nesting). */
  | { readonly kind: 'unreadable'; readonly cause: string };

export type ParseDeckResult = Result<{ deck: Deck; migratedFrom: number | null }, DeckError>;

/** Issues kept of a document the schema refuses: enough to mend it by hand, never a copy of a huge one. */
const MAX_ISSUES = 20;

/** Reads a deck from a JSON string or an already-parsed value. Never throws. */
export function parseDeck(input: unknown): ParseDeckResult {
  try {
    return parseUnsafely(input);
  } catch (cause) {
    // Hostile values (throwing getters, proxies, absurd nesting) end here rather than at the user.
    return failure({ kind: 'unreadable', cause: errorText(cause) });
  }
}

function parseUnsafely(input: unknown): ParseDeckResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return failure({ kind: 'not-json' });
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure({ kind: 'not-a-document' });
  }
  const doc = value as Record<string, unknown>;
  if (!('schemaVersion' in doc)) {
    return failure({ kind: 'no-schema-version' });
  }
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure({ kind: 'bad-schema-version' });
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return failure({ kind: 'too-new', version, newest: CURRENT_SCHEMA_VERSION });
  }

  // Counted before migrating and validating, which would take minutes on a crafted 500,000-slide document.
  const over = deckOverLimit(doc);
  if (over !== null) return failure({ kind: 'too-large', ...over });

  let migrated = doc;
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    migrated = { ...migration.migrate(migrated), schemaVersion: migration.version };
  }

  const result = deckSchema.safeParse(migrated);
  if (!result.success) {
    const issues = result.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: issue.path.map(String).join('.'),
      problem: issue.message,
    }));
    return invalid(issues);
  }
  return { ok: true, deck: result.data, migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version };
}

function invalid(issues: readonly DeckIssue[]): ParseDeckResult {
  return failure({ kind: 'invalid', issues });
}
