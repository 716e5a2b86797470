// The quiz reveal's overlays: the question card (step 0), the question strip with counter, the answer card.
import type { ReactNode } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { Deck, Reveal } from '../model/deck';
import { questionBarHeight } from '../model/questionBar';
import { revealCounter } from '../model/revealChain';
import { fontFamilyOf, useFontsReady } from './fonts';

type CardProps = { readonly deck: Deck; readonly reveal: Reveal };

export function QuestionCard({ deck, reveal }: CardProps) {
  const { width, height } = deck.size;
  const fontsReady = useFontsReady();
  return (
    <Group name="question" listening={false}>
      {fontsReady && (
        <Text
          x={width * 0.1}
          y={0}
          width={width * 0.8}
          height={height}
          text={reveal.question}
          fontSize={Math.round(height * 0.075)}
          fontStyle="bold"
          fontFamily={fontFamilyOf('sans', deck.theme.fontFamily)}
          fill={deck.theme.textColor}
          align="center"
          verticalAlign="middle"
          lineHeight={1.2}
        />
      )}
    </Group>
  );
}

export function QuestionStrip({
  deck,
  reveal,
  slideId,
  revealed,
}: CardProps & { readonly slideId: string; readonly revealed: number }) {
  const { width, height } = deck.size;
  const stripHeight = questionBarHeight(deck.size);
  const fontSize = Math.round(stripHeight * 0.42);
  const padding = Math.round(stripHeight * 0.4);
  const { shown, total } = revealCounter(deck, slideId, revealed);
  const counter = reveal.showCounter ? `${shown} / ${total}` : '';
  // Text measured before the shipped font loads would be cut off wrongly, so it waits for it.
  const fontsReady = useFontsReady();
  return (
    <Group name="question-strip" y={height - stripHeight} listening={false}>
      <Rect width={width} height={stripHeight} fill="#000000" opacity={0.62} />
      {fontsReady && (
        <Text
          x={padding}
          width={width - padding * 2 - (counter ? fontSize * 4 : 0)}
          height={stripHeight}
          text={reveal.question}
          fontSize={fontSize}
          fontFamily={fontFamilyOf('sans', deck.theme.fontFamily)}
          fill="#ffffff"
          verticalAlign="middle"
          wrap="none"
          ellipsis
        />
      )}
      {fontsReady && counter && (
        <Text
          x={width - padding - fontSize * 4}
          width={fontSize * 4}
          height={stripHeight}
          text={counter}
          fontSize={fontSize}
          fontStyle="bold"
          fontFamily={fontFamilyOf('sans', deck.theme.fontFamily)}
          fill={deck.theme.accentColor}
          align="right"
          verticalAlign="middle"
        />
      )}
    </Group>
  );
}

/** The answer over the dimmed slide; `highlights` (the answer's photos) are drawn above the dimming. */
export function AnswerCard({ deck, reveal, highlights }: CardProps & { readonly highlights?: ReactNode }) {
  const { width, height } = deck.size;
  const cardWidth = width * 0.7;
  const cardHeight = height * (reveal.answer.subtitle ? 0.36 : 0.28);
  const x = (width - cardWidth) / 2;
  const y = (height - cardHeight) / 2;
  const titleSize = Math.round(height * 0.085);
  const fontsReady = useFontsReady();
  return (
    <Group name="answer" listening={false}>
      <Rect width={width} height={height} fill="#000000" opacity={0.45} />
      {highlights}
      <Rect
        x={x}
        y={y}
        width={cardWidth}
        height={cardHeight}
        cornerRadius={height * 0.02}
        fill={deck.theme.accentColor}
        shadowColor="#000000"
        shadowBlur={height * 0.03}
        shadowOpacity={0.5}
      />
      {fontsReady && (
        <Text
          x={x + cardWidth * 0.05}
          y={y}
          width={cardWidth * 0.9}
          height={reveal.answer.subtitle ? cardHeight * 0.66 : cardHeight}
          text={reveal.answer.title || 'The answer'}
          fontSize={titleSize}
          fontStyle="bold"
          fontFamily={fontFamilyOf('sans', deck.theme.fontFamily)}
          fill="#101418"
          align="center"
          verticalAlign="middle"
        />
      )}
      {fontsReady && reveal.answer.subtitle && (
        <Text
          x={x + cardWidth * 0.05}
          y={y + cardHeight * 0.6}
          width={cardWidth * 0.9}
          height={cardHeight * 0.3}
          text={reveal.answer.subtitle}
          fontSize={Math.round(titleSize * 0.45)}
          fontFamily={fontFamilyOf('sans', deck.theme.fontFamily)}
          fill="#101418"
          align="center"
          verticalAlign="top"
        />
      )}
    </Group>
  );
}
