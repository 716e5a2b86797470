// The exported bundle's index.html: the deck embedded as JSON, and the classic player script beside it.
import type { Deck } from '../model/deck';
import { DECK_SCRIPT_ID, PLAYER_JS } from './bundleLayout';

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
const STYLE = `html, body, #app { width: 100%; height: 100%; margin: 0; padding: 0; overflow: hidden; background: #000; }
.hint { color: #ccc; font: 18px/1.5 system-ui, sans-serif; padding: 2em; max-width: 40em; }
#app .hint { opacity: 0; animation: show-hint 0s linear 2s forwards; }
@keyframes show-hint { to { opacity: 1; } }`;

export function bundleIndexHtml(deck: Deck): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(deck.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<div id="app"><p class="hint">Loading the slideshow… If this stays, unzip the whole bundle first (index.html needs the player.js file and the media folder beside it), then open index.html again.</p></div>
<noscript><p class="hint">This slideshow needs JavaScript. Turn JavaScript on in your browser, then open index.html again.</p></noscript>
<script type="application/json" id="${DECK_SCRIPT_ID}">${scriptSafeJson(deck)}</script>
<script src="${PLAYER_JS}"></script>
</body>
</html>
`;
}
