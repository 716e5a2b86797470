// The standalone player that the Vite plugin builds: one classic script, loadable from file://.
import vm from 'node:vm';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';

describe('virtual:bundle-player', () => {
  it(
    'is one classic IIFE script with no module syntax and no fetch but of a blob: URL',
    { timeout: 60_000 },
    async () => {
      const { playerScript } = await import('virtual:bundle-player');
      expect(playerScript.length).toBeGreaterThan(10_000);
      // A classic script compiles as one; an import or export statement would be a syntax error here.
      expect(() => new vm.Script(playerScript, { filename: 'player.js' })).not.toThrow();

      const program = parseAst(playerScript);
      const statements = program.body.filter(
        (node) => !(node.type === 'ExpressionStatement' && node.expression.type === 'Literal'),
      );
      expect(statements.map((node) => node.type)).not.toContain('ImportDeclaration');
      expect(statements).toHaveLength(1);
      const [only] = statements;
      const call =
        only?.type === 'ExpressionStatement'
          ? only.expression
          : only?.type === 'VariableDeclaration'
            ? only.declarations[0]?.init
            : undefined;
      expect(call?.type).toBe('CallExpression');
      if (call?.type === 'CallExpression') {
        expect(['FunctionExpression', 'ArrowFunctionExpression']).toContain(call.callee.type);
      }

      // Pages opened from file:// cannot fetch: the player loads photos through <img> URLs. Its one fetch is of a
      // blob: URL (loadPhotoImage), guarded by the URL's scheme, with the <img> as its fallback.
      const fetches = [...playerScript.matchAll(/\bfetch\s*\(/g)];
      expect(fetches.length).toBeLessThanOrEqual(1);
      for (const call of fetches)
        expect(playerScript.slice(Math.max(0, call.index - 120), call.index)).toContain('blob:');
      expect(playerScript).not.toContain('import.meta');
      // It goes inline into the single HTML file: nothing in it may end or bend the <script> element.
      expect(playerScript).not.toMatch(/<!--|<\/?script/i);
      // The production build whatever process built it: no dev JSX, which also carries this machine's paths.
      expect(playerScript).not.toContain('jsxDEV');
      expect(playerScript).not.toContain(process.cwd());
      // No font built in: the page carries the files the deck's text uses (bundle/embedFonts).
      // (A woff2 file starts "wOF2", "d09GMg" in base64.)
      expect(playerScript).not.toContain('base64,d09GMg');
      expect(playerScript).toContain('common-thread-fonts');
      // The entry really is in there: it looks for the deck by this id.
      expect(playerScript).toContain('common-thread-deck');
    },
  );
});
