// fast-check arbitraries for valid deck documents, shared by the property tests.
import fc from 'fast-check';
import { CURRENT_SCHEMA_VERSION } from '../../src/model/deck';
import type { Deck, Item, PhotoMeta, Reveal, Slide } from '../../src/model/deck';
import type { DeckId, ItemId, PhotoId, SlideId } from '../../src/model/ids';

// JSON turns -0 into 0, so generated numbers avoid it rather than the round trip hiding a real change.
const double = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);
const positive = (max: number) => double(Number.MIN_VALUE, max).filter((n) => n > 0);
const unitDouble = double(0, 1);
const color = fc.constantFrom('#ffffff', '#000000', '#f5b700', 'rgb(10, 20, 30)', 'red');
const wordId = fc.stringMatching(/^[\w-]{1,64}$/);

export const photoIdArbitrary: fc.Arbitrary<PhotoId> = fc
  .stringMatching(/^[0-9a-f]{64}$/)
  .map((s) => s as PhotoId);

export const photoMetaArbitrary = (id: PhotoId): fc.Arbitrary<PhotoMeta> =>
  fc.record(
    {
      id: fc.constant(id),
      fileName: fc.string({ maxLength: 40 }),
      mimeType: fc.constantFrom(
        'image/jpeg',
        'image/png',
        'image/webp',
        'image/gif',
        'image/avif',
        'image/heic',
      ),
      width: fc.integer({ min: 1, max: 20000 }),
      height: fc.integer({ min: 1, max: 20000 }),
      bytes: fc.integer({ min: 0, max: 2 ** 40 }),
      takenAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      alt: fc.string({ maxLength: 40 }),
      focus: fc.record({ x: unitDouble, y: unitDouble }),
    },
    { requiredKeys: ['id', 'fileName', 'mimeType', 'width', 'height', 'bytes'] },
  );

const cropArbitrary = fc.record({ x: unitDouble, y: unitDouble, scale: double(1, 20) });

const itemArbitrary = (id: ItemId, photoIds: readonly PhotoId[]): fc.Arbitrary<Item> => {
  const text = fc.record({
    kind: fc.constant('text' as const),
    id: fc.constant(id),
    text: fc.string({ maxLength: 60 }),
    x: double(-5000, 5000),
    y: double(-5000, 5000),
    width: positive(5000),
    fontSize: positive(1000),
    color,
    align: fc.constantFrom('left' as const, 'center' as const, 'right' as const),
    font: fc.constantFrom('sans' as const, 'serif' as const),
    bold: fc.boolean(),
    appears: fc.constantFrom('start' as const, 'answer' as const),
  });
  if (photoIds.length === 0) return text;
  const photo = fc.record(
    {
      kind: fc.constant('photo' as const),
      id: fc.constant(id),
      photoId: fc.constantFrom(...photoIds),
      x: double(-5000, 5000),
      y: double(-5000, 5000),
      width: positive(5000),
      height: positive(5000),
      rotation: double(-360, 360),
      crop: cropArbitrary,
      cornerRadius: double(0, 500),
      borderWidth: double(0, 100),
      borderColor: color,
      clue: fc.string({ maxLength: 40 }),
    },
    {
      requiredKeys: [
        'kind',
        'id',
        'photoId',
        'x',
        'y',
        'width',
        'height',
        'rotation',
        'crop',
        'cornerRadius',
        'borderWidth',
        'borderColor',
      ],
    },
  );
  return fc.oneof(photo, text);
};

const revealArbitrary = (itemIds: readonly ItemId[], photoIds: readonly PhotoId[]): fc.Arbitrary<Reveal> =>
  fc.record({
    question: fc.string({ maxLength: 60 }),
    order: fc.shuffledSubarray([...itemIds]),
    style: fc.constantFrom(
      'appear' as const,
      'fade' as const,
      'zoom' as const,
      'unblur' as const,
      'spotlight' as const,
    ),
    answer: fc.record(
      {
        title: fc.string({ maxLength: 60 }),
        subtitle: fc.string({ maxLength: 60 }),
        photoIds: fc.subarray([...photoIds]),
      },
      { requiredKeys: ['title'] },
    ),
    showCounter: fc.boolean(),
    confetti: fc.boolean(),
    continues: fc.boolean(),
    stepSeconds: fc.constantFrom(0.1, 0.6, 5),
  });

const slideArbitrary = (id: SlideId, photoIds: readonly PhotoId[]): fc.Arbitrary<Slide> =>
  fc
    .uniqueArray(wordId, { maxLength: 8 })
    .map((ids) => ids as ItemId[])
    .chain((itemIds) =>
      fc.record(
        {
          id: fc.constant(id),
          title: fc.string({ maxLength: 30 }),
          notes: fc.string({ maxLength: 60 }),
          background: color,
          layout: fc.option(
            fc.record({
              kind: fc.constantFrom('grid', 'justified', 'polaroids', 'a-kind-from-a-newer-app'),
              gutter: double(0, 200),
              cornerRadius: double(0, 200),
              borderWidth: double(0, 200),
              borderColor: color,
            }),
          ),
          items: fc.tuple(...itemIds.map((itemId) => itemArbitrary(itemId, photoIds))),
          reveal: fc.option(revealArbitrary(itemIds, photoIds)),
          transition: fc.constantFrom('none' as const, 'fade' as const, 'slide' as const),
        },
        { requiredKeys: ['id', 'notes', 'layout', 'items', 'reveal', 'transition'] },
      ),
    );

/** Any valid deck of the current schema: cross-references (photos, reveal order) always resolve. */
export const deckArbitrary: fc.Arbitrary<Deck> = fc
  .record({
    photoIds: fc.uniqueArray(photoIdArbitrary, { maxLength: 5 }),
    slideIds: fc.uniqueArray(wordId, { maxLength: 5 }).map((ids) => ids as SlideId[]),
  })
  .chain(({ photoIds, slideIds }) =>
    fc.record({
      schemaVersion: fc.constant(CURRENT_SCHEMA_VERSION),
      id: wordId.map((s) => s as DeckId),
      title: fc.string({ maxLength: 60 }),
      createdAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      updatedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      size: fc.record({
        width: fc.integer({ min: 16, max: 10000 }),
        height: fc.integer({ min: 16, max: 10000 }),
      }),
      theme: fc.record({
        background: color,
        textColor: color,
        accentColor: color,
        fontFamily: fc.string({ minLength: 1, maxLength: 60 }),
      }),
      photos: fc
        .tuple(...photoIds.map((id) => photoMetaArbitrary(id)))
        .map(
          (metas) => Object.fromEntries(metas.map((meta) => [meta.id, meta])) as Record<PhotoId, PhotoMeta>,
        ),
      slides: fc.tuple(...slideIds.map((id) => slideArbitrary(id, photoIds))),
    }),
  );

/** Phone and camera shapes (width / height): portrait 3:4 and 9:16, landscape 4:3 and 16:9, square, panoramas up to 8:1. */
export const photoShapeArbitrary: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(3 / 4, 9 / 16, 4 / 3, 16 / 9, 1),
  fc.double({ min: 2, max: 8, noNaN: true }),
);
