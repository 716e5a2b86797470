// The deck's named themes (Night is a new deck's), and the colours the quiz reveal's question strip and answer take from a theme.
import { luminance, over, parseHexColour, type Rgb } from './colourContrast';
import type { Deck } from './deck';

export type DeckTheme = Deck['theme'];

export type NamedTheme = {
  readonly id: string;
  /** What the theme picker calls it. */
  readonly name: string;
  /** One line for the picker: the room it suits. */
  readonly about: string;
  readonly theme: DeckTheme;
};

const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

export const DECK_THEMES: readonly NamedTheme[] = [
  {
    id: 'night',
    name: 'Night',
    about: 'Deep blue-black with gold, for a darkened room',
    theme: { background: '#101418', textColor: '#ffffff', accentColor: '#f5b700', fontFamily: FONT_FAMILY },
  },
  {
    id: 'daylight',
    name: 'Daylight',
    about: 'Warm paper white with ink and brick red, for a bright room',
    theme: { background: '#f6f3ec', textColor: '#1c2128', accentColor: '#a3300f', fontFamily: FONT_FAMILY },
  },
  {
    id: 'stage',
    name: 'Stage',
    about: 'Black with a coral spotlight, for a projector on a stage',
    theme: { background: '#000000', textColor: '#ffffff', accentColor: '#ff5d73', fontFamily: FONT_FAMILY },
  },
  {
    id: 'warm',
    name: 'Warm',
    about: 'Espresso brown with cream and apricot, for a cosy evening',
    theme: { background: '#2a1b14', textColor: '#fff3e3', accentColor: '#ffa95e', fontFamily: FONT_FAMILY },
  },
  {
    id: 'ocean',
    name: 'Ocean',
    about: 'Deep teal with sea green, calm and cool',
    theme: { background: '#0b2631', textColor: '#f1fbff', accentColor: '#4fd8c4', fontFamily: FONT_FAMILY },
  },
];

/** A new deck's theme: Night. */
export const DEFAULT_THEME: DeckTheme = DECK_THEMES[0]!.theme;

/** The named theme a deck's theme is, if it is one (colours compared without regard to case). */
export function namedThemeOf(theme: DeckTheme): NamedTheme | undefined {
  return DECK_THEMES.find((named) => sameTheme(named.theme, theme));
}

export function sameTheme(a: DeckTheme, b: DeckTheme): boolean {
  return (
    sameColour(a.background, b.background) &&
    sameColour(a.textColor, b.textColor) &&
    sameColour(a.accentColor, b.accentColor) &&
    a.fontFamily === b.fontFamily
  );
}

export function sameColour(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The colours of the quiz reveal's overlays, all taken from the theme so every theme reads the same way. */
export type RevealPalette = {
  /** The question strip: a band of the slide's background over the bottom of the slide. */
  readonly stripFill: string;
  readonly stripOpacity: number;
  readonly stripText: string;
  /** The "3 / 8" counter and the strip's rule. */
  readonly accent: string;
  /** Laid over the (blurred) collage behind the answer, so the answer stands out from it. */
  readonly scrimFill: string;
  readonly scrimOpacity: number;
  /** The answer card: a panel a shade lifted off the background (lighter on a dark theme, near white on a light one). */
  readonly cardFill: string;
  readonly cardOpacity: number;
  readonly cardText: string;
};

export const STRIP_OPACITY = 0.9;
export const SCRIM_OPACITY = 0.55;
export const CARD_OPACITY = 0.94;
/** How far a dark theme's card moves from the background towards the text colour: enough to lift it off the veil. */
const CARD_LIFT = 0.08;
/** How far a light theme's card moves towards white: a sheet of paper on the page. */
const CARD_LIFT_LIGHT = 0.7;
const WHITE: Rgb = [255, 255, 255];

export function revealPalette(theme: DeckTheme): RevealPalette {
  return {
    stripFill: theme.background,
    stripOpacity: STRIP_OPACITY,
    stripText: theme.textColor,
    accent: theme.accentColor,
    scrimFill: theme.background,
    scrimOpacity: SCRIM_OPACITY,
    cardFill: lifted(theme.background, theme.textColor),
    cardOpacity: CARD_OPACITY,
    cardText: theme.textColor,
  };
}

function lifted(background: string, text: string): string {
  const from = parseHexColour(background);
  const to = parseHexColour(text);
  if (!from || !to) return background;
  return hex(luminance(from) > 0.5 ? over(WHITE, CARD_LIFT_LIGHT, from) : over(to, CARD_LIFT, from));
}

function hex(colour: Rgb): string {
  return `#${colour.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}
