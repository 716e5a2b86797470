// Benchmark: the size of the player every bundle carries (player.js), and of the fonts a tribute's page carries
// (only the files its text uses, bundle/embedFonts) beside every file the app ships.
import type { Deck, Slide } from '../src/model/deck';
import type { ItemId, PhotoId } from '../src/model/ids';
import { newDeck, newPhotoItem, newReveal, newSlide } from '../src/model/newDeck';
import { embedFonts } from '../src/bundle/embedFonts';
import { fontDataUrl } from '../src/bundle/bundleFonts';
import { FONT_FILES } from '../src/slide/fontFiles';
import { figure, measured, phase } from './benchmark';
import type { Benchmark, Measurement } from './benchmark';

const PLAYER = 'player';
/** A font inlined as a data URL, as the player's build writes each one. */
const FONT_DATA_URL = /data:font\/[a-z0-9]+;base64,[A-Za-z0-9+/=]+/g;

async function gzipBytes(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** A tribute as the wizard makes it: a quiz slide with a clue, and a closing caption in bold serif. */
function tributeDeck(): Deck {
  const photoId = 'a'.repeat(64) as PhotoId;
  const quiz: Slide = {
    ...newSlide(),
    items: [
      {
        ...newPhotoItem(photoId, { x: 0, y: 0, width: 960, height: 1080 }, 'p1' as ItemId),
        clue: 'Lisbon, 2016',
      },
    ],
    reveal: { ...newReveal(['p1'] as ItemId[]), answer: { title: 'Ana and Rui!' } },
  };
  const closing: Slide = {
    ...newSlide(),
    items: [
      {
        kind: 'text',
        id: 't1' as ItemId,
        text: 'Thank you, Ana and Rui',
        x: 160,
        y: 800,
        width: 1600,
        fontSize: 96,
        color: '#ffffff',
        align: 'center',
        font: 'serif',
        bold: true,
        appears: 'start',
      },
    ],
  };
  return { ...newDeck(new Date('2026-01-01T00:00:00Z')), slides: [quiz, closing] };
}

async function readFont(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

async function measurePlayer(): Promise<Measurement> {
  const { playerScript } = await import('virtual:bundle-player');
  const inlined = playerScript.match(FONT_DATA_URL) ?? [];
  const code = playerScript.replace(FONT_DATA_URL, '');
  const shipped = await Promise.all(FONT_FILES.map(async (file) => fontDataUrl(await readFont(file.url))));
  const carried = await embedFonts(tributeDeck(), (file) => readFont(file.url));
  const kib = (urls: readonly string[]) => urls.reduce((sum, url) => sum + url.length, 0) / 1024;
  return {
    rawKiB: new Blob([playerScript]).size / 1024,
    gzipKiB: (await gzipBytes(playerScript)) / 1024,
    codeGzipKiB: (await gzipBytes(code)) / 1024,
    inlinedFonts: inlined.length,
    tributeFontKiB: kib(carried.map((font) => font.url)),
    tributeFonts: carried.length,
    shippedFontKiB: kib(shipped),
    shippedFonts: shipped.length,
  };
}

export const playerSizeBench: Benchmark = {
  name: 'playerSize',
  needsFixtures: false,
  phases: [PLAYER],
  run: () => measurePlayer(),
  figures(medians) {
    const player = phase(medians, PLAYER);
    return {
      code: figure({
        value: measured(player, 'codeGzipKiB'),
        baseline: measured(player, 'gzipKiB'),
        unit: 'KiB',
        target: 'value <= 120',
        note: `player.js's code without any font it inlines (${measured(player, 'inlinedFonts')}), gzip; baseline: the whole player.js gzip (${measured(player, 'rawKiB').toFixed(0)} KiB raw)`,
      }),
      fonts: figure({
        value: measured(player, 'tributeFontKiB'),
        baseline: measured(player, 'shippedFontKiB'),
        unit: 'KiB',
        note: `the ${measured(player, 'tributeFonts')} font files a tribute's page carries (a quiz with a clue, a bold serif caption), base64; baseline: all ${measured(player, 'shippedFonts')} files the app ships, as every bundle carried them before`,
      }),
    };
  },
};
