// The two fonts the app ships (Inter as sans, Playfair Display as serif), registered with the FontFace API.
import { useEffect, useState } from 'react';
import type { TextItem } from '../model/deck';
import { FONT_FILES } from './fontFiles';

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
