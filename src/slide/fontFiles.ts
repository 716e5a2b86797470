// The font files the app ships (Inter as sans, Playfair Display as serif, each in a latin and a latin-ext file):
// what loadSlideFonts (./fonts) registers in the editor.
import interLatin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import interLatin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import interLatinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url';
import interLatinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url';
import playfairLatin400 from '@fontsource/playfair-display/files/playfair-display-latin-400-normal.woff2?url';
import playfairLatin700 from '@fontsource/playfair-display/files/playfair-display-latin-700-normal.woff2?url';
import playfairLatinExt400 from '@fontsource/playfair-display/files/playfair-display-latin-ext-400-normal.woff2?url';
import playfairLatinExt700 from '@fontsource/playfair-display/files/playfair-display-latin-ext-700-normal.woff2?url';
import type { TextItem } from '../model/deck';

// From @fontsource's CSS: the latin-ext files only carry the letters latin lacks (e.g. "ã" in "São Paulo").
export const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
export const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

export type FontFile = { font: TextItem['font']; weight: '400' | '700'; unicodeRange: string; url: string };

/**
 * The shipped font files, as asset URLs. The bundle's player build takes its list from the page instead
 * (src/player/pageFontFiles.ts, swapped in by vite-plugins/bundlePlayer.ts): the export embeds only the files
 * the deck's text uses.
 */
export const FONT_FILES: readonly FontFile[] = [
  { font: 'sans', weight: '400', unicodeRange: LATIN, url: interLatin400 },
  { font: 'sans', weight: '700', unicodeRange: LATIN, url: interLatin700 },
  { font: 'sans', weight: '400', unicodeRange: LATIN_EXT, url: interLatinExt400 },
  { font: 'sans', weight: '700', unicodeRange: LATIN_EXT, url: interLatinExt700 },
  { font: 'serif', weight: '400', unicodeRange: LATIN, url: playfairLatin400 },
  { font: 'serif', weight: '700', unicodeRange: LATIN, url: playfairLatin700 },
  { font: 'serif', weight: '400', unicodeRange: LATIN_EXT, url: playfairLatinExt400 },
  { font: 'serif', weight: '700', unicodeRange: LATIN_EXT, url: playfairLatinExt700 },
];
