// Benchmark: the size of the player every bundle carries (player.js), its code apart from the fonts it inlines.
import { figure, measured, phase } from './benchmark';
import type { Benchmark, Measurement } from './benchmark';

const PLAYER = 'player';
/** A font inlined as a data URL, as the player's build writes each one. */
const FONT_DATA_URL = /data:font\/[a-z0-9]+;base64,[A-Za-z0-9+/=]+/g;

async function gzipBytes(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function measurePlayer(): Promise<Measurement> {
  const { playerScript } = await import('virtual:bundle-player');
  const fonts = playerScript.match(FONT_DATA_URL) ?? [];
  const code = playerScript.replace(FONT_DATA_URL, '');
  return {
    rawKiB: new Blob([playerScript]).size / 1024,
    gzipKiB: (await gzipBytes(playerScript)) / 1024,
    codeGzipKiB: (await gzipBytes(code)) / 1024,
    fontKiB: fonts.reduce((sum, font) => sum + font.length, 0) / 1024,
    fonts: fonts.length,
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
        note: `player.js's code without the fonts it inlines, gzip; baseline: the whole player.js gzip (${measured(player, 'rawKiB').toFixed(0)} KiB raw)`,
      }),
      fonts: figure({
        value: measured(player, 'fontKiB'),
        baseline: measured(player, 'rawKiB'),
        unit: 'KiB',
        note: `the ${measured(player, 'fonts')} font files player.js inlines as base64, whatever the deck uses; baseline: the whole player.js, raw`,
      }),
    };
  },
};
