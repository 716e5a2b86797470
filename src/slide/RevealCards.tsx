// The quiz reveal's overlays: the question card (step 0), the question strip with counter, the answer's backdrop and card.
import { useMemo, type ReactNode } from 'react';
import { Group, Rect, Text } from './reactKonva';
import type { Deck, Reveal } from '../model/deck';
import { revealCounter } from '../model/revealChain';
import { revealPalette } from '../model/themes';
import { BackdropBlur } from './BackdropBlur';
import { useFontsReady } from './fonts';
import { answerCardLayout, questionCardLayout, questionStripLayout, type PlacedText } from './revealLayout';

type CardProps = { readonly deck: Deck; readonly reveal: Reveal };

/** How soft the collage behind the answer goes, in slide units of blur radius (at 1080 units high). */
export const BACKDROP_BLUR_SHARE = 0.012;

// Text is measured and laid out only once the shipped fonts have loaded: measured with a fallback font, it
// would wrap and size wrongly. Until then (a moment at start-up) the overlays draw without their text.

export function QuestionCard({ deck, reveal }: CardProps) {
  const fontsReady = useFontsReady();
  const layout = useMemo(
    () => (fontsReady ? questionCardLayout(deck, reveal) : null),
    [fontsReady, deck, reveal],
  );
  if (!layout) return null;
  return (
    <Group name="question" listening={false}>
      <PlacedTextNode placed={layout.question} fill={deck.theme.textColor} name="question-text" />
      <Rect {...layout.rule} fill={deck.theme.accentColor} cornerRadius={layout.rule.height / 2} />
    </Group>
  );
}

export function QuestionStrip({
  deck,
  reveal,
  slideId,
  revealed,
}: CardProps & { readonly slideId: string; readonly revealed: number }) {
  const { shown, total } = revealCounter(deck, slideId, revealed);
  const counter = reveal.showCounter ? `${shown} / ${total}` : '';
  const fontsReady = useFontsReady();
  const layout = useMemo(
    () => (fontsReady ? questionStripLayout(deck, reveal, counter) : null),
    [fontsReady, deck, reveal, counter],
  );
  if (!layout) return null;
  const palette = revealPalette(deck.theme);
  return (
    <Group name="question-strip" listening={false}>
      <Rect
        {...layout.bar}
        fill={palette.stripFill}
        opacity={palette.stripOpacity}
        perfectDrawEnabled={false}
      />
      <Rect {...layout.rule} fill={palette.accent} perfectDrawEnabled={false} />
      <PlacedTextNode
        placed={layout.question}
        fill={palette.stripText}
        name="question-text"
        align="left"
        verticalAlign="middle"
      />
      {layout.counter && (
        <PlacedTextNode
          placed={layout.counter}
          fill={palette.accent}
          name="counter"
          align="right"
          verticalAlign="middle"
        />
      )}
    </Group>
  );
}

/**
 * What stands behind the answer card: the collage drawn so far blurred and veiled in the background colour,
 * with `highlights` (the answer's photos) sharp above the veil.
 */
export function AnswerBackdrop({
  deck,
  highlights,
}: {
  readonly deck: Deck;
  readonly highlights?: ReactNode;
}) {
  const { width, height } = deck.size;
  const palette = revealPalette(deck.theme);
  return (
    <Group name="answer-backdrop" listening={false}>
      <BackdropBlur width={width} height={height} radius={height * BACKDROP_BLUR_SHARE} />
      <Rect
        name="answer-scrim"
        width={width}
        height={height}
        fill={palette.scrimFill}
        opacity={palette.scrimOpacity}
        perfectDrawEnabled={false}
      />
      {highlights}
    </Group>
  );
}

/** The answer: its title large in the display font, the subtitle below in the sans, on a card fitted to them. */
export function AnswerCard({ deck, reveal }: CardProps) {
  const fontsReady = useFontsReady();
  const layout = useMemo(
    () => (fontsReady ? answerCardLayout(deck, reveal) : null),
    [fontsReady, deck, reveal],
  );
  if (!layout) return null;
  const palette = revealPalette(deck.theme);
  const { height } = deck.size;
  return (
    <Group name="answer" listening={false}>
      <Rect
        name="answer-card"
        {...layout.card}
        cornerRadius={layout.cornerRadius}
        fill={palette.cardFill}
        opacity={palette.cardOpacity}
        shadowColor="#000000"
        shadowBlur={height * 0.05}
        shadowOffsetY={height * 0.012}
        shadowOpacity={0.45}
      />
      <Rect
        name="answer-card-edge"
        {...layout.card}
        cornerRadius={layout.cornerRadius}
        stroke={palette.accent}
        strokeWidth={Math.max(2, Math.round(height * 0.002))}
        opacity={0.55}
        perfectDrawEnabled={false}
      />
      <PlacedTextNode placed={layout.title} fill={palette.cardText} name="answer-title" />
      {layout.rule && <Rect {...layout.rule} fill={palette.accent} cornerRadius={layout.rule.height / 2} />}
      {layout.subtitle && (
        <PlacedTextNode placed={layout.subtitle} fill={palette.cardText} name="answer-subtitle" />
      )}
    </Group>
  );
}

const HEIGHT_SLACK = 0.01;

type PlacedTextNodeProps = {
  readonly placed: PlacedText;
  readonly fill: string;
  readonly name: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly verticalAlign?: 'top' | 'middle';
};

function PlacedTextNode({
  placed,
  fill,
  name,
  align = 'center',
  verticalAlign = 'top',
}: PlacedTextNodeProps) {
  return (
    <Text
      name={name}
      x={placed.x}
      y={placed.y}
      width={placed.width}
      // A hair taller than its lines: Konva drops a last line that overshoots the height by a rounding error.
      height={placed.height + HEIGHT_SLACK}
      text={placed.text}
      fontSize={placed.fontSize}
      lineHeight={placed.lineHeight}
      fontFamily={placed.fontFamily}
      fontStyle={placed.bold ? 'bold' : 'normal'}
      fill={fill}
      align={align}
      verticalAlign={verticalAlign}
      ellipsis
      perfectDrawEnabled={false}
    />
  );
}
