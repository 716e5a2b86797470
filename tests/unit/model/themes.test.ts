// The named themes: every one keeps the reveal's text readable (WCAG 4.5:1) on its question card, strip and answer.
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, over, parseHexColour, type Rgb } from '../../../src/model/colourContrast';
import { newDeck } from '../../../src/model/newDeck';
import { DECK_THEMES, DEFAULT_THEME, namedThemeOf, revealPalette } from '../../../src/model/themes';

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];
const LEAST = 4.5;

function rgb(colour: string): Rgb {
  const parsed = parseHexColour(colour);
  if (!parsed) throw new Error(`not a hex colour: ${colour}`);
  return parsed;
}

/** The least contrast `text` has over a translucent panel, whatever lies under the panel (black to white). */
function worstContrast(text: string, panel: string, opacity: number): number {
  return Math.min(
    contrastRatio(rgb(text), over(rgb(panel), opacity, BLACK)),
    contrastRatio(rgb(text), over(rgb(panel), opacity, WHITE)),
  );
}

describe('contrast maths', () => {
  it('matches the WCAG figures for black, white and grey', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio(rgb('#767676'), WHITE)).toBeGreaterThan(4.5);
    expect(contrastRatio(rgb('#777777'), WHITE)).toBeLessThan(4.5);
    expect(luminance(rgb('#fff'))).toBeCloseTo(1, 5);
  });

  it('lays a translucent colour over another', () => {
    expect(over(WHITE, 0.5, BLACK)).toEqual([127.5, 127.5, 127.5]);
    expect(over(WHITE, 1, BLACK)).toEqual(WHITE);
  });
});

describe('DECK_THEMES', () => {
  it('has a few themes, a light one among them, with names and ids of their own; Night is a new deck’s', () => {
    expect(DECK_THEMES.length).toBeGreaterThanOrEqual(4);
    expect(new Set(DECK_THEMES.map((t) => t.id)).size).toBe(DECK_THEMES.length);
    expect(new Set(DECK_THEMES.map((t) => t.name)).size).toBe(DECK_THEMES.length);
    expect(DECK_THEMES.some((t) => luminance(rgb(t.theme.background)) > 0.7)).toBe(true);
    expect(namedThemeOf(newDeck(new Date()).theme)?.name).toBe('Night');
    expect(DEFAULT_THEME).toEqual(DECK_THEMES.find((t) => t.name === 'Night')!.theme);
  });

  it.each(DECK_THEMES.map((t) => [t.name, t] as const))(
    '%s keeps every text at 4.5:1 or more',
    (_, { theme }) => {
      const palette = revealPalette(theme);
      // The question card and captions: text straight on the slide's background.
      expect(contrastRatio(rgb(theme.textColor), rgb(theme.background))).toBeGreaterThanOrEqual(LEAST);
      // The strip's question and counter, over whatever photo or background is under the strip.
      expect(
        worstContrast(palette.stripText, palette.stripFill, palette.stripOpacity),
      ).toBeGreaterThanOrEqual(LEAST);
      expect(worstContrast(palette.accent, palette.stripFill, palette.stripOpacity)).toBeGreaterThanOrEqual(
        LEAST,
      );
      // The answer's title and subtitle on its card, over whatever the scrimmed collage shows.
      expect(worstContrast(palette.cardText, palette.cardFill, palette.cardOpacity)).toBeGreaterThanOrEqual(
        LEAST,
      );
      // The accent on the background (captions in the accent colour, the answer's rule).
      expect(contrastRatio(rgb(theme.accentColor), rgb(theme.background))).toBeGreaterThanOrEqual(LEAST);
    },
  );

  it('lifts the answer card off the background: lighter on a dark theme, whiter on a light one', () => {
    for (const { theme } of DECK_THEMES) {
      const { cardFill } = revealPalette(theme);
      const background = luminance(rgb(theme.background));
      expect(luminance(rgb(cardFill)), theme.background).toBeGreaterThan(background);
      expect(contrastRatio(rgb(cardFill), rgb(theme.background))).toBeLessThan(1.5);
    }
  });

  it('keeps a colour that is not #rrggbb as it is', () => {
    const theme = { ...DEFAULT_THEME, background: 'rebeccapurple' };
    expect(revealPalette(theme).cardFill).toBe('rebeccapurple');
    expect(parseHexColour('rebeccapurple')).toBeNull();
    expect(parseHexColour('#AbC')).toEqual([0xaa, 0xbb, 0xcc]);
  });
});
