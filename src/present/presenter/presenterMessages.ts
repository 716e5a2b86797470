// The messages between the show's window and the presenter window, and the checks every received one passes.
import { z } from 'zod/mini';
import type { Deck } from '../../model/deck';
import type { Position } from '../../model/navigation';
import { parseDeck } from '../../model/parseDeck';
import type { Blank, ShowAction } from '../usePresentation';

/** Every message carries this marker, so messages of other scripts in the same windows are ignored. */
export const PRESENTER_APP = 'common-thread-presenter';

const MAX_URL_LENGTH = 8192;

const count = z.int().check(z.nonnegative());
const positionSchema = z.object({ slide: count, step: count });
const blankSchema = z.nullable(z.enum(['black', 'white']));
const showActionSchema = z.union([
  z.object({ type: z.enum(['next', 'previous', 'first', 'last', 'black', 'white']) }),
  z.object({ type: z.literal('go'), position: positionSchema }),
]);
// Photos are only ever drawn from the show's own object URLs, its files or its server.
const photoUrlSchema = z.string().check(z.maxLength(MAX_URL_LENGTH), z.regex(/^(blob:|file:|https?:)/i));

const presenterMessageSchema = z.union([
  z.object({ app: z.literal(PRESENTER_APP), kind: z.literal('hello'), following: z.boolean() }),
  z.object({ app: z.literal(PRESENTER_APP), kind: z.literal('perform'), action: showActionSchema }),
]);

const showMessageSchema = z.union([
  z.object({
    app: z.literal(PRESENTER_APP),
    kind: z.literal('show'),
    deck: z.unknown(),
    photoUrls: z.record(z.string(), photoUrlSchema),
    position: positionSchema,
    blank: blankSchema,
  }),
  z.object({
    app: z.literal(PRESENTER_APP),
    kind: z.literal('state'),
    position: positionSchema,
    blank: blankSchema,
  }),
  z.object({ app: z.literal(PRESENTER_APP), kind: z.literal('ended') }),
]);

/**
 * From the presenter window to the show: "I am here" (repeated, so each knows the other is still there;
 * `following` false asks for the whole show), or an action to perform.
 */
export type PresenterMessage =
  | { readonly kind: 'hello'; readonly following: boolean }
  | { readonly kind: 'perform'; readonly action: ShowAction };

/** From the show to the presenter window: the whole show, a new position, or the end of the show. */
export type ShowMessage =
  | {
      readonly kind: 'show';
      readonly deck: Deck;
      readonly photoUrls: Readonly<Record<string, string>>;
      readonly position: Position;
      readonly blank: Blank;
    }
  | { readonly kind: 'state'; readonly position: Position; readonly blank: Blank }
  | { readonly kind: 'ended' };

/** The message as it goes over postMessage (the deck is plain data, so it is cloned as is). */
export function wireMessage(message: PresenterMessage | ShowMessage): Record<string, unknown> {
  return { app: PRESENTER_APP, ...message };
}

/** A message the show accepts from its presenter window, or null for anything else. */
export function readPresenterMessage(data: unknown): PresenterMessage | null {
  const parsed = presenterMessageSchema.safeParse(data);
  if (!parsed.success) return null;
  return parsed.data.kind === 'hello'
    ? { kind: 'hello', following: parsed.data.following }
    : { kind: 'perform', action: parsed.data.action };
}

/** A message the presenter window accepts from the show, or null; the deck goes through parseDeck like any other. */
export function readShowMessage(data: unknown): ShowMessage | null {
  const parsed = showMessageSchema.safeParse(data);
  if (!parsed.success) return null;
  const message = parsed.data;
  if (message.kind === 'ended') return { kind: 'ended' };
  if (message.kind === 'state') return { kind: 'state', position: message.position, blank: message.blank };
  const deck = parseDeck(message.deck);
  if (!deck.ok) return null;
  return {
    kind: 'show',
    deck: deck.deck,
    photoUrls: message.photoUrls,
    position: message.position,
    blank: message.blank,
  };
}
