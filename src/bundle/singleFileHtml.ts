// The single-file export: index.html with the player script inline and every photo embedded as base64, for
// places that refuse zip attachments. Opens and plays like the zip's index.html, from anywhere.
import type { Deck } from '../model/deck';
import { pageStart } from './bundleIndexHtml';
import type { BundleFont } from './bundleFonts';
import { MEDIA_SCRIPT_ATTRIBUTE } from './bundleLayout';
import type { BundlePhoto } from './exportPhoto';

/**
 * The player's text made safe inside a `<script>` element: "</script" would end it early and "<!--" would
 * change how the parser reads it. Minified code only holds these inside strings and regular expressions,
 * where "<\/" and "<\!--" mean the same.
 */
export function inlineScriptText(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

// A multiple of 3, so each slice's base64 joins the next with no padding in between.
const BASE64_SLICE = 3 * 64 * 1024;

/** Base64 of the bytes, as Blob parts of ~256 kB: a 20 MB photo never becomes one huge string. */
function base64Parts(bytes: Uint8Array): string[] {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += BASE64_SLICE) {
    const slice = bytes.subarray(start, start + BASE64_SLICE);
    let binary = '';
    for (let i = 0; i < slice.length; i += 0x8000) {
      binary += String.fromCharCode(...slice.subarray(i, i + 0x8000));
    }
    parts.push(btoa(binary));
  }
  return parts;
}

export async function singleFileHtml(
  deck: Deck,
  photos: readonly BundlePhoto[],
  playerScript: string,
  fonts: readonly BundleFont[] = [],
): Promise<Blob> {
  const script = inlineScriptText(playerScript);
  // The policy admits exactly this script, by its hash: nothing else on the page can run.
  const hash = await sha256Base64(script);
  const parts: BlobPart[] = [pageStart(deck, { script: `'sha256-${hash}'` }, 'single', { fonts })];
  for (const photo of photos) {
    // Not JavaScript, so never run: the player reads each element's text and makes a blob: URL of it.
    parts.push(
      `<script type="application/octet-stream" ${MEDIA_SCRIPT_ATTRIBUTE}="${photo.meta.id}" data-type="${photo.meta.mimeType}">`,
      ...base64Parts(photo.bytes),
      '</script>\n',
    );
  }
  parts.push(`<script>${script}</script>\n</body>\n</html>\n`);
  return new Blob(parts, { type: 'text/html' });
}
