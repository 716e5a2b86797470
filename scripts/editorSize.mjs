// The editor's first load as the built app serves it: the scripts index.html names (its entry and the chunks it
// preloads), gzip, beside every script of the build. Used by `npm run bench` (figure editorSize.initialJs).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const KiB = 1024;

/** Scripts a page's HTML loads at once: module scripts and modulepreload links. */
export function initialScripts(html) {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => /type="module"|rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1])
    .filter((src) => src !== undefined)
    .map((src) => src.replace(/^\.?\//, ''));
}

export async function measureEditorSize(root) {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'common-thread-size-'));
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const gzip = (file) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).byteLength;
    const initial = initialScripts(readFileSync(path.join(outDir, 'index.html'), 'utf8'));
    const all = readdirSync(path.join(outDir, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `assets/${name}`);
    const sum = (files) => files.reduce((total, file) => total + gzip(file), 0) / KiB;
    return { initialKiB: sum(initial), allKiB: sum(all), initialCount: initial.length, allCount: all.length };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
