// The README's list of keys is written from the keys' own tables, never by hand: this test fails while the
// list differs from the tables, and `npm run docs:keys` (UPDATE_README_KEYS=1) writes it anew.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANVAS_KEYS, CROP_KEYS } from '../../../src/editor/canvas/keys/canvasKeyHelp';
import { PLAYER_KEYS } from '../../../src/present/playerKeys';

const README = path.resolve(import.meta.dirname, '../../../README.md');
const START = '<!-- keys:start -->';
const END = '<!-- keys:end -->';

function table(heading: string, rows: readonly (readonly [string, string])[]): string {
  const lines = rows.map(
    ([keys, does]) => `| ${keys.replaceAll('|', '\\|')} | ${does.replaceAll('|', '\\|')} |`,
  );
  return [`**${heading}**`, '', '| Keys | What they do |', '| --- | --- |', ...lines].join('\n');
}

/** The README's list of keys, from the tables. */
function keysMarkdown(): string {
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return [
    table(
      'Presenting (in the app and in an exported bundle)',
      PLAYER_KEYS.map((entry) => [entry.names, capital(entry.does)]),
    ),
    table(
      'On the slide canvas',
      CANVAS_KEYS.filter((entry) => entry.action !== 'paste').map((entry) => [
        capital(entry.keys),
        capital(entry.does),
      ]),
    ),
    table(
      'While cropping a photo',
      CROP_KEYS.map((entry) => [capital(entry.keys), capital(entry.does)]),
    ),
  ].join('\n\n');
}

function withKeys(readme: string, keys: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, start + START.length)}\n${keys}\n${readme.slice(end)}`;
}

describe("the README's keys", () => {
  it('are the keys the tables hold', () => {
    const readme = readFileSync(README, 'utf8');
    const wanted = withKeys(readme, keysMarkdown());
    if (process.env.UPDATE_README_KEYS === '1' && wanted !== readme) writeFileSync(README, wanted);
    const current = process.env.UPDATE_README_KEYS === '1' ? readFileSync(README, 'utf8') : readme;
    expect(current, 'README.md lists other keys than the tables: run `npm run docs:keys`').toBe(wanted);
  });
});
