// The font files a bundle's page carries: chosen and read at export, checked when the player reads them back.
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/model/deck';
import { newDeck, newSlide } from '../../../src/model/newDeck';
import { parseBundleFonts } from '../../../src/bundle/bundleFonts';
import { embedFonts } from '../../../src/bundle/embedFonts';
import { bundleIndexHtml } from '../../../src/bundle/bundleIndexHtml';
import { LATIN } from '../../../src/slide/fontFiles';
import { text } from '../model/preShowKit';

const deck: Deck = {
  ...newDeck(new Date('2026-01-01T00:00:00Z')),
  slides: [{ ...newSlide(), items: [text('t1', { text: 'Ana and Rui' })] }],
};

describe('embedFonts', () => {
  it('reads only the files the text uses, as data: URLs the player reads back', async () => {
    const read: string[] = [];
    const fonts = await embedFonts(deck, async (file) => {
      read.push(`${file.font} ${file.weight}`);
      return new Uint8Array([0x77, 0x4f, 0x46, 0x32]);
    });
    expect(read).toEqual(['sans 400']);
    expect(fonts).toEqual([
      { font: 'sans', weight: '400', unicodeRange: LATIN, url: expect.any(String) as string },
    ]);
    expect(fonts[0]?.url).toBe('data:font/woff2;base64,d09GMg==');
    const html = bundleIndexHtml(deck, { fonts });
    const json = /<script type="application\/json" id="common-thread-fonts">([^<]*)<\/script>/.exec(
      html,
    )?.[1];
    expect(parseBundleFonts(json ?? null)).toEqual(fonts);
  });

  it('leaves out a file that cannot be read, and the page has no fonts script when none is used', async () => {
    expect(await embedFonts(deck, () => Promise.reject(new Error('offline')))).toEqual([]);
    expect(bundleIndexHtml(deck, { fonts: [] })).not.toContain('common-thread-fonts');
  });
});

describe('parseBundleFonts', () => {
  const good = {
    font: 'serif',
    weight: '700',
    unicodeRange: 'U+0000-00FF',
    url: 'data:font/woff2;base64,AAAA',
  };

  it('takes only well-formed font entries from a crafted page, and no more than 16', () => {
    expect(parseBundleFonts(null)).toEqual([]);
    expect(parseBundleFonts('{not json')).toEqual([]);
    expect(parseBundleFonts('{"font":"sans"}')).toEqual([]);
    expect(
      parseBundleFonts(
        JSON.stringify([
          good,
          { ...good, font: 'comic' },
          { ...good, weight: 400 },
          { ...good, url: 'https://tracker.example/font.woff2' },
          { ...good, unicodeRange: '"; } body { background: red' },
          { ...good, unicodeRange: 'U+0-F,'.repeat(500) },
          null,
          'text',
        ]),
      ),
    ).toEqual([good]);
    expect(parseBundleFonts(JSON.stringify(Array.from({ length: 100 }, () => good)))).toHaveLength(16);
  });
});
