// The README.txt inside a bundle: how to open it, for whoever finds the folder on a USB stick or in a mail.
import type { Deck } from '../model/deck';
import { INDEX_HTML } from './bundleLayout';

// CRLF line ends: Notepad on older Windows shows a text with bare LF ends as one long line.
export function bundleReadme(deck: Deck): string {
  const title = deck.title.trim() === '' ? 'This slideshow' : `"${deck.title.trim()}"`;
  return [
    `${title} - a slideshow made with Common Thread`,
    '',
    'HOW TO OPEN IT',
    '1. Unzip the whole folder first (right-click the zip > "Extract all" on Windows; double-click it on a Mac).',
    `   Opening ${INDEX_HTML} from inside the zip does not work: it needs the files beside it.`,
    `2. Double-click ${INDEX_HTML}: the slideshow opens in your web browser.`,
    '3. Press the right arrow key or Space (or a clicker) for the next photo; the left arrow goes back.',
    '',
    'It works offline: nothing is sent anywhere and nothing needs installing.',
    'It can also be put on any static web host (copy the whole folder; any sub-folder works).',
    'To edit it, open this zip in Common Thread with "Open bundle".',
    '',
    'What is inside: index.html (the page), player.js (the player), deck.json (the slides)',
    'and the photos in the media folder.',
    '',
  ].join('\r\n');
}
