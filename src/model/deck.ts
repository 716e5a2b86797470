// The deck document: its zod schema (the one definition) and the TypeScript types inferred from it.
import { z } from 'zod';
import type { DeckId, ItemId, PhotoId, SlideId } from './ids';
import { LIMITS } from './limits';

export const CURRENT_SCHEMA_VERSION = 5;

/** The quickest and slowest a photo may take to come in, in seconds. */
export const MIN_STEP_SECONDS = 0.1;
export const MAX_STEP_SECONDS = 5;

const finite = z.number().finite();
const unit = z.number().min(0).max(1);
const color = z.string().min(1).max(LIMITS.color);
const date = z.string().max(LIMITS.dateLength);

export const photoIdSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'a photo id is the SHA-256 of its bytes, as 64 hex characters')
  .transform((s) => s as PhotoId);
const slideIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[\w-]+$/)
  .transform((s) => s as SlideId);
const itemIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[\w-]+$/)
  .transform((s) => s as ItemId);
const deckIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[\w-]+$/)
  .transform((s) => s as DeckId);

export const photoMetaSchema = z.strictObject({
  id: photoIdSchema,
  fileName: z.string().max(LIMITS.fileName),
  mimeType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/heic']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().nonnegative(),
  takenAt: date.optional(),
  alt: z.string().max(LIMITS.altText).optional(),
  focus: z.strictObject({ x: unit, y: unit }).optional(),
});

export const cropSchema = z.strictObject({
  x: unit,
  y: unit,
  scale: z.number().min(1).max(LIMITS.cropScale),
});

export const photoItemSchema = z.strictObject({
  kind: z.literal('photo'),
  id: itemIdSchema,
  photoId: photoIdSchema,
  x: finite,
  y: finite,
  width: z.number().positive().finite(),
  height: z.number().positive().finite(),
  rotation: finite,
  crop: cropSchema,
  cornerRadius: z.number().min(0).finite(),
  borderWidth: z.number().min(0).finite(),
  borderColor: color,
  /** A caption shown with the photo when the quiz reveal brings it in, e.g. "Lisbon, 2016". */
  clue: z.string().max(LIMITS.clue).optional(),
});

export const textItemSchema = z.strictObject({
  kind: z.literal('text'),
  id: itemIdSchema,
  text: z.string().max(LIMITS.text),
  x: finite,
  y: finite,
  width: z.number().positive().finite(),
  fontSize: z.number().positive().max(LIMITS.fontSize),
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
  question: z.string().max(LIMITS.shortText),
  order: z.array(itemIdSchema).max(LIMITS.itemsPerSlide),
  /** How each photo comes in: at once, fading, zooming in, from blurred to sharp, or enlarged in the centre first. */
  style: z.enum(['appear', 'fade', 'zoom', 'unblur', 'spotlight']),
  answer: z.strictObject({
    title: z.string().max(LIMITS.shortText),
    subtitle: z.string().max(LIMITS.shortText).optional(),
    photoIds: z.array(photoIdSchema).max(LIMITS.photos).optional(),
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
  stepSeconds: z.number().min(MIN_STEP_SECONDS).max(MAX_STEP_SECONDS),
});

/**
 * How a slide's photos were laid out, and its collage style. `kind` names a layout of src/model's gallery;
 * a kind this app does not know (a newer app's) is kept as text and laid out as the default.
 */
export const layoutRefSchema = z.strictObject({
  kind: z
    .string()
    .min(1)
    .max(LIMITS.layoutKind)
    .regex(/^[a-z0-9-]+$/),
  gutter: z.number().min(0).max(LIMITS.gutter).finite(),
  cornerRadius: z.number().min(0).max(LIMITS.cornerRadius).finite(),
  borderWidth: z.number().min(0).max(LIMITS.borderWidth).finite(),
  borderColor: color,
});

export const slideSchema = z.strictObject({
  id: slideIdSchema,
  title: z.string().max(LIMITS.shortText).optional(),
  notes: z.string().max(LIMITS.notes),
  background: color.optional(),
  layout: layoutRefSchema.nullable(),
  items: z.array(itemSchema).max(LIMITS.itemsPerSlide),
  reveal: revealSchema.nullable(),
  transition: z.enum(['none', 'fade', 'slide']),
});

export const deckSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: deckIdSchema,
    title: z.string().max(LIMITS.shortText),
    createdAt: date,
    updatedAt: date,
    size: z.strictObject({
      width: z.number().int().min(LIMITS.deckSide.min).max(LIMITS.deckSide.max),
      height: z.number().int().min(LIMITS.deckSide.min).max(LIMITS.deckSide.max),
    }),
    theme: z.strictObject({
      background: color,
      textColor: color,
      accentColor: color,
      fontFamily: z.string().min(1).max(LIMITS.fontFamily),
    }),
    photos: z.record(photoIdSchema, photoMetaSchema),
    slides: z.array(slideSchema).max(LIMITS.slides),
  })
  .superRefine((deck, ctx) => {
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
  });

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
