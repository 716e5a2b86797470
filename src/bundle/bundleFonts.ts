// The font files a bundle carries (chosen and read by ./embedFonts): embedded in the page as data: URLs in a
// JSON script element, since a page opened from file:// may not fetch font files, and read back by the bundle's
// player, which takes nothing of it it has not checked.
import type { FontFile } from '../slide/fontFiles';

/** A font file as a bundle carries it: its bytes in the URL. */
export type BundleFont = FontFile & { readonly url: `data:font/woff2;base64,${string}` };

/** More than the app ships (8) is not a bundle it wrote; a crafted page gets no more than this registered. */
const MAX_FONTS = 16;
const MAX_RANGE_LENGTH = 1000;
const DATA_URL_START = 'data:font/woff2;base64,';

function isBundleFont(value: unknown): value is BundleFont {
  if (value === null || typeof value !== 'object') return false;
  const { font, weight, unicodeRange, url } = value as Record<string, unknown>;
  return (
    (font === 'sans' || font === 'serif') &&
    (weight === '400' || weight === '700') &&
    typeof unicodeRange === 'string' &&
    unicodeRange.length <= MAX_RANGE_LENGTH &&
    /^[Uu+0-9A-Fa-f,\- ]*$/.test(unicodeRange) &&
    typeof url === 'string' &&
    url.startsWith(DATA_URL_START)
  );
}

/** The fonts of a page's fonts script (`jsonText` null when it has none): what is not a font is left out. */
export function parseBundleFonts(jsonText: string | null): BundleFont[] {
  if (jsonText === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch {
    return [];
  }
  return Array.isArray(json) ? json.slice(0, MAX_FONTS).filter(isBundleFont) : [];
}

/** The base64 of a font file's bytes, as a data: URL. */
export function fontDataUrl(bytes: Uint8Array): BundleFont['url'] {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `${DATA_URL_START}${btoa(binary)}`;
}
