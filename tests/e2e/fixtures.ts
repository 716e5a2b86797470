// Where the shared real photos live, and the lists of good and bad files the e2e tests use.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const fixturesDir = path.resolve(import.meta.dirname, '../../../shared/fixtures');
export const haveFixtures = existsSync(fixturesDir);
export const noFixturesMessage = `The shared fixtures folder ${fixturesDir} is missing (a clone elsewhere): skipping the tests that need real photos.`;

export function fixtureFiles(folder: string): string[] {
  const dir = path.join(fixturesDir, folder);
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The files in bad/ that are not photos at all; the one with a unicode name is a good photo. */
export const badFileNames = [
  'empty_zero-bytes.jpg',
  'script-in-svg.svg',
  'text-file-renamed.jpg',
  'truncated-first-half_ladybird.jpg',
];
