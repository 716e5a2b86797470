// Names of the files inside an exported bundle, so export, open and the player agree on one layout.
import type { MimeType, PhotoMeta } from '../model/deck';

export const INDEX_HTML = 'index.html';
export const PLAYER_JS = 'player.js';
export const DECK_JSON = 'deck.json';
export const README_TXT = 'README.txt';
export const MEDIA_FOLDER = 'media/';
/** The first slide as a picture, shown by index.html until the player has drawn it (not read when opened). */
export const FIRST_SLIDE_JPG = 'first-slide.jpg';
/** The id of the <img> of FIRST_SLIDE_JPG in index.html. */
export const FIRST_SLIDE_ELEMENT_ID = 'first-slide';
/** The id of the `<script type="application/json">` in index.html that holds the deck. */
export const DECK_SCRIPT_ID = 'common-thread-deck';
/** The id of the `<script type="application/json">` in index.html that holds the font files the deck uses. */
export const FONTS_SCRIPT_ID = 'common-thread-fonts';
/** In a single HTML file, each photo is a `<script type="application/octet-stream">` with this attribute (its id). */
export const MEDIA_SCRIPT_ATTRIBUTE = 'data-photo-id';

const FALLBACK_NAME = 'Common Thread deck';
const MAX_NAME_LENGTH = 100;

const EXTENSIONS: Record<MimeType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/heic': 'heic',
};

/** The file extension of a photo type, without the dot. */
export function extensionOf(mimeType: MimeType): string {
  return EXTENSIONS[mimeType];
}

/** The photo's path inside the bundle; made from its id, never from user text, so it is always safe. */
export function mediaPath(photo: PhotoMeta): string {
  return `${MEDIA_FOLDER}${photo.id}.${EXTENSIONS[photo.mimeType]}`;
}

// Control characters and bidi overrides are removed too: the latter can make "gpj.zip" read as "piz.jpg".
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Windows refuses these names whatever follows the first dot ("CON.zip", "con.txt.zip" and "nul .tar.zip"
// cannot be created), also with superscript digits ("COM¹").
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=\s*(\.|$))/i;

/** A file name for the bundle that every common file system accepts, made from the deck title. */
export function bundleFileName(title: string, extension: 'zip' | 'html' = 'zip'): string {
  const cleaned = title.replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  // Leading dots hide the file on macOS and Linux; trailing dots and spaces are dropped by Windows.
  const visible = cleaned.replace(/^[.\s]+/, '');
  // Cut by code point so an emoji is never split in half.
  const short = Array.from(visible)
    .slice(0, MAX_NAME_LENGTH)
    .join('')
    .replace(/[.\s]+$/, '');
  // "con.txt" becomes "con_.txt": the device name is broken and the rest stays as the user wrote it.
  const name = short === '' ? FALLBACK_NAME : short.replace(WINDOWS_RESERVED, '$1_');
  return `${name}.${extension}`;
}
