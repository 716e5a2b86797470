// The bundle's index.html: user text escaped, the deck embedded so it parses back, classic scripts only.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { PLAYER_LOADER, PLAYER_LOADER_HASH, bundleIndexHtml } from '../../../src/bundle/bundleIndexHtml';
import { parseEmbeddedDeck } from '../../../src/bundle/embeddedDeck';
import { CURRENT_SCHEMA_VERSION } from '../../../src/model/deck';
import { embeddedDeckWords } from '../../../src/words/bundleWords';
import { testDeck, twoPhotos } from './bundleTestDeck';

const EMBEDDED = /<script type="application\/json" id="common-thread-deck">([\s\S]*?)<\/script>/;

function embeddedJson(html: string): string {
  const match = EMBEDDED.exec(html);
  if (!match?.[1]) throw new Error('no embedded deck');
  return match[1];
}

describe('bundleIndexHtml', () => {
  const hostile = '</script><script>alert(1)</script>';
  const deck = testDeck(twoPhotos(), {
    title: hostile,
    question: 'Who wrote </script><!-- this & "that"?\u2028next\u2029line',
  });
  const html = bundleIndexHtml(deck);

  it('escapes the title', () => {
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).not.toContain(hostile);
  });

  it('has exactly two script elements: the deck data and the classic player script, deferred', () => {
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<script src="player.js" defer></script>');
    expect(html).not.toMatch(/type="module"/);
    // The player script comes last in body, after #app exists.
    expect(html.indexOf('<div id="app">')).toBeLessThan(html.indexOf('<script src="player.js"'));
    expect(html.indexOf('<script src="player.js"')).toBeGreaterThan(html.indexOf('id="common-thread-deck"'));
  });

  it('embeds the deck with no "<" and no raw line separators, and it parses back to the same deck', () => {
    const json = embeddedJson(html);
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(deck);
    expect(parseEmbeddedDeck(json)).toEqual({ ok: true, deck });
  });

  it('has the page furniture the player needs', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<div id="app">');
    expect(html).toMatch(/<noscript>[^<]*<p[^>]*>[^<]*JavaScript/);
    expect(html).toMatch(
      /html, body, #app \{[^}]*height: 100%[^}]*margin: 0[^}]*overflow: hidden[^}]*background: #000/,
    );
  });
});

describe('parseEmbeddedDeck', () => {
  it('says why for a missing, damaged or too new deck', () => {
    const words = (result: ReturnType<typeof parseEmbeddedDeck>) =>
      result.ok ? 'it played' : embeddedDeckWords(result.error);
    const missing = parseEmbeddedDeck(null);
    expect(missing).toEqual({ ok: false, error: { kind: 'no-deck' } });
    expect(words(missing)).toBe('this page holds no deck');
    const damaged = parseEmbeddedDeck('{ nope');
    expect(damaged).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(words(damaged)).toMatch(/not JSON/);
    const tooNew = parseEmbeddedDeck(JSON.stringify({ ...testDeck(twoPhotos()), schemaVersion: 99 }));
    expect(tooNew).toEqual({
      ok: false,
      error: { kind: 'deck', error: { kind: 'too-new', version: 99, newest: CURRENT_SCHEMA_VERSION } },
    });
    expect(words(tooNew)).toMatch(/newer version/);
  });

  it('shows the first-slide picture first, and starts the player once it is painted', () => {
    const deck = testDeck(twoPhotos());
    expect(bundleIndexHtml(deck)).not.toContain('<img');
    const withPicture = bundleIndexHtml(deck, { firstSlidePicture: true });
    expect(withPicture).toContain('<img id="first-slide" src="first-slide.jpg" alt=""');
    expect(withPicture.indexOf('<img id="first-slide"')).toBeLessThan(withPicture.indexOf('<div id="app">'));
    // Above the player (z-index 1000) until the player takes it away; hidden where scripts do not run.
    expect(withPicture).toMatch(/#first-slide \{[^}]*z-index: 1001/);
    expect(withPicture).toMatch(/@media \(scripting: none\) \{ #first-slide \{ display: none; \} \}/);
    // No player.js element: the loader adds it, and the policy admits that one inline script by its hash.
    expect(withPicture).not.toContain('<script src=');
    expect(withPicture).toContain(`<script>${PLAYER_LOADER}</script>`);
    expect(`sha256-${createHash('sha256').update(PLAYER_LOADER).digest('base64')}`).toBe(PLAYER_LOADER_HASH);
    expect(withPicture).toContain(`script-src 'self' '${PLAYER_LOADER_HASH}'`);
  });
});
