// The bundle's player takes its font files from the page (what the export embedded: only the files the deck's
// text uses), in place of the app's asset list, src/slide/fontFiles.ts: vite-plugins/bundlePlayer.ts swaps this
// module in for that one, so no font is built into player.js.
import { FONTS_SCRIPT_ID } from '../bundle/bundleLayout';
import { parseBundleFonts } from '../bundle/bundleFonts';
import type { FontFile } from '../slide/fontFiles';

// index.html puts the fonts script before player.js, so it is there when this runs.
export const FONT_FILES: readonly FontFile[] = parseBundleFonts(
  document.getElementById(FONTS_SCRIPT_ID)?.textContent ?? null,
);
