// Words of a quiz answer that the room sees or hears before the answer is revealed: the answer given away.
import { answerWords, wordsIn } from './answerWords';
import type { Deck, Slide } from './deck';
import type { ItemId } from './ids';
import { revealChain } from './revealChain';
import { isAnswerStep, stepCount, visibleItemIds } from './revealSteps';

/** Something a slide shows in words: its question, a text, a photo's clue, the alt text read out, its answer card. */
export type ShownWords = {
  readonly slideIndex: number;
  readonly source: 'question' | 'text' | 'clue' | 'alt' | 'answer';
  /** The text item, or the photo item of a clue or alt text. */
  readonly itemId?: ItemId;
  readonly text: string;
};

export type Spoiler = {
  readonly shown: ShownWords;
  /** The answer's words it gives away, as the answer writes them, in the answer's order. */
  readonly words: readonly string[];
  /** The slides (indexes) whose answer it gives away. */
  readonly answerSlides: readonly number[];
  /** On the answering slide or a slide of the same reveal before it, rather than on an earlier slide. */
  readonly withinQuiz: boolean;
};

type Seen = { readonly shown: ShownWords; readonly order: number; readonly words: ReadonlySet<string> };

type Found = { readonly seen: Seen; words: Set<string>; answerSlides: number[]; withinQuiz: boolean };

/**
 * Every answer given away, in slide order. What a room has met before a slide's answer is all that earlier
 * slides show (their answers too) and what the answering slide shows before its last click; what shows with
 * or after an answer gives nothing away. Each text is split into words once, however many answers follow it.
 */
export function findSpoilers(deck: Deck): Spoiler[] {
  const earlier: Seen[] = [];
  const found = new Map<Seen, Found>();
  let order = 0;
  const see = (shown: ShownWords): Seen => ({ shown, order: order++, words: wordsIn(shown.text) });

  deck.slides.forEach((slide, slideIndex) => {
    const { before, after } = shownWords(deck, slide, slideIndex);
    const seenBefore = before.map(see);
    const answer = answeredHere(slide);
    if (answer) {
      const words = answerWords(answer.title, answer.subtitle);
      const firstSlide = revealChain(deck, slideIndex)?.firstSlide ?? slideIndex;
      for (const seen of [...earlier, ...seenBefore]) {
        const given = [...words.keys()].filter((word) => seen.words.has(word));
        if (given.length === 0) continue;
        const entry = found.get(seen) ?? {
          seen,
          words: new Set<string>(),
          answerSlides: [],
          withinQuiz: false,
        };
        for (const word of given) entry.words.add(words.get(word) ?? word);
        entry.answerSlides.push(slideIndex);
        entry.withinQuiz ||= seen.shown.slideIndex >= firstSlide;
        found.set(seen, entry);
      }
    }
    earlier.push(...seenBefore, ...after.map(see));
  });

  return [...found.values()]
    .sort((a, b) => a.seen.order - b.seen.order)
    .map(({ seen, words, answerSlides, withinQuiz }) => ({
      shown: seen.shown,
      words: [...words],
      answerSlides,
      withinQuiz,
    }));
}

/** The answer this slide reveals on its last click; null without a quiz, or when its quiz goes on. */
function answeredHere(slide: Slide) {
  return slide.reveal && !slide.reveal.continues ? slide.reveal.answer : null;
}

/**
 * What the slide shows in words before its answer (all of it on a slide without one) and with its answer.
 * In the order the slide is read: the question, then its items in drawing order, then the answer card.
 */
export function shownWords(
  deck: Deck,
  slide: Slide,
  slideIndex: number,
): { before: ShownWords[]; after: ShownWords[] } {
  const steps = stepCount(slide);
  const answerStep = isAnswerStep(slide, steps - 1) ? steps - 1 : null;
  const shownBefore = new Set<ItemId>();
  for (let step = 0; step < (answerStep ?? steps); step += 1) {
    for (const id of visibleItemIds(slide, step)) shownBefore.add(id);
  }
  const shownWithAnswer = answerStep === null ? new Set<ItemId>() : visibleItemIds(slide, answerStep);
  const reveal = slide.reveal;
  const inOrder = new Set<ItemId>(reveal?.order ?? []);
  const before: ShownWords[] = [];
  const after: ShownWords[] = [];
  if (reveal) before.push({ slideIndex, source: 'question', text: reveal.question });
  for (const item of slide.items) {
    if (item.kind === 'text') {
      const shown = { slideIndex, source: 'text', itemId: item.id, text: item.text } as const;
      if (shownBefore.has(item.id)) before.push(shown);
      else if (shownWithAnswer.has(item.id)) after.push(shown);
      continue;
    }
    // The answer step draws photos without their clues; the player reads a photo's alt text as it comes in.
    if (!shownBefore.has(item.id)) continue;
    if (item.clue) before.push({ slideIndex, source: 'clue', itemId: item.id, text: item.clue });
    const alt = deck.photos[item.photoId]?.alt;
    if (alt && inOrder.has(item.id)) before.push({ slideIndex, source: 'alt', itemId: item.id, text: alt });
  }
  if (reveal && answerStep !== null) {
    const { title, subtitle } = reveal.answer;
    after.push({ slideIndex, source: 'answer', text: subtitle ? `${title}\n${subtitle}` : title });
  }
  return { before, after };
}
