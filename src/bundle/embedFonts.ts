// At export: the shipped font files the deck's text draws with (slide/fontsDrawn), read and made data: URLs for
// the page (./bundleFonts). A deck with one sans caption carries one or two files, not all eight.
import type { Deck } from '../model/deck';
import { FONT_FILES, type FontFile } from '../slide/fontFiles';
import { fontFilesDrawn } from '../slide/fontsDrawn';
import { fontDataUrl, type BundleFont } from './bundleFonts';

async function fetchFont(file: FontFile): Promise<Uint8Array> {
  const response = await fetch(file.url);
  if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The shipped font files the deck's text draws with, as the bundle carries them. A file that cannot be read is
 * left out (its text falls back to the theme's family); the export goes on.
 */
export async function embedFonts(
  deck: Deck,
  readFont: (file: FontFile) => Promise<Uint8Array> = fetchFont,
): Promise<BundleFont[]> {
  const read = await Promise.all(
    fontFilesDrawn(deck, FONT_FILES).map(async (file): Promise<BundleFont | null> => {
      try {
        return { ...file, url: fontDataUrl(await readFont(file)) };
      } catch {
        return null;
      }
    }),
  );
  return read.filter((font) => font !== null);
}
