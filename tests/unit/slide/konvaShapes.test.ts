// The app draws with Konva's core and only the shapes src/slide/konva.ts registers. Every react-konva element a
// module of src/ imports must be one of those (or of the core): an unregistered one would draw nothing. The
// browser tests import the whole of Konva for their own checks, so they would not notice.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KONVA_SHAPES } from '../../../src/slide/konva';

const SRC = path.resolve(import.meta.dirname, '../../../src');
/** In konva/lib/Core: the containers, the free-drawing Shape, and the types react-konva exports. */
const CORE = [
  'Stage',
  'Layer',
  'FastLayer',
  'Group',
  'Shape',
  'KonvaNodeComponent',
  'KonvaNodeEvents',
  'StageProps',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('the Konva shapes the app uses', () => {
  it('are registered by src/slide/konva.ts', () => {
    const used = new Set<string>();
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'[^']*\/?reactKonva'/g)) {
        for (const name of (match[1] ?? '').split(',')) {
          const imported = name
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0];
          if (imported) used.add(imported);
        }
      }
    }
    expect(used.size).toBeGreaterThan(3);
    const known = new Set<string>([...CORE, ...KONVA_SHAPES]);
    expect([...used].filter((name) => !known.has(name))).toEqual([]);
  });
});
