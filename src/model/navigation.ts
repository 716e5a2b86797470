// Moving through a deck one reveal step at a time, and the player's status line for a position.
import type { Deck } from './deck';
import { revealCounter } from './revealChain';
import { isAnswerStep, isQuestionStep, revealedCount, revealedItemAt, stepCount } from './revealSteps';

/** A place in the deck: a 0-based slide index and a reveal step on that slide. */
export type Position = { slide: number; step: number };

export function firstPosition(_deck: Deck): Position {
  return { slide: 0, step: 0 };
}

/** The last step of the last slide (the start, for a deck with no slides). */
export function lastPosition(deck: Deck): Position {
  const slide = deck.slides.at(-1);
  if (!slide) return { slide: 0, step: 0 };
  return { slide: deck.slides.length - 1, step: stepCount(slide) - 1 };
}

/** The start (question step) of the slide with this 1-based number, or null when the deck has no such slide. */
export function slideStart(deck: Deck, slideNumber: number): Position | null {
  if (!Number.isInteger(slideNumber) || slideNumber < 1 || slideNumber > deck.slides.length) return null;
  return { slide: slideNumber - 1, step: 0 };
}

/** One step forward, falling through to the next slide; null at the very end. */
export function nextPosition(deck: Deck, position: Position): Position | null {
  if (deck.slides.length === 0) return null;
  const { slide, step } = clampPosition(deck, position);
  const current = deck.slides[slide];
  if (current && step < stepCount(current) - 1) return { slide, step: step + 1 };
  if (slide < deck.slides.length - 1) return { slide: slide + 1, step: 0 };
  return null;
}

/** One step back; from a slide's first step to the last step of the previous slide; null at the start. */
export function previousPosition(deck: Deck, position: Position): Position | null {
  if (deck.slides.length === 0) return null;
  const { slide, step } = clampPosition(deck, position);
  if (step > 0) return { slide, step: step - 1 };
  const previous = deck.slides[slide - 1];
  if (previous) return { slide: slide - 1, step: stepCount(previous) - 1 };
  return null;
}

/** The nearest real position: a slide index in the deck and a step that slide has. */
export function clampPosition(deck: Deck, position: Position): Position {
  if (deck.slides.length === 0) return { slide: 0, step: 0 };
  const slide = clampInt(position.slide, 0, deck.slides.length - 1);
  const current = deck.slides[slide];
  const step = current ? clampInt(position.step, 0, stepCount(current) - 1) : 0;
  return { slide, step };
}

/** E.g. "Slide 2 of 5, photo 3 of 6", "Slide 2 of 5, question", "Slide 2 of 5, answer" or "Slide 1 of 5". */
export function statusText(deck: Deck, position: Position): string {
  if (deck.slides.length === 0) return 'No slides';
  const { slide, step } = clampPosition(deck, position);
  const current = deck.slides[slide];
  const prefix = `Slide ${slide + 1} of ${deck.slides.length}`;
  if (!current?.reveal) return prefix;
  if (isQuestionStep(current, step)) return `${prefix}, question`;
  if (isAnswerStep(current, step)) return `${prefix}, answer`;
  const { shown, total } = revealCounter(deck, current.id, revealedCount(current, step));
  return `${prefix}, photo ${shown} of ${total}`;
}

/**
 * What the step shows that only the canvas draws, for the player's second live region: the question, the alt
 * text (and clue) of the photo this step brings in, or the answer; '' when there is nothing to say.
 */
export function stepDescription(deck: Deck, position: Position): string {
  if (deck.slides.length === 0) return '';
  const { slide, step } = clampPosition(deck, position);
  const current = deck.slides[slide];
  if (!current?.reveal) return '';
  const { question, answer } = current.reveal;
  if (isQuestionStep(current, step)) return question.trim();
  if (isAnswerStep(current, step)) {
    const title = answer.title.trim();
    return sentences(title && `Answer: ${title}`, answer.subtitle);
  }
  const item = current.items.find((i) => i.id === revealedItemAt(current, step));
  if (item?.kind !== 'photo') return '';
  return sentences(deck.photos[item.photoId]?.alt, item.clue);
}

/** The non-empty parts, each ending in a full stop so a screen reader pauses between them. */
function sentences(...parts: (string | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

function clampInt(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(Math.max(Math.floor(value), min), max);
}
