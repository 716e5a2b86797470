// A quiz that continues over several slides: which slides one reveal spans and how its photos are counted.
import type { Deck } from './deck';

/** One reveal's place over the deck: its slides (indexes, first to last) and its photos before and in all. */
export type RevealChain = {
  readonly firstSlide: number;
  readonly lastSlide: number;
  /** Photos of the reveal on the slides before this one. */
  readonly before: number;
  /** Photos of the whole reveal, over every slide it spans. */
  readonly total: number;
};

/**
 * The reveal the quiz slide at `slideIndex` belongs to: it reaches back over previous quiz slides that
 * continue onto it, and on over the following quiz slides while each continues. Null for a slide without a quiz.
 */
export function revealChain(deck: Deck, slideIndex: number): RevealChain | null {
  const slides = deck.slides;
  if (!slides[slideIndex]?.reveal) return null;
  let first = slideIndex;
  while (first > 0 && slides[first - 1]?.reveal?.continues) first -= 1;
  let last = slideIndex;
  while (slides[last]?.reveal?.continues && slides[last + 1]?.reveal) last += 1;
  let before = 0;
  let total = 0;
  for (let i = first; i <= last; i += 1) {
    const count = slides[i]?.reveal?.order.length ?? 0;
    if (i < slideIndex) before += count;
    total += count;
  }
  return { firstSlide: first, lastSlide: last, before, total };
}

/** "3 / 8" for the quiz slide `slideId` with `revealed` of its own photos shown, counted over its whole reveal. */
export function revealCounter(
  deck: Deck,
  slideId: string,
  revealed: number,
): { shown: number; total: number } {
  const index = deck.slides.findIndex((slide) => slide.id === slideId);
  const chain = index >= 0 ? revealChain(deck, index) : null;
  const own = deck.slides[index]?.reveal?.order.length ?? 0;
  if (!chain) return { shown: revealed, total: own };
  return { shown: chain.before + revealed, total: chain.total };
}

/**
 * The first slide the room must not see yet from `slideIndex`: the one after the next answer still to come
 * (the answering slide of the quiz on or after it). Slides from there on would give the answer away.
 */
export function firstSlideAfterNextAnswer(deck: Deck, slideIndex: number): number {
  for (let i = Math.max(0, slideIndex); i < deck.slides.length; i += 1) {
    const reveal = deck.slides[i]?.reveal;
    if (reveal && !reveal.continues) return i + 1;
  }
  return deck.slides.length;
}
