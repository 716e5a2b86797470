// The two fonts the app ships (Inter as sans, Playfair Display as serif), registered with the FontFace API.
import { useEffect, useState } from 'react';
import interLatin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import interLatin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import interLatinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url';
import interLatinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url';
import playfairLatin400 from '@fontsource/playfair-display/files/playfair-display-latin-400-normal.woff2?url';
import playfairLatin700 from '@fontsource/playfair-display/files/playfair-display-latin-700-normal.woff2?url';
import playfairLatinExt400 from '@fontsource/playfair-display/files/playfair-display-latin-ext-400-normal.woff2?url';
import playfairLatinExt700 from '@fontsource/playfair-display/files/playfair-display-latin-ext-700-normal.woff2?url';
import type { TextItem } from '../model/deck';

export type SlideFont = TextItem['font'];

/**
 * Family names of our own, so a slide never picks up a differently-made font of the same name installed
 * on the machine: what the editor shows is what the bundle shows.
 */
export const FONT_FAMILIES: Readonly<Record<SlideFont, string>> = {
  sans: 'Common Thread Sans',
  serif: 'Common Thread Serif',
};

/** The names the text panel shows. */
export const FONT_LABELS: Readonly<Record<SlideFont, string>> = { sans: 'Sans', serif: 'Serif' };

// From @fontsource's CSS: the latin-ext files only carry the letters latin lacks (e.g. "ã" in "São Paulo").
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

type FontFile = { font: SlideFont; weight: '400' | '700'; unicodeRange: string; url: string };

// In the app these are asset URLs; in the bundle's player build they are data URLs, so they load from file://.
const FONT_FILES: readonly FontFile[] = [
  { font: 'sans', weight: '400', unicodeRange: LATIN, url: interLatin400 },
  { font: 'sans', weight: '700', unicodeRange: LATIN, url: interLatin700 },
  { font: 'sans', weight: '400', unicodeRange: LATIN_EXT, url: interLatinExt400 },
  { font: 'sans', weight: '700', unicodeRange: LATIN_EXT, url: interLatinExt700 },
  { font: 'serif', weight: '400', unicodeRange: LATIN, url: playfairLatin400 },
  { font: 'serif', weight: '700', unicodeRange: LATIN, url: playfairLatin700 },
  { font: 'serif', weight: '400', unicodeRange: LATIN_EXT, url: playfairLatinExt400 },
  { font: 'serif', weight: '700', unicodeRange: LATIN_EXT, url: playfairLatinExt700 },
];

let loading: Promise<void> | null = null;
let loaded = false;

/**
 * Adds the shipped fonts to the page and loads every file (once, however often it is called). A file
 * that fails to load is left out: text then falls back to the next family rather than never showing.
 */
export function loadSlideFonts(): Promise<void> {
  loading ??= Promise.all(
    FONT_FILES.map(async ({ font, weight, unicodeRange, url }) => {
      const face = new FontFace(FONT_FAMILIES[font], `url(${JSON.stringify(url)}) format("woff2")`, {
        weight,
        style: 'normal',
        unicodeRange,
        // Playfair's figures are old-style by default ("10 years" would read as "ıo years"): lining ones stand tall.
        ...(font === 'serif' ? { featureSettings: '"lnum" 1' } : {}),
      });
      document.fonts.add(face);
      try {
        await face.load();
      } catch {
        document.fonts.delete(face);
      }
    }),
  ).then(() => {
    loaded = true;
  });
  return loading;
}

export function slideFontsLoaded(): boolean {
  return loaded;
}

/**
 * Whether the shipped fonts have loaded. Konva measures and wraps text when a Text node's attributes are
 * set, so text is only drawn once this is true: measured with a fallback font, it would wrap wrongly.
 */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(loaded);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadSlideFonts().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

/** The CSS font-family list for a text item: the shipped font first, the theme's family behind it. */
export function fontFamilyOf(font: SlideFont, fallback: string): string {
  return `${FONT_FAMILIES[font]}, ${fallback}`;
}
