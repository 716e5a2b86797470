// One deck error of every kind, for the words tests: TypeScript refuses this table when a kind is missing.
import type { DeckError } from '../../../src/model/parseDeck';

export const DECK_ERRORS: { readonly [K in DeckError['kind']]: Extract<DeckError, { kind: K }> } = {
  'not-json': { kind: 'not-json' },
  'not-a-document': { kind: 'not-a-document' },
  'no-schema-version': { kind: 'no-schema-version' },
  'bad-schema-version': { kind: 'bad-schema-version' },
  'too-new': { kind: 'too-new', version: 9, newest: 5 },
  'too-large': { kind: 'too-large', part: 'photos', count: 12_345, limit: 5000 },
  invalid: {
    kind: 'invalid',
    issues: [{ path: 'slides.3.items.0.width', problem: 'the width must be positive' }],
  },
  unreadable: { kind: 'unreadable', cause: 'the getter threw' },
};
