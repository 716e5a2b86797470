// Jumping to a slide by typing its number then Enter: the typed digits and what they lead to (pure).

/** The digits typed so far ('' when none). Kept short: no deck has a billion slides. */
export type SlideNumberEntry = string;

const MAX_DIGITS = 4;

/** The digit a key types, or null for any other key. */
export function digitOfKey(key: string): string | null {
  return /^[0-9]$/.test(key) ? key : null;
}

/** The entry after typing one more digit (a leading zero is dropped; past four digits the oldest goes). */
export function typeDigit(entry: SlideNumberEntry, digit: string): SlideNumberEntry {
  const next = `${entry}${digit}`.replace(/^0+/, '');
  return next.slice(-MAX_DIGITS);
}

/** The entry after Backspace: the last digit taken back. */
export function eraseDigit(entry: SlideNumberEntry): SlideNumberEntry {
  return entry.slice(0, -1);
}

export type EntryOutcome =
  | { readonly kind: 'go'; readonly slideNumber: number }
  | { readonly kind: 'no such slide'; readonly slideNumber: number }
  | { readonly kind: 'nothing typed' };

/** What Enter does with the entry, in a deck of `slideCount` slides (slide numbers are 1-based). */
export function entryOutcome(entry: SlideNumberEntry, slideCount: number): EntryOutcome {
  if (entry === '') return { kind: 'nothing typed' };
  const slideNumber = Number(entry);
  if (slideNumber >= 1 && slideNumber <= slideCount) return { kind: 'go', slideNumber };
  return { kind: 'no such slide', slideNumber };
}

/** The discreet on-screen line while typing, e.g. "Go to slide 12". */
export function entryPrompt(entry: SlideNumberEntry): string {
  return `Go to slide ${entry}`;
}

/** The brief line when the number is past the deck, e.g. "No slide 60: the last is 12". */
export function noSuchSlideText(slideNumber: number, slideCount: number): string {
  return slideCount === 0
    ? `No slide ${slideNumber}: the deck is empty`
    : `No slide ${slideNumber}: the last is ${slideCount}`;
}
