// The deck written as text one way only: every object's keys in the order the schema declares them, so the
// same deck always gives the same bytes (a bundle exported, opened and exported again is byte-identical).
import type { z } from 'zod/mini';
import { deckSchema, type Deck } from './deck';

/** The parts of a zod schema this walk needs; zod keeps them in `_zod.def`. */
type SchemaDef =
  | { type: 'object'; shape: Record<string, z.ZodMiniType> }
  | { type: 'array'; element: z.ZodMiniType }
  | { type: 'record'; valueType: z.ZodMiniType }
  | { type: 'union'; options: readonly z.ZodMiniType[]; discriminator?: string }
  | { type: 'literal'; values: readonly unknown[] }
  | { type: 'optional' | 'nullable'; innerType: z.ZodMiniType }
  | { type: 'pipe'; in: z.ZodMiniType }
  | { type: string };

function defOf(schema: z.ZodMiniType): SchemaDef {
  return schema._zod.def as SchemaDef;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a union's option is the one for `value`: by its discriminator's literal when it has one. */
function accepts(option: z.ZodMiniType, value: unknown, discriminator: string | undefined): boolean {
  const def = defOf(option);
  if (discriminator !== undefined && def.type === 'object' && 'shape' in def && isPlainObject(value)) {
    const tag = def.shape[discriminator];
    const tagDef = tag && defOf(tag);
    if (tagDef?.type === 'literal' && 'values' in tagDef) {
      return (tagDef.values as readonly unknown[]).includes(value[discriminator]);
    }
  }
  return option.safeParse(value).success;
}

/**
 * `value` rebuilt with its keys in `schema`'s order. A union takes the first option that accepts the value;
 * keys the schema does not know (none in a parsed deck) follow in their own order, so nothing is lost.
 */
function inSchemaOrder(schema: z.ZodMiniType, value: unknown): unknown {
  const def = defOf(schema);
  if ((def.type === 'optional' || def.type === 'nullable') && 'innerType' in def) {
    return value === undefined || value === null ? value : inSchemaOrder(def.innerType, value);
  }
  if (def.type === 'pipe' && 'in' in def) return inSchemaOrder(def.in, value);
  if (def.type === 'array' && 'element' in def && Array.isArray(value)) {
    return value.map((element) => inSchemaOrder(def.element, element));
  }
  if (def.type === 'record' && 'valueType' in def && isPlainObject(value)) {
    // A record's keys are data (photo ids): sorted, so the order the deck happens to hold them in is no matter.
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, inSchemaOrder(def.valueType, value[key])]),
    );
  }
  if (def.type === 'union' && 'options' in def) {
    const option = def.options.find((candidate) => accepts(candidate, value, def.discriminator));
    return option ? inSchemaOrder(option, value) : value;
  }
  if (def.type === 'object' && 'shape' in def && isPlainObject(value)) {
    const ordered: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(def.shape)) {
      if (key in value && value[key] !== undefined) ordered[key] = inSchemaOrder(field, value[key]);
    }
    for (const [key, entry] of Object.entries(value)) {
      if (!(key in def.shape) && entry !== undefined) ordered[key] = entry;
    }
    return ordered;
  }
  return value;
}

/** The deck with every object's keys in schema order: what `serializeDeck` and the bundle's page write. */
export function canonicalDeck(deck: Deck): Deck {
  return inSchemaOrder(deckSchema, deck) as Deck;
}

/** deck.json's text: canonical, indented by two spaces, ending with a newline. */
export function serializeDeck(deck: Deck): string {
  return `${JSON.stringify(canonicalDeck(deck), null, 2)}\n`;
}
