// The deck document: its zod schema (the one definition) and the TypeScript types inferred from it. zod/mini:
// the same checks as zod's classic API in a fraction of the code, which the editor's first load and every
// bundle's player carry.
import { z } from 'zod/mini';
import english from 'zod/v4/locales/en.js';
import type { DeckId, ItemId, PhotoId, SlideId } from './ids';
import { LIMITS } from './limits';

// zod/mini leaves the words of its issues to the app (classic zod loads English itself): a refused field in a
// deck is said in words (DeckIssue.problem), never as a bare "Invalid input".
z.config(english());

export const CURRENT_SCHEMA_VERSION = 5;

/** The quickest and slowest a photo may take to come in, in seconds. */
export const MIN_STEP_SECONDS = 0.1;
export const MAX_STEP_SECONDS = 5;

// zod 4's number refuses Infinity and NaN, so every number here is finite.
const finite = z.number();
const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const atLeast = (min: number) => z.number().check(z.minimum(min));
const positive = z.number().check(z.positive());
const unit = between(0, 1);
const text = (max: number) => z.string().check(z.maxLength(max));
const color = z.string().check(z.minLength(1), z.maxLength(LIMITS.color));
const date = text(LIMITS.dateLength);
const list = <T extends z.ZodMiniType>(element: T, max: number) => z.array(element).check(z.maxLength(max));

/** An id of a slide, item or deck: word characters and dashes, typed as the id it is. */
const idSchema = <Id extends string>() =>
  z.pipe(
    z.string().check(z.minLength(1), z.maxLength(LIMITS.idLength), z.regex(/^[\w-]+$/)),
    z.transform((s: string) => s as Id),
  );

export const photoIdSchema = z.pipe(
  z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a photo id is the SHA-256 of its bytes, as 64 hex characters')),
  z.transform((s: string) => s as PhotoId),
);
const slideIdSchema = idSchema<SlideId>();
const itemIdSchema = idSchema<ItemId>();
const deckIdSchema = idSchema<DeckId>();

export const photoMetaSchema = z.strictObject({
  id: photoIdSchema,
  fileName: text(LIMITS.fileName),
  mimeType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/heic']),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  bytes: z.int().check(z.nonnegative()),
  takenAt: z.optional(date),
  alt: z.optional(text(LIMITS.altText)),
  focus: z.optional(z.strictObject({ x: unit, y: unit })),
});

export const cropSchema = z.strictObject({
  x: unit,
  y: unit,
  scale: between(1, LIMITS.cropScale),
});

export const photoItemSchema = z.strictObject({
  kind: z.literal('photo'),
  id: itemIdSchema,
  photoId: photoIdSchema,
  x: finite,
  y: finite,
  width: positive,
  height: positive,
  rotation: finite,
  crop: cropSchema,
  cornerRadius: atLeast(0),
  borderWidth: atLeast(0),
  borderColor: color,
  /** A caption shown with the photo when the quiz reveal brings it in, e.g. "Lisbon, 2016". */
  clue: z.optional(text(LIMITS.clue)),
});

export const textItemSchema = z.strictObject({
  kind: z.literal('text'),
  id: itemIdSchema,
  text: text(LIMITS.text),
  x: finite,
  y: finite,
  width: positive,
  fontSize: z.number().check(z.positive(), z.maximum(LIMITS.fontSize)),
  color,
  align: z.enum(['left', 'center', 'right']),
  /** A key of the fonts the app ships (so they work offline and in the bundle), not a CSS family. */
  font: z.enum(['sans', 'serif']),
  bold: z.boolean(),
  /**
   * When the text shows on a quiz slide: from the question on, with the answer, or with one photo of the
   * reveal (a photo no longer on the slide counts as the answer, the safe side). Slides without a quiz show it.
   */
  appears: z.union([z.enum(['start', 'answer']), z.strictObject({ withItem: itemIdSchema })]),
});

export const itemSchema = z.discriminatedUnion('kind', [photoItemSchema, textItemSchema]);

