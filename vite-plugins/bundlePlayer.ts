// Vite plugin: serves `virtual:bundle-player`, the standalone player built as one classic IIFE script for bundles.
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, normalizePath } from 'vite';
import type { Plugin, Rolldown } from 'vite';
import { assertInlineSafe, makeInlineSafe } from './inlineSafeScript.ts';

const VIRTUAL_ID = 'virtual:bundle-player';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const PLAYER_ENTRY = 'src/player/playerEntry.tsx';

/**
 * Builds the player with Vite's own build API. A classic script, not a module: pages opened from
 * file:// may not load module scripts. One chunk, because the bundle has nowhere to load a second from.
 */
export async function buildPlayerScript(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    envDir: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    clearScreen: false,
    publicDir: false,
    plugins: [fontsFromThePage(root), react()],
    // Vite decides "production" from the process's NODE_ENV, which is "development" in the dev server and
    // "test" under Vitest; the player must be the production build whichever process builds it (dev JSX
    // would also leak this machine's file paths into every bundle).
    define: {
      'process.env.NODE_ENV': '"production"',
      'import.meta.env.DEV': 'false',
      'import.meta.env.PROD': 'true',
      'import.meta.env.MODE': '"production"',
    },
    oxc: { jsx: { development: false } },
    build: {
      write: false,
      minify: true,
      emptyOutDir: false,
      copyPublicDir: false,
      // Any asset becomes a data URL inside the script: a file:// page may not fetch it. (Not the fonts: the page
      // carries those the deck uses, see fontsFromThePage.)
      assetsInlineLimit: () => true,
      lib: {
        entry: path.resolve(root, PLAYER_ENTRY),
        name: 'CommonThreadPlayer',
        formats: ['iife'],
        fileName: () => 'player.js',
      },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  // The single HTML file puts this script inline: the build fails rather than ship one that would break it.
  const script = makeInlineSafe(singleChunk(result));
  assertInlineSafe(script, 'bundle player');
  return script;
}

/**
 * The player takes its font files from the page (src/player/pageFontFiles.ts), where the export embeds only
 * those the deck's text uses, in place of the app's list of every shipped file (src/slide/fontFiles.ts).
 */
function fontsFromThePage(root: string): Plugin {
  // Vite's ids use forward slashes on every system.
  const shipped = normalizePath(path.resolve(root, 'src/slide/fontFiles.ts'));
  const fromThePage = normalizePath(path.resolve(root, 'src/player/pageFontFiles.ts'));
  return {
    name: 'bundle-player-fonts-from-the-page',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer !== undefined && normalizePath(importer) === fromThePage) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && normalizePath(resolved.id) === shipped ? fromThePage : null;
    },
  };
}

function singleChunk(result: Awaited<ReturnType<typeof build>>): string {
  if (!Array.isArray(result) && !('output' in result))
    throw new Error('bundle player: expected build output');
  const outputs: readonly Rolldown.RolldownOutput[] = Array.isArray(result) ? result : [result];
  const files = outputs.flatMap((output) => output.output);
  const chunks = files.filter((file) => file.type === 'chunk');
  const first = chunks[0];
  // A stylesheet or second chunk would be silently missing from the bundle, so refuse it loudly.
  if (files.length !== 1 || first === undefined) {
    throw new Error(
      `bundle player: expected exactly one script, got ${files.map((file) => file.fileName).join(', ')}`,
    );
  }
  return first.code;
}

export function bundlePlayer(): Plugin {
  let root = process.cwd();
  let cached: Promise<string> | null = null;

  const playerScript = (): Promise<string> => {
    if (cached === null) {
      cached = buildPlayerScript(root);
      // A failed build must not stick: the next import tries again (after the file is fixed).
      cached.catch(() => {
        cached = null;
      });
    }
    return cached;
  };

  return {
    name: 'bundle-player',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export const playerScript = ${JSON.stringify(await playerScript())};\n`;
    },
    configureServer(server) {
      const sourceFolder = path.join(root, 'src') + path.sep;
      const onFileChange = (file: string) => {
        if (!path.resolve(file).startsWith(sourceFolder)) return;
        cached = null;
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
      };
      server.watcher.on('change', onFileChange);
      server.watcher.on('add', onFileChange);
      server.watcher.on('unlink', onFileChange);
    },
  };
}
