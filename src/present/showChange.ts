// What the player plays when the show's position changes: a step animation, a slide transition or nothing.
import type { Deck } from '../model/deck';
import type { ItemId } from '../model/ids';
import type { Position } from '../model/navigation';
import { isAnswerStep, revealedItemAt } from '../model/revealSteps';
import type { Direction } from './slideTransition';
import type { RevealStyle } from './stepAnimation';

export type Motion = 'full' | 'reduced';

export type ShowChange =
  | { readonly kind: 'still' }
  | {
      readonly kind: 'step';
      readonly itemId: ItemId;
      readonly style: RevealStyle;
      /** The reveal's pace: how long a photo takes to come in. */
      readonly stepSeconds: number;
    }
  /** The answer comes in over the collage (its backdrop, then its card), from the step before it. */
  | { readonly kind: 'answer'; readonly from: Position }
  | {
      readonly kind: 'transition';
      readonly from: Position;
      readonly transition: 'fade' | 'slide';
      readonly direction: Direction;
    };

const STILL: ShowChange = { kind: 'still' };

/**
 * One step forward on the same slide animates the item it brings in, or the answer; moving to the slide before or after
 * plays the new slide's transition. Going back, jumping further and reduced motion show the new state at once
 * (a jump's old slide may no longer have its photos loaded, so it is not drawn again).
 */
export function showChange(deck: Deck, from: Position, to: Position, motion: Motion): ShowChange {
  if (motion === 'reduced') return STILL;
  const slide = deck.slides[to.slide];
  if (!slide) return STILL;
  if (from.slide === to.slide) {
    if (to.step !== from.step + 1 || !slide.reveal) return STILL;
    // The answer always comes in as a moment of its own, whatever the photos' style.
    if (isAnswerStep(slide, to.step)) return { kind: 'answer', from };
    if (slide.reveal.style === 'appear') return STILL;
    const itemId = revealedItemAt(slide, to.step);
    return itemId
      ? { kind: 'step', itemId, style: slide.reveal.style, stepSeconds: slide.reveal.stepSeconds }
      : STILL;
  }
  if (Math.abs(to.slide - from.slide) !== 1 || slide.transition === 'none' || !deck.slides[from.slide]) {
    return STILL;
  }
  return {
    kind: 'transition',
    from,
    transition: slide.transition,
    direction: to.slide > from.slide ? 1 : -1,
  };
}

/** Confetti bursts once when the show arrives on an answer by moving forward, if the reveal asks for it. */
export function confettiBursts(deck: Deck, from: Position, to: Position, motion: Motion): boolean {
  const slide = deck.slides[to.slide];
  return (
    motion === 'full' &&
    slide?.reveal?.confetti === true &&
    from.slide === to.slide &&
    to.step === from.step + 1 &&
    isAnswerStep(slide, to.step)
  );
}