export const revealSchema = z.strictObject({
  question: text(LIMITS.shortText),
  order: list(itemIdSchema, LIMITS.itemsPerSlide),
  /** How each photo comes in: at once, fading, zooming in, from blurred to sharp, or enlarged in the centre first. */
  style: z.enum(['appear', 'fade', 'zoom', 'unblur', 'spotlight']),
  answer: z.strictObject({
    title: text(LIMITS.shortText),
    subtitle: z.optional(text(LIMITS.shortText)),
    photoIds: z.optional(list(photoIdSchema, LIMITS.photos)),
  }),
  showCounter: z.boolean(),
  /** Confetti when the answer lands (never when the viewer's system asks for reduced motion). */
  confetti: z.boolean(),
  /**
   * The quiz goes on on the next slide: this slide has no answer step and the next quiz slide carries on the
   * count, so a reveal of more photos than one slide holds is answered once, at its very end.
   */
  continues: z.boolean(),
  /** How long each photo takes to come in (fade, zoom, unblur; the spotlight in proportion), in seconds. */
  stepSeconds: between(MIN_STEP_SECONDS, MAX_STEP_SECONDS),
});

/**
 * How a slide's photos were laid out, and its collage style. `kind` names a layout of src/model's gallery;
 * a kind this app does not know (a newer app's) is kept as text and laid out as the default.
 */
export const layoutRefSchema = z.strictObject({
  kind: z.string().check(z.minLength(1), z.maxLength(LIMITS.layoutKind), z.regex(/^[a-z0-9-]+$/)),
  gutter: between(0, LIMITS.gutter),
  cornerRadius: between(0, LIMITS.cornerRadius),
  borderWidth: between(0, LIMITS.borderWidth),
  borderColor: color,
});

export const slideSchema = z.strictObject({
  id: slideIdSchema,
  title: z.optional(text(LIMITS.shortText)),
  notes: text(LIMITS.notes),
  background: z.optional(color),
  layout: z.nullable(layoutRefSchema),
  items: list(itemSchema, LIMITS.itemsPerSlide),
  reveal: z.nullable(revealSchema),
  transition: z.enum(['none', 'fade', 'slide']),
});

const deckSide = z.int().check(z.minimum(LIMITS.deckSide.min), z.maximum(LIMITS.deckSide.max));

export const deckSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: deckIdSchema,
    title: text(LIMITS.shortText),
    createdAt: date,
    updatedAt: date,
    size: z.strictObject({ width: deckSide, height: deckSide }),
    theme: z.strictObject({
      background: color,
      textColor: color,
      accentColor: color,
      fontFamily: z.string().check(z.minLength(1), z.maxLength(LIMITS.fontFamily)),
    }),
    photos: z.record(photoIdSchema, photoMetaSchema),
    slides: list(slideSchema, LIMITS.slides),
  })
  .check(
    z.superRefine((deck, ctx) => {
      for (const [key, photo] of Object.entries(deck.photos)) {
        if (photo.id !== key) {
          ctx.addIssue({
            code: 'custom',
            path: ['photos', key, 'id'],
            message: 'photo id differs from its key',
          });
        }
      }
      // Commands, the player and the slide sorter find slides and reveal steps by id, so ids must be unique.
      const slideIds = new Set<string>();
      deck.slides.forEach((slide, s) => {
        if (slideIds.has(slide.id)) {
          ctx.addIssue({ code: 'custom', path: ['slides', s, 'id'], message: 'duplicate slide id' });
        }
        slideIds.add(slide.id);
        const itemIds = new Set<string>();
        slide.items.forEach((item, i) => {
          if (itemIds.has(item.id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['slides', s, 'items', i, 'id'],
              message: 'duplicate item id',
            });
          }
          itemIds.add(item.id);
          if (item.kind === 'photo' && !(item.photoId in deck.photos)) {
            ctx.addIssue({
              code: 'custom',
              path: ['slides', s, 'items', i, 'photoId'],
              message: 'the slide names a photo the deck does not have',
            });
          }
        });
        const revealed = new Set<string>();
        slide.reveal?.order.forEach((id, o) => {
          if (revealed.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['slides', s, 'reveal', 'order', o],
              message: 'the reveal names an item twice',
            });
          }
          revealed.add(id);
          if (!itemIds.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['slides', s, 'reveal', 'order', o],
              message: 'the reveal names an item the slide does not have',
            });
          }
        });
      });
    }),
  );

export type Deck = z.output<typeof deckSchema>;
export type PhotoMeta = Deck['photos'][PhotoId];
export type Slide = Deck['slides'][number];
export type Item = Slide['items'][number];
export type PhotoItem = Extract<Item, { kind: 'photo' }>;
export type TextItem = Extract<Item, { kind: 'text' }>;
export type TextAppears = TextItem['appears'];
export type Reveal = NonNullable<Slide['reveal']>;
export type Crop = PhotoItem['crop'];
export type LayoutRef = NonNullable<Slide['layout']>;
export type MimeType = PhotoMeta['mimeType'];
