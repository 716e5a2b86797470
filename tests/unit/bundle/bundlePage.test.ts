// The bundle's README, its page's Content-Security-Policy, and the single-file HTML's pieces.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  bundleIndexHtml,
  contentSecurityPolicy,
  STYLE,
  STYLE_HASH,
} from '../../../src/bundle/bundleIndexHtml';
import { bundleReadme } from '../../../src/bundle/bundleReadme';
import { inlineScriptText, singleFileHtml, sha256Base64 } from '../../../src/bundle/singleFileHtml';
import { parseEmbeddedDeck } from '../../../src/bundle/embeddedDeck';
import { testDeck, twoPhotos } from './bundleTestDeck';

const photos = twoPhotos();
const deck = testDeck(photos);

function policyOf(html: string): Map<string, string> {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  if (!match?.[1]) throw new Error('no policy');
  return new Map(
    match[1].split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('bundleReadme', () => {
  const readme = bundleReadme(deck);
  it('names the deck and says how to open it, that it works offline, on a web host, and how to edit it', () => {
    expect(readme).toContain('"Ten years of Ana & Rui"');
    expect(readme).toMatch(/unzip the whole folder/i);
    expect(readme).toMatch(/double-click index\.html/i);
    expect(readme).toMatch(/offline/);
    expect(readme).toMatch(/static web host/);
    expect(readme).toMatch(/Open bundle/);
    expect(readme).toContain('\r\n');
    expect(readme.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe("index.html's Content-Security-Policy", () => {
  const html = bundleIndexHtml(deck);
  const policy = policyOf(html);

  it('comes before any script or style, so it covers them all', () => {
    const at = html.indexOf('Content-Security-Policy');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(html.indexOf('<style>'));
    expect(at).toBeLessThan(html.indexOf('<script'));
  });

  it('allows nothing by default, only the player from the bundle, and no inline script', () => {
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('script-src')).not.toContain('unsafe');
    expect(policy.get('img-src')).toBe("'self' blob: data:");
    expect(policy.get('font-src')).toBe('data:');
    expect(policy.get('base-uri')).toBe("'none'");
    // Only the page's own blob: URLs may be read (the single file's photos); no network at all.
    expect(policy.get('connect-src')).toBe('blob:');
  });

  it("admits the page's one stylesheet by its real hash", () => {
    expect(`sha256-${createHash('sha256').update(STYLE).digest('base64')}`).toBe(STYLE_HASH);
    expect(policy.get('style-src')).toBe(`'${STYLE_HASH}'`);
    expect(html).toContain(`<style>${STYLE}</style>`);
  });

  it('builds the script source from what it is given', () => {
    expect(contentSecurityPolicy({ script: "'sha256-abc'" })).toContain("script-src 'sha256-abc';");
  });
});

describe('singleFileHtml', () => {
  const player = 'var s="</script><!-- x";console.log(s);';

  it('escapes what would end the inline script early', () => {
    expect(inlineScriptText(player)).toBe('var s="<\\/script><\\!-- x";console.log(s);');
    // "<\/" in a JavaScript (or JSON) string is the same as "</".
    expect(JSON.parse('"<\\/script>"')).toBe('</script>');
  });

  it('holds the deck, every photo as base64 and the player inline, admitted by its sha256 only', async () => {
    const html = await (await singleFileHtml(deck, photos, player)).text();
    const policy = policyOf(html);
    const script = inlineScriptText(player);
    expect(policy.get('script-src')).toBe(`'sha256-${await sha256Base64(script)}'`);
    expect(`'sha256-${createHash('sha256').update(script).digest('base64')}'`).toBe(policy.get('script-src'));
    expect(html).toContain(`<script>${script}</script>`);
    expect(html).not.toContain('src="player.js"');
    for (const photo of photos) {
      const match = new RegExp(
        `<script type="application/octet-stream" data-photo-id="${photo.meta.id}" data-type="${photo.meta.mimeType}">([A-Za-z0-9+/=]*)</script>`,
      ).exec(html);
      expect(Buffer.from(match?.[1] ?? '', 'base64')).toEqual(Buffer.from(photo.bytes));
    }
    const json = /<script type="application\/json" id="common-thread-deck">([\s\S]*?)<\/script>/.exec(
      html,
    )?.[1];
    expect(parseEmbeddedDeck(json ?? null)).toEqual({ ok: true, deck });
    expect(html).toContain('<noscript>');
    expect(html).toContain('<title>Ten years of Ana &amp; Rui</title>');
  });

  it('encodes a photo larger than one base64 slice without padding in the middle', async () => {
    const big = { meta: photos[0]!.meta, bytes: new Uint8Array(700_001).map((_, i) => (i * 31) & 255) };
    const html = await (await singleFileHtml(deck, [big], player)).text();
    const base64 = /data-photo-id="[0-9a-f]+" data-type="[^"]+">([^<]*)</.exec(html)?.[1] ?? '';
    expect(base64.slice(0, -2)).not.toContain('=');
    // Buffer.equals: a deep toEqual over 700 000 elements takes seconds.
    expect(Buffer.from(base64, 'base64').equals(Buffer.from(big.bytes))).toBe(true);
  });
});
