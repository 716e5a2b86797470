// Which of the shipped font files a deck's slides draw with: the export embeds only those in a bundle, so a deck
// with one sans caption does not carry every face and alphabet the app ships.
import type { Deck } from '../model/deck';
import type { FontFile } from './fontFiles';
import { ANSWER_PLACEHOLDER } from './revealLayout';

type Face = `${FontFile['font']} ${FontFile['weight']}`;

const FACES: readonly Face[] = ['sans 400', 'sans 700', 'serif 400', 'serif 700'];

/** Every string in a value (a reveal: its question, answer title and subtitle, whatever fields it grows). */
function stringsIn(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const entry of value) stringsIn(entry, into);
  else if (value !== null && typeof value === 'object')
    for (const entry of Object.values(value)) stringsIn(entry, into);
  return into;
}

/** The text each face draws on the deck's slides. */
function textByFace(deck: Deck): Map<Face, string[]> {
  const byFace = new Map<Face, string[]>();
  const draw = (face: Face, text: string) => {
    const texts = byFace.get(face) ?? [];
    texts.push(text);
    byFace.set(face, texts);
  };
  for (const slide of deck.slides) {
    for (const item of slide.items) {
      if (item.kind === 'text') draw(`${item.font} ${item.bold ? '700' : '400'}`, item.text);
      // The clue band (slide/PhotoFrame) is bold sans.
      else if (item.clue) draw('sans 700', item.clue);
    }
    if (slide.reveal) {
      // The question and answer cards mix serif and sans, bold and regular (slide/revealLayout): all four,
      // with the placeholder title an empty answer shows.
      const words = [...stringsIn(slide.reveal, []), ANSWER_PLACEHOLDER].join('\n');
      for (const face of FACES) draw(face, words);
    }
  }
  return byFace;
}

/** A CSS unicode-range ("U+0000-00FF,U+0131") as code point ranges. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part);
    if (!match?.[1]) return [];
    const from = parseInt(match[1], 16);
    return [[from, match[2] ? parseInt(match[2], 16) : from] as [number, number]];
  });
}

function drawsAny(texts: readonly string[], ranges: readonly [number, number][]): boolean {
  for (const text of texts)
    for (const character of text) {
      const code = character.codePointAt(0) ?? 0;
      if (ranges.some(([from, to]) => code >= from && code <= to)) return true;
    }
  return false;
}

/** The files of `files` whose face the deck draws text in, and whose characters that text has. */
export function fontFilesDrawn<File extends FontFile>(deck: Deck, files: readonly File[]): File[] {
  const byFace = textByFace(deck);
  return files.filter((file) => {
    const texts = byFace.get(`${file.font} ${file.weight}`);
    return texts !== undefined && drawsAny(texts, parseUnicodeRange(file.unicodeRange));
  });
}
