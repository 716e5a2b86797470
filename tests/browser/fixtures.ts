// The shared real photos for browser tests: fetched through Vite's /@fs/ route; absent in a clone elsewhere.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturesDir: string;
  }
}

export const fixturesDir = inject('fixturesDir');
export const haveFixtures = fixturesDir !== '';
export const noFixturesMessage =
  'The shared fixtures folder is missing (a clone elsewhere): skipping tests of real photos.';

/** A fixture file as a File, named as on disk. `relative` is e.g. "formats/fallen-leaf_cmyk_1280x800.jpg". */
export async function fixtureFile(relative: string): Promise<File> {
  const response = await fetch(`/@fs${fixturesDir}/${relative.split('/').map(encodeURIComponent).join('/')}`);
  if (!response.ok) throw new Error(`fixture ${relative} could not be fetched (${response.status})`);
  const name = relative.split('/').pop() ?? relative;
  return new File([await response.blob()], name);
}
