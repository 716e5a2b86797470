// What every strip must hold for any input: it ends in time and never grows the file; when it says the
// result is clean, a second strip changes nothing and says clean too (so the hash of a stored photo is a
// stable id). A result that is not clean is never stored: the importer keeps only the pixels.
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { stripLocationOrFlag } from '../../../../src/media/stripLocation';
import { withinBudget } from './fuzzBudget';

export function checkStrip(file: Uint8Array): void {
  const once = withinBudget('stripLocationOrFlag', () => stripLocationOrFlag(file.slice()));
  expect(once.bytes.length).toBeLessThanOrEqual(file.length);
  const stripped = once.bytes.slice();
  const twice = withinBudget('stripLocationOrFlag again', () => stripLocationOrFlag(stripped.slice()));
  if (!once.clean) return;
  if (!sameBytes(twice.bytes, stripped)) dumpAndFail('a second strip changed the file', file);
  if (!twice.clean) dumpAndFail('a clean strip was not clean the second time', file);
}

/** Byte equality without the matcher's per-element cost (these arrays run to hundreds of kilobytes). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Fails with a short message; with FUZZ_DUMP set, writes the input there to replay it. */
export function dumpAndFail(message: string, input: Uint8Array): never {
  const dump = process.env.FUZZ_DUMP;
  if (dump) writeFileSync(dump, input);
  throw new Error(`${message} (${input.length} bytes${dump ? `, written to ${dump}` : ''})`);
}
