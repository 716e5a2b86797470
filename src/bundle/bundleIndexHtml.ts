// The exported bundle's index.html: the deck embedded as JSON, and the classic player script beside it.
import type { Deck } from '../model/deck';
import { canonicalDeck } from '../model/serializeDeck';
import type { BundleFont } from './bundleFonts';
import {
  DECK_SCRIPT_ID,
  FIRST_SLIDE_ELEMENT_ID,
  FIRST_SLIDE_JPG,
  FONTS_SCRIPT_ID,
  PLAYER_JS,
} from './bundleLayout';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON that is safe inside a `<script>` element: with no `<` left, user text can never close the tag
 * or open a comment; U+2028/U+2029 are escaped for old parsers that treat them as line ends.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// The hint stays invisible for two seconds, so it only shows when player.js never started: the usual
// cause is a double-click on index.html inside the zip, which extracts that one file and nothing else.
// The first-slide picture covers the player (z-index 1000) until the player has drawn that slide itself; the
// hint shows above it. Without scripting the picture is hidden, so the noscript message stands alone.
export const STYLE = `html, body, #app { width: 100%; height: 100%; margin: 0; padding: 0; overflow: hidden; background: #000; }
.hint { color: #ccc; background: #000; font: 18px/1.5 system-ui, sans-serif; padding: 2em; max-width: 40em; position: relative; z-index: 1002; }
#app .hint { opacity: 0; animation: show-hint 0s linear 2s forwards; }
@keyframes show-hint { to { opacity: 1; } }
#${FIRST_SLIDE_ELEMENT_ID} { position: fixed; inset: 0; z-index: 1001; width: 100%; height: 100%; object-fit: contain; }
@media (scripting: none) { #${FIRST_SLIDE_ELEMENT_ID} { display: none; } }`;

/**
 * sha256 of STYLE, for the Content-Security-Policy: a hash admits exactly this stylesheet and no other inline
 * style. A unit test recomputes it, so changing STYLE without this fails the build's tests.
 */
export const STYLE_HASH = 'sha256-yGlxCPAA316BPhMMnrFEGtSgdsdTGhNbj/VIdJ9II9k=';

/**
 * With a first-slide picture, index.html starts player.js only once the picture is painted: evaluating the
 * player takes the main thread for a few hundred ms, and a page cannot paint meanwhile. Half a second at most,
 * so a picture that fails to decode never holds the show back.
 */
export const PLAYER_LOADER = `(function () {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var script = document.createElement('script');
    script.src = '${PLAYER_JS}';
    document.body.appendChild(script);
  }
  var picture = document.getElementById('${FIRST_SLIDE_ELEMENT_ID}');
  if (!picture) return start();
  picture.decode().then(function () {
    requestAnimationFrame(function () { setTimeout(start, 0); });
  }, start);
  setTimeout(start, 500);
})();`;

/** sha256 of PLAYER_LOADER, for the Content-Security-Policy (recomputed by a unit test, as STYLE_HASH is). */
export const PLAYER_LOADER_HASH = 'sha256-SiiZVPtlRYdFwXrg6ilj3lvBGFhtC0PoE7WHnb5Gj+8=';

export type PolicyOptions = {
  /** Where the player script may come from: the bundle's own files, and the hash of an inline script. */
  readonly script: "'self'" | `'sha256-${string}'` | `'self' '${string}'`;
};

/**
 * Only what the player needs: its one script, this page's one stylesheet, photos from the bundle's files
 * (or, in a single HTML file, the blob: URLs made from the embedded bytes), and fonts from the data: URLs
 * the page embeds. No network, no plug-ins, no forms, no <base>. 'self' admits file:// pages' own
 * files too, so the same page works unzipped on a laptop and from any folder of a web host.
 */
export function contentSecurityPolicy({ script }: PolicyOptions): string {
  return [
    "default-src 'none'",
    `script-src ${script}`,
    `style-src '${STYLE_HASH}'`,
    "img-src 'self' blob: data:",
    // The single HTML file's photos are blob: URLs made by the page itself, read back to decode them off the
    // main thread (loadPhotoImage); nothing else may be fetched.
    'connect-src blob:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const HINT_ZIP =
  'Loading the slideshow… If this stays, unzip the whole bundle first (index.html needs the player.js file and the media folder beside it), then open index.html again.';
const HINT_SINGLE = 'Loading the slideshow…';
const NOSCRIPT =
  'This slideshow needs JavaScript. Turn JavaScript on in your browser, then open this file again.';

export type PageOptions = {
  /** The first slide as a picture until the player has drawn it (bundleIndexHtml). */
  readonly firstSlidePicture?: boolean;
  /** The font files the deck's text uses (bundle/bundleFonts), read by the player as the page's own. */
  readonly fonts?: readonly BundleFont[];
};

/**
 * The empty icon stops browsers asking the host for /favicon.ico (a 404 in the console of every static host).
 * Everything up to and including the embedded deck: the same in index.html and the single HTML file. The
 * policy holds no user text and no double quote, so it goes into its attribute as it is.
 */
export function pageStart(
  deck: Deck,
  policy: PolicyOptions,
  hint: 'zip' | 'single',
  { firstSlidePicture = false, fonts = [] }: PageOptions = {},
): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(deck.title.trim() === '' ? 'Common Thread slideshow' : deck.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${firstSlidePicture ? `<img id="${FIRST_SLIDE_ELEMENT_ID}" src="${FIRST_SLIDE_JPG}" alt="" decoding="sync">\n` : ''}<div id="app"><p class="hint">${hint === 'zip' ? HINT_ZIP : HINT_SINGLE}</p></div>
<noscript><p class="hint">${NOSCRIPT}</p></noscript>
<script type="application/json" id="${DECK_SCRIPT_ID}">${scriptSafeJson(canonicalDeck(deck))}</script>
${fonts.length > 0 ? `<script type="application/json" id="${FONTS_SCRIPT_ID}">${scriptSafeJson(fonts)}</script>\n` : ''}`;
}

/**
 * With `firstSlidePicture`, the page shows first-slide.jpg (the first slide as the player draws it) the moment
 * it opens, and starts the player script once it is painted (PLAYER_LOADER); the player takes the picture away
 * once it has drawn that slide itself.
 */
export function bundleIndexHtml(deck: Deck, options: PageOptions = {}): string {
  if (!options.firstSlidePicture) {
    return `${pageStart(deck, { script: "'self'" }, 'zip', options)}<script src="${PLAYER_JS}" defer></script>
</body>
</html>
`;
  }
  return `${pageStart(deck, { script: `'self' '${PLAYER_LOADER_HASH}'` }, 'zip', options)}<script>${PLAYER_LOADER}</script>
</body>
</html>
`;
}
