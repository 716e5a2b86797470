// How large each part of a deck may be: the one place the schema and every command read. A deck at the limits
// still opens, saves and draws in a plain laptop's tab; anything past them (a crafted bundle) is refused.

export const LIMITS = {
  /** Far past any tribute (200 phone photos, a few dozen slides). */
  slides: 1000,
  itemsPerSlide: 500,
  photos: 5000,
  /** ISO dates are 24 characters; a little room for other writers' offsets. */
  dateLength: 64,
  /** Ids of slides, items and decks. */
  idLength: 64,
  /** Titles, the question, the answer and its subtitle. */
  shortText: 1000,
  /** A caption's text. */
  text: 10_000,
  /** A photo's clue in the reveal. */
  clue: 500,
  notes: 100_000,
  altText: 2000,
  fileName: 1024,
  color: 64,
  fontFamily: 200,
  fontSize: 1000,
  /** How far a photo may be zoomed inside its frame. */
  cropScale: 20,
  gutter: 1000,
  cornerRadius: 1000,
  borderWidth: 200,
  layoutKind: 40,
  /** A deck's width and height in pixels. */
  deckSide: { min: 16, max: 10_000 },
} as const;
