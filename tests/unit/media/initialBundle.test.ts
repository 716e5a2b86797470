// The app's first load carries no HEIC decoder: libheif is a chunk of its own, fetched on the first HEIC.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Manifest } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
// A string only libheif's code contains (an exported libheif function name).
const LIBHEIF_MARK = 'heif_context_alloc';
// A string of the import code itself (the kind of a problem only importPhoto finds), wherever it is bundled:
// main thread or worker. The words for it (src/words/) name the kind too, but are never in the worker.
const IMPORT_MARK = 'heic-conversion-failed';

describe('the production build', () => {
  let outDir = '';
  let manifest: Manifest = {};

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'common-thread-build-'));
    await build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  }, 240_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  function hasLibheif(file: string): boolean {
    return readFileSync(path.join(outDir, file), 'utf8').includes(LIBHEIF_MARK);
  }

  function jsFiles(): string[] {
    return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  }

  it('loads no libheif with the entry or anything it imports statically', () => {
    const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
    expect(entries.length).toBeGreaterThan(0);
    const initial = new Set<string>();
    const visit = (key: string) => {
      if (initial.has(key)) return;
      initial.add(key);
      for (const imported of manifest[key]?.imports ?? []) visit(imported);
    };
    for (const [key] of entries) visit(key);
    for (const key of initial) {
      const chunk = manifest[key];
      expect(chunk?.src ?? '', key).not.toMatch(/libheif/);
      if (chunk?.file.endsWith('.js')) expect(hasLibheif(chunk.file), chunk.file).toBe(false);
    }
  });

  it('has libheif in a chunk of its own, reached only by a dynamic import', () => {
    const withLibheif = jsFiles().filter(hasLibheif);
    expect(withLibheif.length).toBeGreaterThan(0);
    // Where the manifest lists the chunk (the worker bundle may not be listed), nothing imports it statically.
    const libheifKeys = Object.entries(manifest)
      .filter(([, chunk]) => withLibheif.includes(chunk.file))
      .map(([key]) => key);
    for (const key of libheifKeys) {
      const staticImporters = Object.values(manifest).filter((chunk) => chunk.imports?.includes(key));
      const dynamicImporters = Object.values(manifest).filter((chunk) => chunk.dynamicImports?.includes(key));
      expect(staticImporters, key).toEqual([]);
      expect(dynamicImporters.length, key).toBeGreaterThan(0);
    }
  });

  it('keeps libheif out of the import code itself, in the main thread and in the import worker alike', () => {
    // A worker bundled as one classic script (Vite's default worker format, 'iife') inlines its dynamic
    // imports: every worker would then download 2 MB of decoder on start, HEIC or not.
    const importCode = jsFiles().filter((f) =>
      readFileSync(path.join(outDir, f), 'utf8').includes(IMPORT_MARK),
    );
    expect(importCode.length).toBeGreaterThan(0);
    expect(
      importCode.some((file) => path.basename(file).startsWith('importJob')),
      'the worker is checked',
    ).toBe(true);
    for (const file of importCode) expect(hasLibheif(file), `${file} inlines libheif`).toBe(false);
  });

  it('carries each media library once: the page, the import workers and the bundle opener share one copy', () => {
    // Each worker script is bundled apart from the page and from other worker scripts, so every library it
    // uses is copied into it; the app has one worker script (src/worker/appWorker.ts) for all its jobs.
    const marks = {
      libheif: LIBHEIF_MARK,
      exifr: 'Unknown file format',
      smartcrop: 'skinBias',
    };
    const files = jsFiles().map((file) => ({ file, text: readFileSync(path.join(outDir, file), 'utf8') }));
    for (const [library, mark] of Object.entries(marks)) {
      const holding = files.filter(({ text }) => text.includes(mark)).map(({ file }) => path.basename(file));
      expect(holding, library).toHaveLength(1);
    }
  });
});
